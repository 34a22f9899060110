package io.ciscosparkapi.transport.jdk;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Transport} on {@link HttpClient}.
 *
 * <p>HTTP/1.1 or HTTP/2 is used as the JDK negotiates. Redirects are never followed, so an
 * {@code Authorization} header never reaches another host. Request bodies are streamed from
 * their source. A response body of declared length between {@link ResponseBodies#BUFFER_MIN}
 * and {@link ResponseBodies#BUFFER_LIMIT} (a page of a listing) is received whole before
 * {@link #execute} returns; any other body is streamed from the connection. A request's timeout
 * (or the options' read timeout) bounds the wait for the response headers and then each wait for
 * body data.
 *
 * <p>The client's internal steps (parsing what a connection received, handing it to the body
 * subscriber) run on its selector thread instead of being handed to a pool thread each time:
 * that hand-over cost about a third of the time of listing a room. Nothing this transport gives
 * the client can block there: request bodies in memory are copied, and the body subscribers
 * only copy or queue what arrives. A streamed request body, though, is read from the caller's
 * source, which may block; such requests go through a second client, built on first use, that
 * keeps the JDK's default pool of threads.
 *
 * <p>Requests go through the options' proxy selector (the JVM's default one when the options
 * name no proxy); proxy credentials travel as a {@code Proxy-Authorization} field that the JDK
 * client gives to proxies alone (see {@link ProxyCredentials}).
 *
 * <p>{@link #executeAsync} sends through the same clients with {@code sendAsync}, the bodies and
 * timeouts handled as above except that a short body of declared length is received whole too
 * (its reader would otherwise hold a thread of the caller's executor until the rest arrived),
 * and blocks no thread: thousands of exchanges can be in flight on
 * the client's selector thread. Its futures are completed on the caller's executor, never on the
 * selector thread, and cancelling one cancels the client's exchange. At most
 * {@value #MAX_WAITING_FOR_HEADERS} of them wait for their headers at once; the next ones are
 * sent as answers arrive ({@link Turns}).
 *
 * <p>Thread-safe: one instance serves any number of threads.
 */
final class JdkTransport implements Transport {

    /**
     * Request headers the transport never copies: the JDK client refuses some of them
     * ({@code Connection}, {@code Content-Length}, {@code Expect}, {@code Host}, {@code Upgrade})
     * and derives the others itself from the URI, the body and the connection it uses.
     * {@code Expect: 100-continue} is honoured through the client's own switch instead.
     */
    private static final Set<String> SKIPPED_REQUEST_HEADERS = Set.of(
            "connection", "content-length", "expect", "host", "upgrade",
            "transfer-encoding", "keep-alive", "proxy-connection");

    /** {@code HttpClient.shutdown()} on JDK 21 and later; {@code null} on older JDKs. */
    private static final MethodHandle SHUTDOWN = findShutdown();

    /**
     * The most exchanges of {@link #executeAsync} waiting for their response headers at once;
     * the next ones are sent as those get their answers. The client itself opens a connection
     * per exchange in flight, however many there are, which a server's accept queue may not take.
     */
    static final int MAX_WAITING_FOR_HEADERS = 64;

    /** Runs the client's internal steps on the thread that asks for them. */
    private static final Executor INLINE = Runnable::run;

    private final TransportOptions options;
    /** Added to every request; the client sends it to proxies alone. {@code null} without credentials. */
    private final ProxyCredentials proxyCredentials;
    private final AtomicReference<HttpClient> client;
    /** Bounds the exchanges of executeAsync waiting for their headers at once. */
    private final Turns turns = new Turns(MAX_WAITING_FOR_HEADERS);
    private final String description;

    /** The client for streamed uploads, or {@code null} until the first one (and once closed). */
    private HttpClient uploadClient;

    /**
     * Creates a transport with a new client configured from {@code options}.
     *
     * @param options timeouts, proxy and TLS settings
     */
    JdkTransport(TransportOptions options) {
        this.options = options;
        this.proxyCredentials = options.proxyCredentials().map(ProxyCredentials::new).orElse(null);
        this.client = new AtomicReference<>(newClient(options, INLINE));
        this.description = "JdkTransport{connectTimeout=" + options.connectTimeout()
                + ", readTimeout=" + options.readTimeout() + "}";
    }

    /**
     * Sends {@code request} and returns the response once its headers have arrived.
     *
     * @param request the request to send
     * @return the response, whatever its status; the caller closes it
     * @throws IOException when no response could be obtained, including timeouts
     *     ({@link java.net.http.HttpTimeoutException}), refused connections
     *     ({@link ConnectException}) and a closed transport
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        HttpClient httpClient = clientFor(request);
        if (httpClient == null) {
            throw closed();
        }
        Duration timeout = request.timeout().orElse(options.readTimeout());
        RequestStreams uploads = new RequestStreams();
        HttpRequest httpRequest = toHttpRequest(request, timeout, uploads, proxyCredentials);

        ResponseBodies bodies = new ResponseBodies(timeout);
        HttpResponse<InputStream> response;
        try {
            response = httpClient.send(httpRequest, bodies);
        } catch (IOException e) {
            uploads.closeAll();
            throw failure(e, request.uri());
        } catch (UncheckedIOException e) {
            uploads.closeAll();
            throw describe(e.getCause(), request.uri());
        } catch (InterruptedException | RuntimeException | Error e) {
            uploads.closeAll();
            throw e;
        }
        return toResponse(response, bodies, timeout, uploads);
    }

    /**
     * Sends {@code request} with {@code HttpClient.sendAsync}: the future completes, on
     * {@code executor}, once the response headers have arrived, with the response
     * {@link #execute} would return or the exception it would throw. Bodies, timeouts, proxies
     * and TLS are handled as by {@code execute}. Cancelling the future cancels the client's
     * exchange, which closes its connection; a response arriving anyway is closed.
     *
     * @param request the request to send
     * @param executor completes the future, so that no stage of the caller's runs on the client's
     *     selector thread; nothing else runs there
     * @return the future response; the caller closes it
     */
    @Override
    public CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(executor, "executor");
        HttpClient httpClient = clientFor(request);
        if (httpClient == null) {
            return CompletableFuture.failedFuture(closed());
        }
        Duration timeout = request.timeout().orElse(options.readTimeout());
        RequestStreams uploads = new RequestStreams();
        ResponseBodies bodies = new ResponseBodies(timeout, ResponseBodies.ASYNC_BUFFER_MIN);
        HttpRequest httpRequest;
        try {
            httpRequest = toHttpRequest(request, timeout, uploads, proxyCredentials);
        } catch (RuntimeException e) {
            uploads.closeAll();
            return CompletableFuture.failedFuture(e);
        }
        AsyncExchange exchange = new AsyncExchange(uploads);
        turns.take(() -> {
            if (exchange.isDone()) {
                turns.give();
                return;
            }
            CompletableFuture<HttpResponse<InputStream>> sent;
            try {
                sent = httpClient.sendAsync(httpRequest, bodies);
            } catch (RuntimeException e) {
                turns.give();
                exchange.fail(e);
                return;
            }
            sent.whenComplete((response, failure) -> turns.give());
            exchange.follow(sent, executor,
                    response -> toResponse(response, bodies, timeout, uploads),
                    failure -> failure instanceof IOException io ? failure(io, request.uri())
                            : failure instanceof UncheckedIOException unchecked ? describe(unchecked.getCause(), request.uri())
                            : failure);
        });
        return exchange;
    }

    /** The client for {@code request}: the one for streamed uploads, or the main one; {@code null} once closed. */
    private HttpClient clientFor(TransportRequest request) {
        boolean streamedUpload = request.body().filter(b -> !b.isInMemory()).isPresent();
        return streamedUpload ? uploadClient() : client.get();
    }

    /** The caller's response to the client's, whose body is either held whole or read under a timeout. */
    private static TransportResponse toResponse(HttpResponse<InputStream> response, ResponseBodies bodies,
                                                Duration timeout, RequestStreams uploads) {
        InputStream body;
        if (bodies.buffered()) {
            // The whole exchange is over: nothing is left to upload or to wait for.
            uploads.closeAll();
            body = response.body();
        } else {
            body = new TimedResponseBody(response.body(), timeout, uploads);
        }
        try {
            return new TransportResponse(response.statusCode(), toHeaders(response.headers()), body);
        } catch (RuntimeException e) {
            try {
                body.close();
            } catch (IOException | RuntimeException ignored) {
                // The exchange fails with e either way.
            }
            throw e;
        }
    }

    /** What an exchange that failed with {@code e} reports: that the transport is closed, or {@code e} described. */
    private IOException failure(IOException e, URI uri) {
        return client.get() == null ? closed(e) : describe(e, uri);
    }

    /**
     * Stops accepting requests and lets the clients release their connections and threads.
     *
     * <p>On JDK 21 and later each client is shut down without waiting: responses already
     * returned can still be read to their end, after which the client terminates. On older JDKs
     * the client is dropped, and its threads end once it becomes unreachable. Calling this more
     * than once has no further effect.
     */
    @Override
    public void close() {
        HttpClient httpClient = client.getAndSet(null);
        HttpClient uploads;
        synchronized (this) {
            uploads = uploadClient;
            uploadClient = null;
        }
        shutdown(httpClient);
        shutdown(uploads);
    }

    @Override
    public String toString() {
        return description + (client.get() == null ? " (closed)" : "");
    }

    private static HttpClient newClient(TransportOptions options, Executor executor) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .proxy(options.proxySelector());
        options.sslContext().ifPresent(builder::sslContext);
        if (executor != null) {
            builder.executor(executor);
        }
        return builder.build();
    }

    /** The client for streamed uploads, built on first use; {@code null} once closed. */
    private synchronized HttpClient uploadClient() {
        if (client.get() == null) {
            return null;
        }
        if (uploadClient == null) {
            uploadClient = newClient(options, null);
        }
        return uploadClient;
    }

    private static void shutdown(HttpClient httpClient) {
        if (httpClient == null || SHUTDOWN == null) {
            return;
        }
        try {
            SHUTDOWN.invoke(httpClient);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("HttpClient.shutdown() failed", e);
        }
    }

    private static HttpRequest toHttpRequest(TransportRequest request, Duration timeout, RequestStreams uploads,
                                             ProxyCredentials proxyCredentials) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout);
        RequestBody body = request.body().orElse(null);

        request.headers().toMap().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("expect")) {
                if (values.stream().anyMatch(v -> v.trim().equalsIgnoreCase("100-continue"))) {
                    builder.expectContinue(true);
                }
                return;
            }
            if (SKIPPED_REQUEST_HEADERS.contains(key) || (body != null && key.equals("content-type"))) {
                return;
            }
            values.forEach(value -> header(builder, name, value));
        });

        if (proxyCredentials != null) {
            builder.setHeader(ProxyCredentials.FIELD, proxyCredentials.value());
        }

        BodyPublisher publisher = BodyPublishers.noBody();
        if (body != null) {
            if (!body.contentType().isBlank()) {
                header(builder, "Content-Type", body.contentType());
            }
            publisher = toPublisher(body, uploads);
        }
        try {
            builder.method(request.method(), publisher);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the JDK HTTP client cannot send method " + request.method(), e);
        }
        return builder.build();
    }

    private static void header(HttpRequest.Builder builder, String name, String value) {
        try {
            builder.header(name, value);
        } catch (IllegalArgumentException e) {
            // The JDK's message quotes the value, which may be a credential: name the field only.
            throw new IllegalArgumentException("the value of request header '" + name
                    + "' holds characters that cannot be sent");
        }
    }

    private static BodyPublisher toPublisher(RequestBody body, RequestStreams uploads) {
        if (body.isInMemory()) {
            return BodyPublishers.ofByteArray(body.bytes());
        }
        long length = body.contentLength();
        if (length == 0) {
            return BodyPublishers.noBody();
        }
        BodyPublisher stream = BodyPublishers.ofInputStream(() -> uploads.open(body));
        // A known length is declared so that Content-Length is sent instead of chunks.
        return length > 0 ? BodyPublishers.fromPublisher(stream, length) : stream;
    }

    private static Headers toHeaders(HttpHeaders httpHeaders) {
        Headers.Builder builder = Headers.builder();
        for (Map.Entry<String, List<String>> field : httpHeaders.map().entrySet()) {
            String name = field.getKey();
            if (name == null || name.startsWith(":")) {
                continue; // HTTP/2 pseudo-headers such as :status are not header fields
            }
            for (String value : field.getValue()) {
                try {
                    builder.add(name, value);
                } catch (IllegalArgumentException malformed) {
                    // A field the SPI cannot represent is dropped rather than failing the exchange.
                }
            }
        }
        return builder.build();
    }

    private static IOException describe(IOException e, URI uri) {
        if (e instanceof ConnectException && (e.getMessage() == null || e.getMessage().isBlank())) {
            // java.net.http reports a refused connection without a message.
            ConnectException described = new ConnectException("cannot connect to " + uri.getHost() + ":" + port(uri));
            described.initCause(e);
            return described;
        }
        return e;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static IOException closed() {
        return new IOException("transport is closed");
    }

    private static IOException closed(IOException cause) {
        IOException e = closed();
        e.initCause(cause);
        return e;
    }

    private static MethodHandle findShutdown() {
        try {
            return MethodHandles.publicLookup()
                    .findVirtual(HttpClient.class, "shutdown", MethodType.methodType(void.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
