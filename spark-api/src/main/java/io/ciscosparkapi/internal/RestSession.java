package io.ciscosparkapi.internal;

import io.ciscosparkapi.Page;
import io.ciscosparkapi.PagedIterable;
import io.ciscosparkapi.SparkApiException;
import io.ciscosparkapi.SparkException;
import io.ciscosparkapi.SparkRateLimitException;
import io.ciscosparkapi.SparkTransportException;
import io.ciscosparkapi.model.SparkObject;
import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The session layer: every Spark rule, applied once for every call. Builds URLs and headers,
 * sends through the transport, checks the exact expected status, turns errors into exceptions,
 * waits out rate limits, retries what is safe to retry, and parses JSON from the stream.
 *
 * <p>Thread-safe: it holds only immutable configuration.
 */
public final class RestSession {

    /** JSON request bodies' content type, as the Python SDK sends it. */
    public static final String JSON = "application/json;charset=utf-8";

    private static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofSeconds(15);
    private static final int MAX_ERROR_BODY = 8192;
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final ClientConfig config;
    private final Json json = new Json();
    private final Headers anonymousHeaders;
    private final Headers authenticatedHeaders;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Creates the session.
     *
     * @param config the client's settings
     */
    public RestSession(ClientConfig config) {
        this.config = config;
        String userAgent = "ciscosparkapi-java/" + Version.current() + " Java/" + System.getProperty("java.version");
        this.anonymousHeaders = Headers.of("Accept", "application/json", "User-Agent", userAgent);
        this.authenticatedHeaders = anonymousHeaders.with("Authorization", "Bearer " + config.accessToken());
    }

    /**
     * Marks the session closed, so later calls fail at once instead of reaching a closed transport.
     *
     * @return {@code true} the first time it is called
     */
    public boolean close() {
        return closed.compareAndSet(false, true);
    }

    /**
     * The client's settings.
     *
     * @return the configuration
     */
    public ClientConfig config() {
        return config;
    }

    /**
     * GETs one object.
     *
     * @param path the relative path (encoded) or an absolute URL on the base URL's host
     * @param query query parameters
     * @param type converts the JSON object to the model
     * @param <T> the model type
     * @return the object
     */
    public <T> T get(String path, Map<String, String> query, Function<Map<String, Object>, T> type) {
        return readObject("GET", Urls.resolve(config.baseUrl(), path, query), null, true, type);
    }

    /**
     * Lists the items of a list endpoint, lazily and page by page.
     *
     * @param path the relative path (encoded)
     * @param query the caller's query parameters
     * @param type converts each item
     * @param <T> the model type
     * @return the lazy listing
     */
    public <T> PagedIterable<T> list(String path, Map<String, String> query, Function<Map<String, Object>, T> type) {
        return new LinkPagedIterable<>(this, path, Collections.unmodifiableMap(new LinkedHashMap<>(query)), type, null);
    }

    /**
     * POSTs a JSON body.
     *
     * @param path the relative path (encoded)
     * @param body the JSON object to send
     * @param type converts the answer
     * @param <T> the model type
     * @return the created object
     */
    public <T> T post(String path, Map<String, Object> body, Function<Map<String, Object>, T> type) {
        return readObject("POST", Urls.resolve(config.baseUrl(), path, Map.of()), jsonBody(body), true, type);
    }

    /**
     * POSTs a prepared body (multipart or form).
     *
     * @param path the relative path (encoded)
     * @param body the body
     * @param authenticated whether to send the bearer token
     * @param type converts the answer
     * @param <T> the model type
     * @return the answer
     */
    public <T> T post(String path, RequestBody body, boolean authenticated, Function<Map<String, Object>, T> type) {
        return readObject("POST", Urls.resolve(config.baseUrl(), path, Map.of()), body, authenticated, type);
    }

    /**
     * PUTs a JSON body.
     *
     * @param path the relative path (encoded)
     * @param body the JSON object to send
     * @param type converts the answer
     * @param <T> the model type
     * @return the updated object
     */
    public <T> T put(String path, Map<String, Object> body, Function<Map<String, Object>, T> type) {
        return readObject("PUT", Urls.resolve(config.baseUrl(), path, Map.of()), jsonBody(body), true, type);
    }

    /**
     * DELETEs a resource; Spark answers 204.
     *
     * @param path the relative path (encoded)
     */
    public void delete(String path) {
        URI uri = Urls.resolve(config.baseUrl(), path, Map.of());
        try (TransportResponse response = send("DELETE", uri, null, 204, true)) {
            Json.drain(response.body());
        } catch (IOException e) {
            throw new SparkTransportException("DELETE " + uri + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Fetches one page of a listing.
     *
     * @param uri the absolute page URL
     * @param original the caller's query parameters, to repair next links with
     * @param type converts each item
     * @param <T> the model type
     * @return the page
     */
    <T> Page<T> page(URI uri, Map<String, String> original, Function<Map<String, Object>, T> type) {
        try (TransportResponse response = send("GET", uri, null, 200, true)) {
            List<T> items = json.readItems(response.body(), item -> convert(item, type), "GET " + uri);
            String next = NextLinks.find(response.headers().all("Link"));
            URI nextUri = null;
            if (next != null) {
                if (next.contains("max=null")) {
                    Log.logger().log(Level.WARNING, "Spark sent a next link with 'max=null'; removing it");
                }
                nextUri = NextLinks.repair(uri.resolve(next), original);
                if (nextUri.equals(uri)) {
                    // Following it would fetch this page again, and again: stop with the page's items unread.
                    throw new SparkException("GET " + uri + " sent a next link to the page itself; "
                            + "the listing stops here instead of reading it forever");
                }
            }
            return new SimplePage<>(List.copyOf(items), nextUri);
        } catch (IOException e) {
            throw new SparkTransportException("GET " + uri + " failed while reading the response: " + e.getMessage(), e);
        }
    }

    /**
     * Builds a JSON request body.
     *
     * @param body the JSON object
     * @return the body
     */
    public RequestBody jsonBody(Map<String, Object> body) {
        return RequestBody.of(json.write(body), JSON);
    }

    /**
     * The JSON reader and writer.
     *
     * @return the JSON helper
     */
    public Json json() {
        return json;
    }

    private <T> T readObject(String method, URI uri, RequestBody body, boolean authenticated,
                             Function<Map<String, Object>, T> type) {
        try (TransportResponse response = send(method, uri, body, 200, authenticated)) {
            return convert(json.readObject(response.body(), method + " " + uri), type);
        } catch (IOException e) {
            throw new SparkTransportException(method + " " + uri + " failed while reading the response: " + e.getMessage(), e);
        }
    }

    <T> T convert(Map<String, Object> map, Function<Map<String, Object>, T> type) {
        T value = type.apply(map);
        if (config.strictModels() && value instanceof SparkObject object && !object.unknownFields().isEmpty()) {
            throw new SparkException(object.getClass().getSimpleName() + " has fields the model does not know: "
                    + object.unknownFields());
        }
        return value;
    }

    /**
     * Sends a request with every rule applied and returns the response with the expected status.
     * The caller closes the response.
     *
     * @param method the HTTP method
     * @param uri the absolute URL
     * @param body the body, or {@code null}
     * @param expected the one status that means success
     * @param authenticated whether to send the bearer token
     * @return the open response
     * @throws SparkApiException for any other status (after rate-limit waits and retries)
     * @throws SparkTransportException when no response could be had
     */
    public TransportResponse send(String method, URI uri, RequestBody body, int expected, boolean authenticated) {
        if (closed.get()) {
            throw new SparkException("This CiscoSparkAPI client is closed (request: " + method + " " + uri + ")");
        }
        if (authenticated && !Urls.sameOrigin(uri, config.baseUrl())) {
            throw new SparkException("Refusing to send the access token to " + uri.getScheme() + "://" + uri.getAuthority()
                    + ": it is only ever sent to the base URL's host " + config.baseUrl().getAuthority()
                    + " (request: " + method + " " + uri + ")");
        }
        TransportRequest request = request(method, uri, body, authenticated);
        int retries = 0;
        Duration waited = Duration.ZERO;
        while (true) {
            long start = System.nanoTime();
            TransportResponse response;
            try {
                response = config.transport().execute(request);
            } catch (IOException e) {
                boolean safe = IDEMPOTENT.contains(method) || e instanceof ConnectException;
                if (safe && retries < config.retryPolicy().maxRetries()) {
                    retries++;
                    Duration wait = backoff(retries);
                    int retry = retries;
                    Log.logger().log(Level.DEBUG, () -> method + " " + uri + " failed (" + e + "); retry " + retry + " in "
                            + wait.toMillis() + " ms");
                    sleep(wait);
                    continue;
                }
                throw new SparkTransportException(method + " " + uri + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SparkTransportException(method + " " + uri + " was interrupted", e);
            }
            int status = response.status();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Log.logger().log(Level.DEBUG, () -> method + " " + uri + " -> " + status + " in " + millis + " ms");
            if (status == expected) {
                return response;
            }
            if (status == 429) {
                Duration wait = retryAfter(response.headers());
                if (config.waitOnRateLimit() && waited.plus(wait).compareTo(config.maxRateLimitWait()) <= 0) {
                    closeQuietly(response);
                    waited = waited.plus(wait);
                    Log.logger().log(Level.WARNING, "Rate limited by Spark on " + method + " " + uri + "; waiting "
                            + wait.toSeconds() + " s before sending it again");
                    sleep(wait);
                    continue;
                }
                throw rateLimitError(response, wait, method, uri);
            }
            boolean safe = IDEMPOTENT.contains(method);
            if (status >= 500 && safe && retries < config.retryPolicy().maxRetries()) {
                closeQuietly(response);
                retries++;
                Duration wait = backoff(retries);
                Log.logger().log(Level.DEBUG, () -> method + " " + uri + " answered " + status + "; retry in " + wait.toMillis() + " ms");
                sleep(wait);
                continue;
            }
            throw apiError(response, method, uri);
        }
    }

    private TransportRequest request(String method, URI uri, RequestBody body, boolean authenticated) {
        return TransportRequest.builder(method, uri)
                .headers(authenticated ? authenticatedHeaders : anonymousHeaders)
                .header("TrackingID", "ciscosparkapi-java_" + trackingId())
                .timeout(config.requestTimeout())
                .body(body)
                .build();
    }

    /** A random id for Spark's support to correlate a request; it needs no cryptographic strength. */
    private static UUID trackingId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private Duration backoff(int retry) {
        long cap = config.retryPolicy().backoffCap(retry).toMillis();
        long half = cap / 2;
        return Duration.ofMillis(half + (long) ((cap - half) * config.random().get()));
    }

    private void sleep(Duration wait) {
        try {
            config.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkException("Interrupted while waiting to resend a request", e);
        }
    }

    static Duration retryAfter(Headers headers) {
        String value = headers.first("Retry-After").orElse(null);
        if (value == null) {
            return DEFAULT_RATE_LIMIT_WAIT;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            Log.logger().log(Level.WARNING, "Spark sent an unusable Retry-After header '" + value + "'; waiting "
                    + DEFAULT_RATE_LIMIT_WAIT.toSeconds() + " s");
            return DEFAULT_RATE_LIMIT_WAIT;
        }
    }

    private SparkRateLimitException rateLimitError(TransportResponse response, Duration wait, String method, URI uri) {
        ErrorBody error = readError(response);
        return new SparkRateLimitException(wait, error.message, error.errors, error.trackingId, method, uri.toString(),
                error.raw);
    }

    private SparkApiException apiError(TransportResponse response, String method, URI uri) {
        ErrorBody error = readError(response);
        return new SparkApiException(response.status(), error.message, error.errors, error.trackingId, method,
                uri.toString(), error.raw);
    }

    private record ErrorBody(String message, List<String> errors, String trackingId, String raw) {
    }

    private ErrorBody readError(TransportResponse response) {
        String raw = null;
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
            raw = bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            Log.logger().log(Level.DEBUG, () -> "Could not read the error body: " + e);
        }
        String message = null;
        List<String> errors = new ArrayList<>();
        String trackingId = response.headers().first("TrackingID").orElse(null);
        String contentType = response.headers().first("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (raw != null && contentType.contains("json")) {
            Map<String, Object> body = json.readObjectOrNull(raw);
            if (body != null) {
                message = body.get("message") instanceof String s ? s : null;
                if (body.get("errors") instanceof List<?> list) {
                    for (Object entry : list) {
                        if (entry instanceof Map<?, ?> m && m.get("description") instanceof String d) {
                            errors.add(d);
                        }
                    }
                }
                if (body.get("trackingId") instanceof String t) {
                    trackingId = t;
                }
            }
        }
        return new ErrorBody(message, errors, trackingId, raw);
    }

    private static void closeQuietly(TransportResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // the response is abandoned; a failed close only loses the connection
        }
    }

    /**
     * Copies query parameters, skipping {@code null} values.
     *
     * @param params the parameters
     * @return an ordered copy without nulls
     */
    public static Map<String, String> query(Map<String, ?> params) {
        Map<String, String> query = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (v != null) {
                query.put(k, Values.text(v));
            }
        });
        return query;
    }

    private record SimplePage<T>(List<T> items, URI next) implements Page<T> {
        @Override
        public java.util.Optional<URI> nextLink() {
            return java.util.Optional.ofNullable(next);
        }
    }
}
