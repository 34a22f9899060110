package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.io.CloseMode;

/**
 * A {@link Transport} on a classic Apache {@link CloseableHttpClient}, with an async client beside
 * it for {@link #executeAsync} when the provider built it.
 *
 * <p>Every request carries its own {@link RequestConfig}: redirects off, a server's
 * authentication challenges never answered (a proxy's are, from the client's credentials), and
 * the request's timeout (or, for a transport the provider built, the options' read timeout) as
 * the response timeout, which bounds every wait for the server, before the headers and while the
 * body is read. The same timeout bounds the whole wait for the headers ({@link ExchangeDeadline}).
 * Request bodies are streamed from their source as the client writes them
 * ({@link StreamingEntity}); response bodies are read from the connection as the caller consumes
 * them ({@link ResponseBodyStream}).
 *
 * <p>{@link #executeAsync} of a transport the provider built goes through a
 * {@link CloseableHttpAsyncClient} configured alike, started on first use: no thread waits for
 * the server, and the caller's code never runs on the client's I/O threads (see there). A
 * transport on an application's classic client runs {@link #execute} on the caller's executor.
 *
 * <p>Thread-safe: one instance serves any number of threads.
 */
public final class ApacheClientTransport implements Transport {

    /** The methods sent with a body always: an empty one when the caller has none, as the classic client does. */
    private static final Set<String> BODY_REQUIRED = Set.of("POST", "PUT", "PATCH");

    /**
     * Request headers never copied: the client derives them from the URI, the body and the
     * connection, and refuses a request that already carries some of them.
     */
    private static final Set<String> SKIPPED_REQUEST_HEADERS = Set.of(
            "connection", "content-length", "host", "upgrade",
            "transfer-encoding", "keep-alive", "proxy-connection");

    private final CloseableHttpClient client;
    /** Builds the async client on first use; {@code null} for an application's classic client. */
    private final Supplier<CloseableHttpAsyncClient> asyncClients;
    /** Guards the async client's creation and its hand-over at close(); never this object, which callers hold. */
    private final Object asyncLock = new Object();
    /** The async client, once built and started; {@code null} before (and once closed). Guarded by asyncLock. */
    private CloseableHttpAsyncClient asyncClient;
    private final boolean ownsClient;
    private final Duration defaultTimeout;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApacheClientTransport(CloseableHttpClient client, Supplier<CloseableHttpAsyncClient> asyncClients,
                                  boolean ownsClient, Duration defaultTimeout, String description) {
        this.client = client;
        this.asyncClients = asyncClients;
        this.ownsClient = ownsClient;
        this.defaultTimeout = defaultTimeout;
        this.description = description;
    }

    /**
     * Creates a transport that owns {@code client} and closes it with itself.
     *
     * @param client a client built for this transport alone
     * @param asyncClients builds, on the first {@code executeAsync}, the async client configured
     *     as {@code client} is, which the transport starts and closes with itself
     * @param options the options they were built from; their read timeout applies to requests
     *     that carry no timeout of their own
     * @return the transport
     */
    static ApacheClientTransport owning(CloseableHttpClient client, Supplier<CloseableHttpAsyncClient> asyncClients,
                                        TransportOptions options) {
        return new ApacheClientTransport(client, Objects.requireNonNull(asyncClients, "asyncClients"), true,
                options.readTimeout(),
                "ApacheTransport{connectTimeout=" + options.connectTimeout()
                        + ", readTimeout=" + options.readTimeout() + "}");
    }

    /**
     * Creates a transport on an application's client, which the transport never closes.
     * Requests that carry no timeout of their own get the client's connection settings.
     *
     * @param client the application's client
     * @return the transport
     */
    public static ApacheClientTransport borrowing(CloseableHttpClient client) {
        return new ApacheClientTransport(Objects.requireNonNull(client, "client"), null, false, null,
                "ApacheTransport{wrapping the application's client}");
    }

    /**
     * Sends {@code request} and returns the response once its headers have arrived.
     *
     * @param request the request to send
     * @return the response, whatever its status; the caller closes it
     * @throws IOException when no response could be obtained: a refused connection
     *     ({@link java.net.ConnectException}), a timeout, a reset, a TLS failure, or a closed
     *     transport
     * @throws InterruptedException when the calling thread was interrupted before the request
     *     was sent, or while it waited: the sockets of a transport the provider built are ones an
     *     interrupt reaches ({@link InterruptibleConnections}); an application's client, whose
     *     sockets are its own, sees an interrupt only while it waits for a pooled connection
     * @throws IllegalArgumentException when a header value holds characters that cannot be sent
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
        HttpUriRequestBase apacheRequest = toApache(request, timeout);
        ExchangeDeadline deadline = timeout == null ? null : ExchangeDeadline.arm(apacheRequest, timeout);
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, apacheRequest, null);
        } catch (IllegalStateException e) {
            // The client reports a closed connection pool this way.
            if (closed.get()) {
                throw closed(e);
            }
            throw new IOException(e.getMessage(), e);
        } catch (IOException e) {
            if (deadline != null && !deadline.disarm()) {
                throw deadline.expired(request.method() + " " + request.uri(), e);
            }
            throw interruptedOr(e, request);
        }
        if (deadline != null && !deadline.disarm()) {
            // The deadline passed as the headers came in: the exchange is already cancelled.
            apacheRequest.cancel();
            response.close();
            throw deadline.expired(request.method() + " " + request.uri(), null);
        }
        try {
            HttpEntity entity = response.getEntity();
            InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent();
            return new TransportResponse(response.getCode(), toHeaders(response.getHeaders()),
                    new ResponseBodyStream(body, apacheRequest, response));
        } catch (IOException | RuntimeException e) {
            apacheRequest.cancel();
            response.close();
            throw e;
        }
    }

    /**
     * Sends {@code request} without blocking a thread; once its headers are in, the future
     * completes, on {@code executor}, with the response {@link #execute} would return, or with
     * the exception it would throw.
     *
     * <p>A transport built by the provider sends through an async client configured as its
     * classic one (pool, timeouts, proxy and its credentials, TLS, HTTP/1.1, no redirects, no
     * retries, no answer to a server's {@code 401}), built and started on first use. Its I/O
     * threads carry every exchange and never run the caller's code: the future is completed on
     * {@code executor}, a streamed request body is read from its source there
     * ({@link StreamedEntityProducer}), and the response body flows to the caller through a
     * bounded pipe ({@link ResponsePipe}) that the caller drains on its own thread. The timeout
     * bounds each wait for data and the whole wait for the headers. Cancelling the future, or
     * closing a body before its end, aborts the exchange and closes its connection.
     *
     * <p>A transport on an application's classic client, which has no async side, runs
     * {@link #execute} on {@code executor} instead, as {@link Transport}'s default does: a
     * thread of the executor per exchange in flight, and a cancel that interrupts it (which that
     * client's sockets do not see).
     *
     * @param request the request to send
     * @param executor completes the future and reads streamed request bodies, so that no code
     *     of the caller's runs on an I/O thread; for an application's client, runs the whole
     *     exchange
     * @return the future response; the caller closes it
     */
    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(executor, "executor");
        if (asyncClients == null) {
            return Transport.super.executeAsync(request, executor);
        }
        CloseableHttpAsyncClient async = asyncClient();
        if (async == null) {
            return CompletableFuture.failedFuture(closed());
        }
        Duration timeout = request.timeout().orElse(defaultTimeout);
        String what = request.method() + " " + request.uri();
        RequestBody body = request.body().orElse(null);
        BasicRequestProducer producer;
        HttpClientContext context = HttpClientContext.create();
        try {
            BasicHttpRequest apacheRequest = new BasicHttpRequest(request.method(), request.uri());
            copyHeaders(request, apacheRequest::addHeader);
            AsyncEntityProducer entity;
            if (body == null) {
                entity = BODY_REQUIRED.contains(request.method()) ? new InMemoryEntityProducer(new byte[0], null) : null;
            } else if (body.isInMemory()) {
                entity = new InMemoryEntityProducer(body.bytes(), body.contentType().isBlank() ? null : body.contentType());
            } else {
                entity = new StreamedEntityProducer(body, executor);
            }
            producer = new BasicRequestProducer(apacheRequest, entity);
            context.setRequestConfig(requestConfig(timeout));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        AsyncClientExchange exchange = new AsyncClientExchange(executor, what, timeout, this::asyncFailure, context);
        PipedResponseConsumer consumer = new PipedResponseConsumer(timeout, exchange::abort, exchange::answered);
        try {
            exchange.attach(async.execute(producer, consumer, context, exchange.callback()));
        } catch (RuntimeException e) {
            exchange.cancel(false);
            producer.releaseResources();
            return CompletableFuture.failedFuture(asyncFailure(e));
        }
        return exchange;
    }

    /**
     * Stops accepting requests. A transport built by the provider also closes its clients and
     * connection pools; a response still being read is then cut off. A transport on an
     * application's client leaves that client open. Calling this more than once has no further
     * effect.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsClient) {
            CloseableHttpAsyncClient async;
            synchronized (asyncLock) {
                async = asyncClient;
                asyncClient = null;
            }
            client.close(CloseMode.GRACEFUL);
            if (async != null) {
                async.close(CloseMode.IMMEDIATE);
            }
        }
    }

    /** The started async client, built on first use; {@code null} once closed. */
    private CloseableHttpAsyncClient asyncClient() {
        synchronized (asyncLock) {
            if (closed.get()) {
                return null;
            }
            if (asyncClient == null) {
                asyncClient = asyncClients.get();
                asyncClient.start();
            }
            return asyncClient;
        }
    }

    /** What the caller sees for a failure of the async client: an IOException, naming a closed transport. */
    private IOException asyncFailure(Exception failure) {
        if (closed.get()) {
            return closed(failure);
        }
        return failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
    }

    @Override
    public String toString() {
        return description + (closed.get() ? " (closed)" : "");
    }

    private static HttpUriRequestBase toApache(TransportRequest request, Duration timeout) {
        HttpUriRequestBase apacheRequest = new HttpUriRequestBase(request.method(), request.uri());
        RequestBody body = request.body().orElse(null);
        copyHeaders(request, apacheRequest::addHeader);
        if (body != null) {
            apacheRequest.setEntity(new StreamingEntity(body));
        }
        apacheRequest.setConfig(requestConfig(timeout));
        return apacheRequest;
    }

    /** Copies the request's header fields, but those the client derives and a body's Content-Type. */
    private static void copyHeaders(TransportRequest request, BiConsumer<String, String> to) {
        boolean hasBody = request.body().isPresent();
        request.headers().toMap().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (SKIPPED_REQUEST_HEADERS.contains(key) || (hasBody && key.equals("content-type"))) {
                return;
            }
            values.forEach(value -> to.accept(name, value));
        });
    }

    /** The configuration every request carries: no redirects, no answer to a 401, and the timeout. */
    private static RequestConfig requestConfig(Duration timeout) {
        // Authentication stays on for the proxy's 407, answered from the client's credentials;
        // no scheme is ever chosen to answer a server's 401, which goes back to the caller.
        RequestConfig.Builder config = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setTargetPreferredAuthSchemes(List.of());
        if (timeout != null) {
            config.setResponseTimeout(ApacheTransportProvider.timeout(timeout))
                    .setConnectionRequestTimeout(ApacheTransportProvider.timeout(timeout));
        }
        return config.build();
    }

    /**
     * The response's header fields as the SPI holds them; a field it cannot represent is dropped.
     *
     * @param fields the fields as HttpClient gives them
     * @return the headers
     */
    static Headers toHeaders(Header[] fields) {
        Headers.Builder builder = Headers.builder();
        for (Header field : fields) {
            try {
                builder.add(field.getName(), field.getValue() == null ? "" : field.getValue());
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

    private static IOException closed() {
        return new IOException("transport is closed");
    }

    private static IOException closed(Exception cause) {
        IOException e = closed();
        e.initCause(cause);
        return e;
    }
}
