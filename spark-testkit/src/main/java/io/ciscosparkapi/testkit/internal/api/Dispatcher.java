package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.faults.FaultRegistry;
import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.DropConnection;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one entry point for every request, HTTP or in-process: journal, faults, routing,
 * authentication, the service's rate limits, the endpoint under the store's lock, and the error
 * format of spec §1.9.
 */
public final class Dispatcher {

    private static final String PREFIX = "/v1/";

    private final Supplier<Store> store;
    private final int defaultPageSize;
    private final Notifier notifier;
    private final FaultRegistry faults;
    private final Consumer<ApiRequest> journal;
    private final Router router = new Router();

    /**
     * Creates a dispatcher.
     *
     * @param store the current state (replaced on reset)
     * @param defaultPageSize the page size of a list request without {@code max}
     * @param notifier events and webhooks
     * @param faults injected faults
     * @param journal receives every request
     */
    public Dispatcher(Supplier<Store> store, int defaultPageSize, Notifier notifier, FaultRegistry faults,
            Consumer<ApiRequest> journal) {
        this.store = store;
        this.defaultPageSize = defaultPageSize;
        this.notifier = notifier;
        this.faults = faults;
        this.journal = journal;
    }

    /**
     * Handles one request.
     *
     * @param request the request
     * @return the response, with a {@code TrackingID} header
     * @throws DropConnection when a fault says to drop the connection
     * @throws InterruptedException when interrupted during an injected delay
     */
    public ApiResponse handle(ApiRequest request) throws InterruptedException {
        String trackingId = request.header("TrackingID");
        if (trackingId == null || trackingId.isBlank()) {
            trackingId = "ROUTER_" + randomUuid().toString().toUpperCase(Locale.ROOT);
        }
        journal.accept(request);
        ApiResponse response;
        try {
            response = dispatch(request, trackingId);
        } catch (ApiError e) {
            response = error(e.status(), e.getMessage(), trackingId);
        } catch (DropConnection e) {
            throw e;
        } catch (RuntimeException e) {
            response = error(500, "Internal error in the fake server: " + e, trackingId);
        }
        return response.withHeader("TrackingID", trackingId);
    }

    private ApiResponse dispatch(ApiRequest request, String trackingId) throws InterruptedException {
        List<FaultRegistry.Action> actions = faults.take(request.method(), request.path());
        for (FaultRegistry.Action a : actions) {
            switch (a.kind()) {
                case DELAY -> Thread.sleep(a.delay().toMillis());
                case DROP -> throw new DropConnection();
                case RATE_LIMIT -> {
                    ApiResponse r = ApiResponse.empty(429);
                    return a.retryAfter() == null ? r : r.withHeader("Retry-After", a.retryAfter());
                }
                case FAIL -> {
                    return error(a.status(), "Injected failure with status " + a.status() + ".", trackingId);
                }
                default -> throw new IllegalStateException(a.kind().toString());
            }
        }
        String path = request.path();
        if (!path.startsWith(PREFIX)) {
            throw ApiError.notFound("The requested resource could not be found.");
        }
        Router.Match match = router.resolve(request.method(), path.substring(PREFIX.length()));
        Store s = store.get();
        Person caller = null;
        String token = null;
        if (match.authenticated()) {
            String auth = request.header("Authorization");
            token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
            synchronized (s) {
                caller = s.bearer(token);
            }
        }
        long retryAfter = faults.rateLimiter().draw(token, () -> NamedRoom.of(request, match), s.clock.peek());
        if (retryAfter > 0) {
            return error(429, "Too many requests; retry after " + retryAfter + " seconds.", trackingId)
                    .withHeader("Retry-After", String.valueOf(retryAfter));
        }
        synchronized (s) {
            ApiResponse r = match.operation().handle(new RequestContext(s, caller, request, defaultPageSize,
                    faults.pagingDefects(), notifier, trackingId, faults.fileScanning()), match.id());
            if (caller != null && r.status() < 400 && !request.method().equals("GET") && !request.method().equals("HEAD")) {
                caller.lastActivity = s.clock.peek();
            }
            if (!request.method().equals("HEAD")) {
                return r;
            }
            ApiResponse head = new ApiResponse(r.status(), r.headers(), new byte[0]);
            return r.body().length == 0 ? head : head.withHeader("Content-Length", String.valueOf(r.body().length));
        }
    }

    /**
     * A random (version 4) UUID from the calling thread's generator: a tracking id only needs to
     * be unique, and {@link UUID#randomUUID()} would have every request queue for the JVM's one
     * secure generator.
     */
    private static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /**
     * Builds an error response.
     *
     * @param status the status
     * @param message the message
     * @param trackingId the tracking id
     * @return the response with the JSON error body
     */
    public static ApiResponse error(int status, String message, String trackingId) {
        ObjectNode o = Json.object();
        o.put("message", message);
        o.putArray("errors").addObject().put("description", message);
        o.put("trackingId", trackingId);
        return ApiResponse.json(status, () -> Json.bytes(o));
    }
}
