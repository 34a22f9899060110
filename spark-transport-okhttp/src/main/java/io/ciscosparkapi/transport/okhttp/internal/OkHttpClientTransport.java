package io.ciscosparkapi.transport.okhttp.internal;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;

/**
 * A {@link Transport} on an {@link OkHttpClient}.
 *
 * <p>The client it sends through is derived from the one it is given: redirects are never
 * followed, failed connections are not retried, {@code 401} challenges are returned rather than
 * answered, and a {@code 503} with {@code Retry-After: 0} is returned rather than resent (see
 * {@link ServiceUnavailableGuard}). Request bodies are streamed from their source as OkHttp
 * writes them; response bodies are read from the connection as the caller consumes them.
 *
 * <p>A request's timeout (or, for a transport the provider built, the options' read timeout)
 * bounds the exchange up to the response headers as a whole, through OkHttp's call timeout, and
 * then every single wait for body data, through OkHttp's read timeout.
 *
 * <p>{@link #executeAsync} starts the same call with {@link Call#enqueue}, on the client's
 * dispatcher; its future is completed on the caller's executor, never on a dispatcher thread.
 *
 * <p>Thread-safe: one instance serves any number of threads.
 */
public final class OkHttpClientTransport implements Transport {

    /**
     * Request headers never copied: OkHttp derives them from the URI, the body and the
     * connection, and a caller's value would contradict what is actually sent.
     */
    private static final Set<String> SKIPPED_REQUEST_HEADERS = Set.of(
            "connection", "content-length", "host", "upgrade",
            "transfer-encoding", "keep-alive", "proxy-connection");

    private final OkHttpClient client;
    private final boolean ownsClient;
    private final Duration defaultTimeout;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private OkHttpClientTransport(OkHttpClient base, boolean ownsClient, Duration defaultTimeout, String description) {
        this.client = base.newBuilder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .authenticator(Authenticator.NONE)
                .addInterceptor(new ExchangeTimeout.Interceptor())
                .addNetworkInterceptor(new ServiceUnavailableGuard())
                .build();
        this.ownsClient = ownsClient;
        this.defaultTimeout = defaultTimeout;
        this.description = description;
    }

    /**
     * Creates a transport that owns {@code client}: closing the transport shuts the client's
     * dispatcher down and evicts its idle connections.
     *
     * @param client a client built for this transport alone
     * @param options the options it was built from; their read timeout applies to requests that
     *     carry no timeout of their own
     * @return the transport
     */
    static OkHttpClientTransport owning(OkHttpClient client, TransportOptions options) {
        return new OkHttpClientTransport(client, true, options.readTimeout(),
                "OkHttpTransport{connectTimeout=" + options.connectTimeout()
                        + ", readTimeout=" + options.readTimeout() + "}");
    }

    /**
     * Creates a transport on an application's client, which the transport never shuts down.
     * Requests that carry no timeout of their own get the client's own timeouts.
     *
     * @param client the application's client
     * @return the transport
     */
    public static OkHttpClientTransport borrowing(OkHttpClient client) {
        return new OkHttpClientTransport(Objects.requireNonNull(client, "client"), false, null,
                "OkHttpTransport{wrapping the application's client}");
    }

    /**
     * Sends {@code request} and returns the response once its headers have arrived.
     *
     * @param request the request to send
     * @return the response, whatever its status; the caller closes it
     * @throws IOException when no response could be obtained: a refused connection
     *     ({@link java.net.ConnectException}), a timeout ({@link java.io.InterruptedIOException},
     *     such as {@link java.net.SocketTimeoutException}), a reset, a TLS failure, or a closed
     *     transport
     * @throws InterruptedException when the calling thread was interrupted before the request
     *     was sent, or while it waited: the sockets of a transport the provider built are ones an
     *     interrupt reaches ({@link InterruptibleSockets}); on an application's client, whose
     *     sockets are its own, OkHttp sees an interrupt only between two reads or writes
     * @throws IllegalArgumentException when the request cannot be expressed for OkHttp, such as a
     *     body on {@code GET}, or a header value OkHttp refuses
     */
    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw closed();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sending " + request.method() + " " + request.uri());
        }
        Duration timeout = request.timeout().orElse(defaultTimeout);
        Call call = client.newCall(OkHttpRequests.toOkHttp(request, timeout));
        if (timeout != null) {
            call.timeout().timeout(nanos(timeout), TimeUnit.NANOSECONDS);
        }
        Response response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw interruptedOr(e, request);
        }
        return toResponse(call, response, timeout != null);
    }

    /**
     * Sends {@code request} with {@link Call#enqueue}: the future completes, on {@code executor},
     * once the response headers have arrived, with the response {@link #execute} would return or
     * the exception it would throw; timeouts and bodies are as for {@code execute}. The call runs
     * on the client's dispatcher, whose limits apply (OkHttp's defaults: 64 calls in flight, 5 per
     * host; the rest wait in its queue). Cancelling the future cancels the call, which closes its
     * connection, on an application's client too.
     *
     * @param request the request to send
     * @param executor completes the future, so that no stage of the caller's runs on a thread of
     *     the dispatcher; nothing else runs there
     * @return the future response; the caller closes it
     */
    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(executor, "executor");
        if (closed.get()) {
            return CompletableFuture.failedFuture(closed());
        }
        Duration timeout = request.timeout().orElse(defaultTimeout);
        Call call;
        try {
            call = client.newCall(OkHttpRequests.toOkHttp(request, timeout));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (timeout != null) {
            call.timeout().timeout(nanos(timeout), TimeUnit.NANOSECONDS);
        }
        CallFuture future = new CallFuture(call, executor, response -> toResponse(call, response, timeout != null));
        call.enqueue(future);
        return future;
    }

    /** The caller's response to OkHttp's, whose headers are in; the call's deadline is ended first when it has one. */
    private static TransportResponse toResponse(Call call, Response response, boolean deadline) {
        if (deadline) {
            endCallDeadline(call);
        }
        ResponseBody responseBody = response.body();
        InputStream body = new ResponseBodyStream(responseBody.byteStream());
        try {
            return new TransportResponse(response.code(), toHeaders(response.headers()), body);
        } catch (RuntimeException e) {
            response.close();
            throw e;
        }
    }

    /**
     * Stops accepting requests. A transport built by the provider also shuts its client's
     * dispatcher down and evicts its idle connections; responses already returned can still be
     * read to their end. A transport on an application's client leaves that client untouched.
     * Calling this more than once has no further effect.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsClient) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return description + (closed.get() ? " (closed)" : "");
    }

    /**
     * Whether a request header is left for OkHttp to derive.
     *
     * @param name the header name
     * @return {@code true} when the header must not be copied
     */
    static boolean skipped(String name) {
        return SKIPPED_REQUEST_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Ends the call's deadline once the headers are in. OkHttp's call timeout otherwise spans
     * the whole call, body included, so a large body that keeps flowing would be cut off; from
     * here on the read timeout bounds each wait for data instead. OkHttp's {@link Call#timeout()}
     * is an {@link AsyncTimeout}, whose {@code exit()} removes the pending deadline; OkHttp's own
     * exit at the end of the call then finds nothing left to do.
     */
    private static void endCallDeadline(Call call) {
        if (call.timeout() instanceof AsyncTimeout deadline) {
            deadline.exit();
        }
    }

    private static Headers toHeaders(okhttp3.Headers okHeaders) {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < okHeaders.size(); i++) {
            String name = ServiceUnavailableGuard.restoredName(okHeaders.name(i));
            try {
                builder.add(name, okHeaders.value(i));
            } catch (IllegalArgumentException malformed) {
                // A field the SPI cannot represent is dropped rather than failing the exchange.
            }
        }
        return builder.build();
    }

    /**
     * The failure of an exchange whose thread was interrupted, as {@link InterruptedException}
     * (clearing the interrupt, as that exception does); any other failure as it is.
     */
    private static InterruptedException interruptedOr(IOException failure, TransportRequest request) throws IOException {
        if (!Thread.interrupted()) {
            throw failure;
        }
        InterruptedException interrupted = new InterruptedException("interrupted while waiting for "
                + request.method() + " " + request.uri());
        interrupted.initCause(failure);
        return interrupted;
    }

    private static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static IOException closed() {
        return new IOException("transport is closed");
    }
}
