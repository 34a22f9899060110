package io.ciscosparkapi.transport.tck;

import static io.ciscosparkapi.transport.tck.RequestRecorder.respond;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link Transport} must show, checked against real HTTP servers, a proxy and
 * raw sockets on the loopback interface. A transport is done when its subclass of this class
 * passes whole.
 *
 * <pre>{@code
 * class MyTransportConformanceTest extends TransportConformanceTest {
 *     @Override
 *     protected Transport createTransport(TransportOptions options) {
 *         return new MyTransportProvider().create(options);
 *     }
 * }
 * }</pre>
 *
 * <p>What is checked: every method; {@code HEAD} and {@code 204} with an empty body; repeated
 * header fields and case-insensitive names both ways; query strings reaching the server byte for
 * byte; exactly one {@code Content-Type}; UTF-8, ISO-8859-1, JSON, binary, empty, multipart and
 * large bodies streamed both ways without being held whole; error statuses and
 * {@code Retry-After} passed through untouched, never thrown, never retried and never answered
 * with credentials (the JVM-wide {@link Authenticator} is never consulted), a {@code 401} sent
 * during a streamed upload included; connect, TLS handshake, read and whole-exchange timeouts;
 * an interrupt ending a waiting {@code execute}; a refused connection as a
 * {@link ConnectException}; a dropped connection as an {@link IOException}, with a {@code POST}
 * never sent again; an untrusted TLS certificate, and a trusted one for another host, rejected,
 * and a trusted one accepted through the options' {@link SSLContext}; a redirect to another host
 * returned, not followed; connections reused; many requests in flight at once on one transport;
 * proxies (the options' address or selector, else the JVM's default, {@code https} through
 * {@code CONNECT}, Basic credentials to the proxy alone and the bearer token never to it); and no
 * request sent after {@link Transport#close()}.
 *
 * <p><b>Both paths.</b> Every case marked {@link BothPaths} runs twice: once sending through
 * {@link Transport#execute}, once through {@link Transport#executeAsync} with the suite's
 * {@link #asyncExecutor() executor}, waiting for the future, which must give what {@code execute}
 * would (see {@link ExchangePath}). Cases of the async path alone check that
 * {@code executeAsync} returns before the answer arrives; that a stage depending on the future
 * may block (read a streamed body, wait for another exchange), so the future is not completed on
 * a thread the transport needs for I/O; that cancelling a future aborts its exchange and closes
 * its connection, and that an answer arriving for a cancelled future is closed; that nothing is
 * sent after {@code close()}; and that 200 exchanges started at once from one thread complete on
 * a handful of the transport's own threads.
 *
 * <p><b>Cases the SDK relies on</b> are marked {@link RequiredBySdk} and carry the JUnit tag
 * {@value RequiredBySdk#TAG}: a transport that fails one of them breaks the SDK. The other cases
 * check what any HTTP transport should do.
 *
 * <p><b>What a transport cannot do.</b> A transport that cannot send {@code PATCH}, say, or does
 * not support proxies, names it in {@link #unsupported()} with its reason; the cases that need it
 * are then skipped with that reason. Only the capabilities in {@link Capability} can be declared:
 * nothing the SDK relies on.
 *
 * <p><b>Adding cases.</b> A subclass may add cases of its own with the suite's servers and
 * helpers: {@link #route(HttpHandler)}, {@link #pooledRoute(HttpHandler)} and
 * {@link #tlsRoute(HttpHandler)} give a path on the loopback HTTP and HTTPS servers,
 * {@link RequestRecorder} records what reaches them, {@link #rawServer(RawServer.ConnectionHandler)}
 * and {@link #startProxy()} start a {@link RawServer} or a {@link ConformanceProxy} for the case,
 * {@link #send(TransportRequest)} goes through the case's {@link #transport()}, and
 * {@link #options()} starts options with the suite's timeouts. A subclass's case marked
 * {@link BothPaths} instead of {@code @Test} runs along both paths, as long as it sends with
 * {@code send}. {@link ConformanceTls} holds the
 * TLS material.
 *
 * <p>Every failing assertion says what the contract requires and a typical cause. The servers
 * are {@code com.sun.net.httpserver} servers (plus raw sockets for broken exchanges and the
 * proxy) bound to {@code 127.0.0.1} on ports the system picks; nothing leaves the machine. The
 * TLS servers present the self-signed certificates of {@link ConformanceTls}. The connect-timeout
 * case needs a loopback listener whose backlog, once full, leaves new connections unanswered (as
 * Linux does); where the system refuses them instead, that case is skipped, not failed. The
 * proxy cases set the JVM's default {@link ProxySelector}, and the authentication cases the
 * JVM's default {@link Authenticator}, for the length of the case and put the previous ones
 * back; cases run one at a time.
 *
 * <p>Each case gets a fresh transport from {@link #createTransport(TransportOptions)} (connect
 * timeout 2 s, read timeout 10 s unless the case needs others) and closes it afterwards. The
 * servers are started once per test class. JUnit 5 must be on the test path of the module that
 * extends this class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class TransportConformanceTest {

    static {
        // Without it, the JDK 17 server stalls every exchange about 40 ms (Nagle and delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final int LARGE_BODY = 32 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final InetAddress LOOPBACK = loopback();
    /** How long a case waits for something that should happen at once before calling it a hang. */
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final String TOKEN = "Bearer conformance-token-7f3a9c";
    /** The most threads of its own a transport may start for many exchanges in flight together. */
    private static final int FEW_THREADS = 16;
    /** The names of the threads of {@link #asyncExecutor()}. */
    private static final String ASYNC_THREAD_PREFIX = "conformance-async-";

    /** Handles exchanges on its dispatcher thread, as the JDK's server does by default. */
    private HttpServer server;
    /** Handlers that wait or stream run here, each on a thread of its own. */
    private HttpServer pooledServer;
    private ExecutorService pooledExecutor;
    /** The other host of the redirect case. */
    private HttpServer otherServer;
    private HttpsServer tlsServer;
    /** Presents a trusted certificate for a host other than 127.0.0.1. */
    private HttpsServer otherHostTlsServer;
    private final AtomicInteger routes = new AtomicInteger();
    /** Servers, proxies and transports a single case opened, closed after it. */
    private final List<AutoCloseable> perCase = new ArrayList<>();

    private Transport transport;
    /** How the current case sends; set around each invocation of a {@link BothPaths} case. */
    private volatile ExchangePath path = ExchangePath.EXECUTE;
    /** What {@link Transport#executeAsync} is given; threads named {@code conformance-async-N}. */
    private ExecutorService asyncExecutor;

    /**
     * Creates the transport under test. Called before every case, and again by the cases that
     * need other options; each transport returned is closed by the case.
     *
     * @param options the timeouts, proxy and TLS settings the transport must honour
     * @return a new transport configured from {@code options}
     */
    protected abstract Transport createTransport(TransportOptions options);

    /**
     * What this transport cannot do, each with the reason; the cases that need it are skipped
     * with that reason. None by default.
     *
     * <pre>{@code
     * @Override
     * protected Map<Capability, String> unsupported() {
     *     return Map.of(Capability.PATCH, "HttpURLConnection refuses the PATCH method");
     * }
     * }</pre>
     *
     * @return the capabilities this transport lacks, with the reason for each
     */
    protected Map<Capability, String> unsupported() {
        return Map.of();
    }

    /**
     * Creates the base class; subclasses need no constructor of their own.
     */
    protected TransportConformanceTest() {
    }

    // ---- lifecycle --------------------------------------------------------------------------

    /**
     * Starts the loopback servers the cases talk to; once per test class.
     *
     * @throws IOException when a server cannot be bound
     */
    @BeforeAll
    public void startServers() throws IOException {
        InetSocketAddress address = new InetSocketAddress(LOOPBACK, 0);
        server = HttpServer.create(address, 0);
        server.start();

        pooledExecutor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "conformance-handler");
            thread.setDaemon(true);
            return thread;
        });
        pooledServer = HttpServer.create(address, 0);
        pooledServer.setExecutor(pooledExecutor);
        pooledServer.start();

        otherServer = HttpServer.create(address, 0);
        otherServer.start();

        tlsServer = HttpsServer.create(address, 0);
        tlsServer.setHttpsConfigurator(new HttpsConfigurator(ConformanceTls.serverContext()));
        tlsServer.start();

        otherHostTlsServer = HttpsServer.create(address, 0);
        otherHostTlsServer.setHttpsConfigurator(new HttpsConfigurator(ConformanceTls.otherHostServerContext()));
        otherHostTlsServer.start();

        AtomicInteger asyncThreads = new AtomicInteger();
        asyncExecutor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, ASYNC_THREAD_PREFIX + asyncThreads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Stops the loopback servers.
     */
    @AfterAll
    public void stopServers() {
        server.stop(0);
        pooledServer.stop(0);
        otherServer.stop(0);
        tlsServer.stop(0);
        otherHostTlsServer.stop(0);
        pooledExecutor.shutdownNow();
        asyncExecutor.shutdownNow();
    }

    /**
     * Creates the transport for the next case, with a connect timeout of 2 s and a read timeout of 10 s.
     */
    @BeforeEach
    public void openTransport() {
        transport = createTransport(options().build());
    }

    /**
     * Closes the case's transport and whatever else the case opened.
     */
    @AfterEach
    public void closeTransport() {
        transport.close();
        for (AutoCloseable resource : perCase) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Best effort: the next case starts with resources of its own.
            }
        }
        perCase.clear();
    }

    // ---- for subclasses that add cases ------------------------------------------------------

    /**
     * The transport of the current case, made by {@link #createTransport(TransportOptions)} with
     * {@link #options()} before the case and closed after it.
     *
     * @return the case's transport
     */
    protected final Transport transport() {
        return transport;
    }

    /**
     * Sends a request through the case's {@link #transport()}.
     *
     * @param request the request
     * @return the response, never {@code null}; the caller closes it
     * @throws IOException when the transport throws it
     * @throws InterruptedException when the transport throws it
     */
    protected final TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        return send(transport, request);
    }

    /**
     * Sends a request through {@code through} along the case's {@link #path()}: with
     * {@link Transport#execute}, or with {@link Transport#executeAsync} on {@link #asyncExecutor()}
     * and a wait for the future, which gives what {@code execute} would have returned or thrown.
     * A wait that is interrupted cancels the future.
     *
     * @param through the transport to send with, such as one made with other options
     * @param request the request
     * @return the response, never {@code null}; the caller closes it
     * @throws IOException when the transport throws it, or the future fails with it
     * @throws InterruptedException when the transport throws it, or the wait is interrupted
     */
    protected final TransportResponse send(Transport through, TransportRequest request)
            throws IOException, InterruptedException {
        TransportResponse response = path == ExchangePath.EXECUTE ? through.execute(request) : sendAsync(through, request);
        assertNotNull(response, contract("execute must return a response or throw", "a null returned for an error"));
        return response;
    }

    /**
     * How the current case sends its requests: {@link ExchangePath#EXECUTE} for a case marked
     * {@link Test}, each path in turn for a case marked {@link BothPaths}.
     *
     * @return the path of the current case
     */
    protected final ExchangePath path() {
        return path;
    }

    /**
     * The executor the suite gives {@link Transport#executeAsync}: a pool of daemon threads named
     * {@code conformance-async-N}, made once per test class, that grows as work needs it.
     *
     * @return the executor
     */
    protected final Executor asyncExecutor() {
        return asyncExecutor;
    }

    /** Sets the path of the next case; {@link BothPathsInvocations} calls it around each invocation. */
    final void usePath(ExchangePath next) {
        path = next;
    }

    private TransportResponse sendAsync(Transport through, TransportRequest request)
            throws IOException, InterruptedException {
        return awaitFuture(startAsync(through, request, asyncExecutor));
    }

    /** Starts an exchange with {@link Transport#executeAsync}, which must return a future. */
    private static CompletableFuture<TransportResponse> startAsync(Transport through, TransportRequest request,
                                                                   Executor executor) {
        CompletableFuture<TransportResponse> future = through.executeAsync(request, executor);
        assertNotNull(future, contract("executeAsync must return a future", "a null returned for an error"));
        return future;
    }

    /**
     * Waits for the future of an exchange and gives what {@code execute} would have: the
     * response, or the {@link IOException} (or unchecked exception) the future failed with. An
     * interrupted wait cancels the future.
     */
    private static TransportResponse awaitFuture(CompletableFuture<TransportResponse> future)
            throws IOException, InterruptedException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return fail(contract("the future of executeAsync must fail with the IOException execute would throw, but it"
                    + " failed with " + causes(cause), "a checked exception other than IOException, or an"
                    + " InterruptedException of the transport's own thread, passed to the future"), cause);
        }
    }

    private static void closeQuietly(TransportResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // Nothing reads it any more.
        }
    }

    /**
     * Options with the suite's timeouts: connect 2 s, read 10 s.
     *
     * @return a new builder
     */
    protected static TransportOptions.Builder options() {
        return TransportOptions.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10));
    }

    /**
     * A path of its own on the suite's HTTP server, whose handlers run one at a time on the
     * server's dispatcher thread: for handlers that answer at once.
     *
     * @param handler answers the requests to the path; the exchange is closed after it
     * @return the path's {@code http://127.0.0.1:port/...} URI
     */
    protected final URI route(HttpHandler handler) {
        return register(server, "http", handler);
    }

    /**
     * A path of its own on the suite's second HTTP server, whose handlers each run on a thread
     * of their own: for handlers that wait, stall or stream.
     *
     * @param handler answers the requests to the path; the exchange is closed after it
     * @return the path's {@code http://127.0.0.1:port/...} URI
     */
    protected final URI pooledRoute(HttpHandler handler) {
        return register(pooledServer, "http", handler);
    }

    /**
     * A path of its own on the suite's HTTPS server, which presents
     * {@link ConformanceTls#serverContext()}'s certificate: a transport reaches it with
     * {@link ConformanceTls#clientContext()} as the options' TLS context.
     *
     * @param handler answers the requests to the path; the exchange is closed after it
     * @return the path's {@code https://127.0.0.1:port/...} URI
     */
    protected final URI tlsRoute(HttpHandler handler) {
        return register(tlsServer, "https", handler);
    }

    /**
     * Starts a {@link RawServer} for the current case, closed after it.
     *
     * @param handler what the server does with each connection
     * @return the running server
     * @throws IOException when no port can be bound
     */
    protected final RawServer rawServer(RawServer.ConnectionHandler handler) throws IOException {
        return closeAfterCase(RawServer.start(handler));
    }

    /**
     * Starts a {@link ConformanceProxy} for the current case, closed after it.
     *
     * @return the running proxy, requiring no credentials until told to
     * @throws IOException when no port can be bound
     */
    protected final ConformanceProxy startProxy() throws IOException {
        return closeAfterCase(ConformanceProxy.start());
    }

    /**
     * Closes {@code resource} after the current case, such as a transport made with other
     * options.
     *
     * @param resource what to close
     * @param <T> its type
     * @return {@code resource}
     */
    protected final <T extends AutoCloseable> T closeAfterCase(T resource) {
        perCase.add(resource);
        return resource;
    }

    /**
     * Skips the current case, with the transport's reason, when the transport declared
     * {@code capability} {@link #unsupported()}.
     *
     * @param capability what the case needs
     */
    protected final void assumeSupported(Capability capability) {
        String reason = unsupported().get(capability);
        Assumptions.assumeTrue(reason == null,
                () -> "skipped: the transport declares it cannot " + capability.description() + ": " + reason);
    }

    // ---- methods ----------------------------------------------------------------------------

    /**
     * {@code GET} reaches the server as {@code GET}, without a body.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("GET reaches the server as GET, without a body")
    public void getIsSentAsGetWithoutBody() throws Exception {
        RecordedRequest seen = exchangeWithoutBody("GET");
        assertEquals(0, seen.body().length, contract("a GET without a body must reach the server without one",
                "an empty body or a default body added to every request"));
    }

    /**
     * {@code POST} reaches the server with its body and content type; the answer's body is read whole.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("POST reaches the server with its body and content type")
    public void postIsSentWithItsBody() throws Exception {
        exchangeWithBody("POST");
    }

    /**
     * {@code PUT} reaches the server with its body and content type.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("PUT reaches the server with its body and content type")
    public void putIsSentWithItsBody() throws Exception {
        exchangeWithBody("PUT");
    }

    /**
     * {@code PATCH} reaches the server with its body and content type.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("PATCH reaches the server with its body and content type")
    public void patchIsSentWithItsBody() throws Exception {
        assumeSupported(Capability.PATCH);
        exchangeWithBody("PATCH");
    }

    /**
     * {@code DELETE} reaches the server as {@code DELETE}, without a body.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("DELETE reaches the server as DELETE, without a body")
    public void deleteIsSentAsDelete() throws Exception {
        RecordedRequest seen = exchangeWithoutBody("DELETE");
        assertEquals(0, seen.body().length, contract("a DELETE without a body must reach the server without one",
                "an empty body or a default body added to every request"));
    }

    /**
     * {@code OPTIONS} reaches the server as {@code OPTIONS}.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("OPTIONS reaches the server as OPTIONS")
    public void optionsIsSentAsOptions() throws Exception {
        assumeSupported(Capability.OPTIONS);
        exchangeWithoutBody("OPTIONS");
    }

    /**
     * The answer to {@code HEAD} carries its headers and an empty body.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("The answer to HEAD carries its headers and an empty body")
    public void headAnswerHasHeadersButAnEmptyBody() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(exchange -> {
            recorder.record(exchange);
            exchange.getResponseHeaders().add("X-Size", "12345");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });

        try (TransportResponse response = send(TransportRequest.builder("HEAD", uri).build())) {
            assertStatus(200, response);
            assertEquals("12345", response.headers().first("X-Size").orElse(null),
                    contract("the headers of a HEAD answer must be returned", "the headers are dropped with the body"));
            assertEquals(-1, response.body().read(), contract("a HEAD answer has no body, so its stream must be empty",
                    "the transport waits for or invents the body its Content-Length announces"));
        }
        assertEquals("HEAD", recorder.only().method(), contract("HEAD must reach the server as HEAD",
                "the method is replaced by GET"));
    }

    /**
     * A {@code 204 No Content} answer carries its headers and an empty body.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A 204 No Content answer carries its headers and an empty body")
    public void noContentAnswerHasAnEmptyBody() throws Exception {
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("X-Deleted", "yes");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });

        try (TransportResponse response = send(TransportRequest.builder("DELETE", uri).build())) {
            assertStatus(204, response);
            assertEquals("yes", response.headers().first("X-Deleted").orElse(null),
                    contract("the headers of a 204 answer must be returned", "the headers are dropped with the body"));
            assertEquals(-1, response.body().read(), contract("a 204 answer has no body, so its stream must be empty",
                    "the transport waits for a body that never comes"));
        }
    }

    // ---- headers ----------------------------------------------------------------------------

    /**
     * Every value of a repeated request header reaches the server, in order.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Every value of a repeated request header reaches the server, in order")
    public void repeatedRequestHeaderValuesAllReachTheServerInOrder() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("GET", uri)
                .header("X-Repeated", "one")
                .header("X-Repeated", "two")
                .header("x-repeated", "three")
                .build()).close();

        // A client may send them as separate fields or fold them into one; both mean the same.
        assertEquals("one, two, three", String.join(", ", recorder.only().headers("X-Repeated")),
                contract("every value of a repeated request header must reach the server, in order",
                        "header values put into a map that keeps one value per name"));
    }

    /**
     * Request headers reach the server whatever the case of their names, {@code Authorization} included.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Request headers reach the server whatever the case of their names, Authorization included")
    public void requestHeadersReachTheServerWhateverTheCaseOfTheirNames() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("GET", uri)
                .header("x-lower-case", "a")
                .header("X-UPPER-CASE", "b")
                .header("Accept", "application/json")
                .header("Authorization", TOKEN)
                .build()).close();

        RecordedRequest seen = recorder.only();
        String cause = "header names compared case-sensitively, or a header the transport keeps to itself";
        assertEquals(List.of("a"), seen.headers("X-Lower-Case"), contract("a lower-case header must reach the server", cause));
        assertEquals(List.of("b"), seen.headers("x-upper-case"), contract("an upper-case header must reach the server", cause));
        assertEquals(List.of("application/json"), seen.headers("accept"),
                contract("the caller's Accept must reach the server, alone", "a default Accept added beside it"));
        assertEquals(List.of(TOKEN), seen.headers("AUTHORIZATION"),
                contract("the caller's Authorization must reach the server unchanged", cause));
    }

    /**
     * Every value of a repeated response header, such as {@code Set-Cookie}, is kept, in order.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Every value of a repeated response header, such as Set-Cookie, is kept, in order")
    public void repeatedResponseHeaderValuesAreAllKeptInOrder() throws Exception {
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "a=1; Path=/");
            exchange.getResponseHeaders().add("Set-Cookie", "b=2; Path=/");
            exchange.getResponseHeaders().add("X-Multi", "first");
            exchange.getResponseHeaders().add("X-Multi", "second");
            respond(exchange, 200, "ok");
        });

        try (TransportResponse response = send(get(uri))) {
            String cause = "response headers put into a map that keeps one value per name, or values reversed";
            assertEquals(List.of("a=1; Path=/", "b=2; Path=/"), response.headers().all("Set-Cookie"),
                    contract("every Set-Cookie value must be returned, in order", cause));
            assertEquals(List.of("first", "second"), response.headers().all("X-Multi"),
                    contract("every value of a repeated response header must be returned, in order", cause));
        }
    }

    /**
     * Response headers are found whatever the case of the name asked for.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Response headers are found whatever the case of the name asked for")
    public void responseHeadersAreFoundWhateverTheCaseOfTheName() throws Exception {
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("X-Mixed-Case", "value");
            exchange.getResponseHeaders().add("Retry-After", "7");
            respond(exchange, 200, "ok");
        });

        try (TransportResponse response = send(get(uri))) {
            Headers headers = response.headers();
            String cause = "a field built outside Headers, or its value changed";
            assertEquals("value", headers.first("x-mixed-case").orElse(null), contract("a response header must be found in lower case", cause));
            assertEquals("value", headers.first("X-MIXED-CASE").orElse(null), contract("a response header must be found in upper case", cause));
            assertEquals("7", headers.first("retry-after").orElse(null), contract("Retry-After must be returned untouched", cause));
            assertTrue(headers.names().stream().noneMatch(name -> name.startsWith(":")),
                    contract("HTTP/2 pseudo-headers such as :status are not header fields and must not be returned: "
                            + headers.names(), "the client's header map copied whole"));
        }
    }

    /**
     * The path and the query string reach the server byte for byte: percent-encodings are neither decoded nor re-encoded.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("The path and the query string reach the server byte for byte")
    public void queryStringAndPathReachTheServerByteExact() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI base = route(recorder.thenRespond(200, "ok"));
        String path = base.getRawPath() + "/rooms/a%20b%2Fc/Y2lzY29zcGFyazovL3VzL1JPT00vMTIz";
        String query = "q=a%26b%3Dc&email=x%40y.example&space=a%20b&plus=1%2B1&slash=%2F&empty="
                + "&utf8=h%C3%A9llo%20%E2%9C%93&percent=100%25&hash=%23&question=%3F"
                + "&raw=a:b@c/d?e,f;g!h$i*j(k)l~m-n_o.p&max=50&before=2024-01-02T03%3A04%3A05.000Z";
        URI uri = URI.create("http://127.0.0.1:" + base.getPort() + path + "?" + query);

        send(TransportRequest.builder("GET", uri).build()).close();

        RecordedRequest seen = recorder.only();
        String cause = "the URI's decoded getPath() or getQuery() used instead of the raw ones, or the URI rebuilt";
        assertEquals(path, seen.rawPath(), contract("the path must reach the server byte for byte", cause));
        assertEquals(query, seen.rawQuery(), contract("the query string must reach the server byte for byte", cause));
    }

    // ---- bodies -----------------------------------------------------------------------------

    /**
     * A JSON body travels both ways with its content type exactly as given.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A JSON body travels both ways with its content type exactly as given")
    public void jsonBodyTravelsWithItsContentType() throws Exception {
        String json = "{\"roomId\":\"r1\",\"markdown\":\"**hi** \\u00e9\",\"files\":[]}";
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder("POST", uri)
                .body(RequestBody.of(json.getBytes(StandardCharsets.UTF_8), "application/json;charset=utf-8"))
                .build())) {
            assertStatus(200, response);
            assertEquals("application/json;charset=utf-8", response.headers().first("Content-Type").orElse(null),
                    contract("the answer's Content-Type must be returned exactly as sent", "the media type re-parsed and re-written"));
            assertEquals(json, new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the answer's body must be returned byte for byte", "the body decoded as text"));
        }
        RecordedRequest seen = recorder.only();
        assertEquals(List.of("application/json;charset=utf-8"), seen.headers("Content-Type"),
                contract("the body's content type must reach the server exactly as given, once",
                        "the media type re-parsed and re-written (a space added, the charset upper-cased), or sent twice"));
        assertEquals(json, new String(seen.body(), StandardCharsets.UTF_8),
                contract("the body must reach the server byte for byte", "the body encoded as text"));
    }

    /**
     * The body's content type is sent, once, even when the headers also name one.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("The body's content type is sent, once, even when the headers also name one")
    public void bodyContentTypeWinsOverAContentTypeHeader() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("PUT", uri)
                .header("Content-Type", "text/plain")
                .body(RequestBody.of(new byte[] {1, 2, 3}, "application/octet-stream"))
                .build()).close();

        assertEquals(List.of("application/octet-stream"), recorder.only().headers("Content-Type"),
                contract("the body's content type is the only Content-Type sent",
                        "the request's headers copied without skipping Content-Type"));
    }

    /**
     * Every request with a body carries exactly one {@code Content-Type} field, the body's, whether
     * the body is held in memory or streamed, of known length or not, and whatever the headers say.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Every request with a body carries exactly one Content-Type, the body's, however the body is given")
    public void everyRequestWithABodyCarriesExactlyOneContentType() throws Exception {
        String type = "application/json;charset=utf-8";
        byte[] json = "{\"text\":\"once\"}".getBytes(StandardCharsets.UTF_8);
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "ok"));
        Map<String, TransportRequest> requests = new java.util.LinkedHashMap<>();
        requests.put("POST, body in memory, no Content-Type header",
                TransportRequest.builder("POST", uri).body(RequestBody.of(json, type)).build());
        requests.put("POST, body in memory, the same Content-Type header",
                TransportRequest.builder("POST", uri).header("Content-Type", type).body(RequestBody.of(json, type)).build());
        requests.put("PUT, body in memory, another Content-Type header",
                TransportRequest.builder("PUT", uri).header("content-type", "text/plain").body(RequestBody.of(json, type)).build());
        requests.put("POST, streamed body of known length, no Content-Type header",
                TransportRequest.builder("POST", uri).body(streamed(json, json.length, type)).build());
        requests.put("POST, streamed body of known length, the same Content-Type header",
                TransportRequest.builder("POST", uri).header("Content-Type", type).body(streamed(json, json.length, type)).build());
        requests.put("PUT, streamed body of unknown length, another Content-Type header",
                TransportRequest.builder("PUT", uri).header("CONTENT-TYPE", "text/plain").body(streamed(json, -1, type)).build());

        for (TransportRequest request : requests.values()) {
            try (TransportResponse response = send(request)) {
                response.body().readAllBytes();
            }
        }

        List<RecordedRequest> seen = recorder.requests();
        assertEquals(requests.size(), seen.size(), contract("each execute must reach the server once",
                "the transport resends requests on its own"));
        int i = 0;
        for (String description : requests.keySet()) {
            assertEquals(List.of(type), seen.get(i++).headers("Content-Type"), contract(description
                    + ": a request with a body carries exactly one Content-Type field, the body's",
                    "the request's headers copied without skipping Content-Type, or the body's type added a second time"));
        }
    }

    /**
     * A UTF-8 text body travels both ways byte for byte.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A UTF-8 text body travels both ways byte for byte")
    public void utf8BodyTravelsByteExactBothWays() throws Exception {
        byte[] text = "h\u00e9llo w\u00f6rld \u2713 \ud83d\ude00 \u65e5\u672c".getBytes(StandardCharsets.UTF_8);
        assertBodyTravelsByteExact(text, "text/plain; charset=UTF-8");
    }

    /**
     * An ISO-8859-1 text body travels both ways byte for byte: no transport decodes or re-encodes text.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("An ISO-8859-1 text body travels both ways byte for byte")
    public void isoLatin1BodyTravelsByteExactBothWays() throws Exception {
        // Bytes such as 0xE9 are not valid UTF-8: a transport that decodes text would mangle them.
        byte[] text = "caf\u00e9 na\u00efve \u00a9 \u00ff".getBytes(StandardCharsets.ISO_8859_1);
        assertBodyTravelsByteExact(text, "text/plain; charset=ISO-8859-1");
    }

    /**
     * A binary body holding every byte value travels both ways byte for byte.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A binary body holding every byte value travels both ways byte for byte")
    public void binaryBodyTravelsByteExactBothWays() throws Exception {
        byte[] bytes = new byte[64 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i ^ (i >>> 8));
        }
        assertBodyTravelsByteExact(bytes, "application/octet-stream");
    }

    /**
     * An empty body is sent as empty, and an empty answer reads as an empty stream.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("An empty body is sent as empty, and an empty answer reads as an empty stream")
    public void emptyBodyIsSentAndReceivedAsEmpty() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder("POST", uri)
                .body(RequestBody.of(new byte[0], "application/json"))
                .build())) {
            assertStatus(200, response);
            assertEquals(-1, response.body().read(), contract("an empty answer must read as an empty stream",
                    "a stream that waits for more data on a body of length 0"));
        }
        RecordedRequest seen = recorder.only();
        assertEquals(0, seen.body().length, contract("an empty body must reach the server empty", "bytes added to the body"));
        String length = seen.first("Content-Length");
        assertTrue(length == null || length.equals("0"), contract("an empty body is announced as Content-Length 0 or not at all,"
                + " but was " + length, "the length taken from somewhere other than the body"));
    }

    /**
     * A {@code POST} without a body is sent with an empty one.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A POST without a body is sent with an empty one")
    public void postWithoutBodyIsSentWithAnEmptyOne() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(201, "{}"));

        try (TransportResponse response = send(TransportRequest.builder("POST", uri).build())) {
            assertStatus(201, response);
        }
        assertEquals(0, recorder.only().body().length, contract("a POST without a body must reach the server with an empty one",
                "a default body added"));
    }

    /**
     * A multipart body, encoded as the SDK encodes file uploads, arrives byte for byte with its boundary.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A multipart body, encoded as the SDK encodes file uploads, arrives byte for byte with its boundary")
    public void multipartBodyArrivesByteExact() throws Exception {
        String boundary = "----ciscosparkapi-7f3a9c";
        byte[] image = new byte[20_000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7 + 3);
        }
        // The file's bytes hold a line break and a dash run, as real files can.
        byte[] tricky = ("\r\n--" + boundary.substring(0, 10)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tricky, 0, image, 5_000, tricky.length);
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        writeAscii(multipart, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\nroom-1\r\n");
        writeAscii(multipart, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n");
        multipart.write("h\u00e9llo \u2713".getBytes(StandardCharsets.UTF_8));
        writeAscii(multipart, "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\";"
                + " filename=\"pic.png\"\r\nContent-Type: image/png\r\n\r\n");
        multipart.write(image);
        writeAscii(multipart, "\r\n--" + boundary + "--\r\n");
        byte[] bytes = multipart.toByteArray();
        String contentType = "multipart/form-data; boundary=" + boundary;
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "{}"));

        send(TransportRequest.builder("POST", uri)
                .body(RequestBody.ofStream(() -> new ByteArrayInputStream(bytes), bytes.length, contentType))
                .build()).close();

        RecordedRequest seen = recorder.only();
        assertEquals(List.of(contentType), seen.headers("Content-Type"), contract("the multipart content type, boundary"
                + " included, must reach the server exactly as given, once", "the media type re-parsed, or sent twice"));
        assertEquals(String.valueOf(bytes.length), seen.first("Content-Length"), contract("a streamed body of known length"
                + " must be sent with that Content-Length", "the length ignored, so the body goes chunked"));
        assertArrayEquals(bytes, seen.body(), contract("a multipart body must arrive byte for byte", "the body encoded as text"));
    }

    /**
     * A 32 MB upload is streamed from its source as it is sent, with its {@code Content-Length}, and never held whole.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A 32 MB upload is streamed from its source as it is sent, with its Content-Length, never held whole")
    public void largeUploadIsStreamedFromItsSourceNotHeldWhole() throws Exception {
        CountDownLatch serverReceiving = new CountDownLatch(1);
        CompletableFuture<long[]> received = new CompletableFuture<>();
        AtomicReferenceOfHeaders seenHeaders = new AtomicReferenceOfHeaders();
        URI uri = pooledRoute(exchange -> {
            seenHeaders.set(exchange);
            long[] countAndCrc = drain(exchange.getRequestBody(), 1024 * 1024, serverReceiving);
            received.complete(countAndCrc);
            respond(exchange, 200, "ok");
        });
        // The source pauses halfway until the server has bytes: a transport that reads the whole
        // body before sending any of it never gets past the pause.
        RequestBody body = RequestBody.ofStream(
                () -> new PatternStream(LARGE_BODY, LARGE_BODY / 2, serverReceiving), LARGE_BODY, "application/octet-stream");

        try (TransportResponse response = send(TransportRequest.builder("POST", uri).body(body).build())) {
            assertStatus(200, response);
        }

        long[] countAndCrc = received.get(30, TimeUnit.SECONDS);
        String cause = "the body copied through a buffer that drops or repeats bytes";
        assertEquals(LARGE_BODY, countAndCrc[0], contract("every byte of the upload must reach the server", cause));
        assertEquals(PatternStream.crc(LARGE_BODY), countAndCrc[1], contract("the upload must arrive byte for byte", cause));
        assertEquals(String.valueOf(LARGE_BODY), seenHeaders.first("Content-Length"),
                contract("a streamed body of known length must be sent with that Content-Length", "the length ignored"));
    }

    /**
     * A streamed upload of unknown length is sent with chunked transfer coding.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A streamed upload of unknown length is sent with chunked transfer coding")
    public void uploadOfUnknownLengthIsSentChunked() throws Exception {
        int size = 4 * 1024 * 1024;
        CompletableFuture<long[]> received = new CompletableFuture<>();
        AtomicReferenceOfHeaders seenHeaders = new AtomicReferenceOfHeaders();
        URI uri = pooledRoute(exchange -> {
            seenHeaders.set(exchange);
            received.complete(drain(exchange.getRequestBody(), Long.MAX_VALUE, null));
            respond(exchange, 200, "ok");
        });

        send(TransportRequest.builder("POST", uri)
                .body(RequestBody.ofStream(() -> new PatternStream(size, -1, null), -1, "application/octet-stream"))
                .build()).close();

        long[] countAndCrc = received.get(30, TimeUnit.SECONDS);
        assertEquals(size, countAndCrc[0], contract("every byte of the upload must reach the server", "the body cut short"));
        assertEquals(PatternStream.crc(size), countAndCrc[1], contract("the upload must arrive byte for byte", "bytes dropped or repeated"));
        assertEquals("chunked", String.valueOf(seenHeaders.first("Transfer-Encoding")).toLowerCase(Locale.ROOT),
                contract("a body of unknown length must be sent chunked", "the body read whole first to learn its length"));
    }

    /**
     * A 32 MB download is handed to the caller as soon as its headers arrive and read as it comes.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A 32 MB download is handed over as soon as its headers arrive, and read as it comes")
    public void largeDownloadIsStreamedToTheCallerNotHeldWhole() throws Exception {
        CountDownLatch callerHasHeaders = new CountDownLatch(1);
        AtomicBoolean serverFinished = new AtomicBoolean();
        URI uri = pooledRoute(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 0); // chunked
            try (OutputStream out = exchange.getResponseBody()) {
                PatternStream pattern = new PatternStream(LARGE_BODY, -1, null);
                byte[] chunk = new byte[CHUNK];
                for (int n, written = 0; (n = pattern.read(chunk)) > 0; written += n) {
                    if (written == 1024 * 1024) {
                        // A transport that buffers the whole body has not returned yet: the
                        // caller cannot release this wait, and the case fails below.
                        awaitQuietly(callerHasHeaders, 20);
                    }
                    out.write(chunk, 0, n);
                }
                serverFinished.set(true);
            } catch (IOException clientGone) {
                // The case failed and closed the connection.
            }
        });

        try (TransportResponse response = send(get(uri))) {
            assertFalse(serverFinished.get(), contract("execute must return once the headers are in, before the whole body",
                    "the body read into memory before the response is returned"));
            callerHasHeaders.countDown();
            long[] countAndCrc = drain(response.body(), Long.MAX_VALUE, null);
            assertEquals(LARGE_BODY, countAndCrc[0], contract("every byte of the download must be read", "the body cut short"));
            assertEquals(PatternStream.crc(LARGE_BODY), countAndCrc[1],
                    contract("the download must be read byte for byte", "bytes dropped or repeated between buffers"));
        } finally {
            callerHasHeaders.countDown();
        }
    }

    /**
     * Closing an answer's body before its end releases the connection without reading the rest, and the transport goes on working.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Closing a body before its end does not read the rest, and the transport goes on working")
    public void closingABodyBeforeItsEndDoesNotReadTheRest() throws Exception {
        long total = 64L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        CountDownLatch handlerDone = new CountDownLatch(1);
        URI uri = pooledRoute(exchange -> {
            exchange.sendResponseHeaders(200, total);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[CHUNK];
                while (written.get() < total) {
                    out.write(chunk);
                    out.flush();
                    if (written.addAndGet(chunk.length) > 1024 * 1024) {
                        sleep(10); // about 6 MB/s from here on: a drain would take ten seconds
                    }
                }
            } catch (IOException clientGone) {
                // Expected: the client closed the connection.
            } finally {
                handlerDone.countDown();
            }
        });

        try (TransportResponse response = send(get(uri))) {
            assertStatus(200, response);
            assertEquals(1024, response.body().readNBytes(1024).length, contract("the start of the body must be readable",
                    "the body stream not connected to the response"));
        }

        String cause = "close() reads the body to its end to keep the connection, however long the body";
        assertTrue(handlerDone.await(8, TimeUnit.SECONDS), contract("closing a body early must stop reading it:"
                + " the server was still sending 8 s later", cause));
        assertTrue(written.get() < total, contract("closing a body early must not read the rest", cause));
        try (TransportResponse next = send(get(route(ex -> respond(ex, 200, "next"))))) {
            assertEquals("next", new String(next.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the transport must go on working after a body was closed early",
                            "the half-read connection put back in the pool"));
        }
    }

    /**
     * The source stream of a streamed body is closed once the exchange is over.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("The source stream of a streamed body is closed once the exchange is over")
    public void streamedBodySourceIsClosedOnceTheExchangeIsOver() throws Exception {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        byte[] bytes = "streamed".getBytes(StandardCharsets.UTF_8);
        RequestBody body = RequestBody.ofStream(() -> new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public void close() throws IOException {
                sourceClosed.set(true);
                super.close();
            }
        }, bytes.length, "text/plain");
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("POST", uri).body(body).build()).close();

        assertTrue(sourceClosed.get(), contract("the body's source stream must be closed once the exchange is over",
                "the stream read to its end but never closed, which leaks a file handle per upload"));
        assertArrayEquals(bytes, recorder.only().body(), contract("the body must reach the server byte for byte", "bytes lost"));
    }

    /**
     * A body whose source fails to open makes the exchange fail with that {@link IOException}.
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A body whose source fails to open makes the exchange fail with that IOException")
    public void bodySourceThatFailsToOpenSurfacesAsIOException() {
        RequestBody failing = RequestBody.ofStream(() -> {
            throw new IOException("file vanished");
        }, 10, "application/octet-stream");
        URI uri = route(exchange -> {
            drain(exchange.getRequestBody(), Long.MAX_VALUE, null);
            respond(exchange, 200, "ok");
        });

        IOException e = assertThrows(IOException.class,
                () -> send(TransportRequest.builder("POST", uri).body(failing).build()).close(),
                contract("a body whose source fails to open must fail the exchange with an IOException",
                        "the failure swallowed and an empty or short body sent"));
        assertTrue(causes(e).contains("file vanished"), contract("the source's failure must be kept as the cause: "
                + causes(e), "a new exception thrown without its cause"));
    }

    // ---- statuses ---------------------------------------------------------------------------

    /**
     * {@code 400} is returned as a response, with its headers and body, not thrown.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("400 is returned as a response, with its headers and body, not thrown")
    public void badRequestIsReturnedNotThrown() throws Exception {
        assertErrorStatusPassesThrough(400);
    }

    /**
     * {@code 401} is returned as a response, not answered with credentials of the transport's own.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("401 is returned as a response, not answered with credentials of the transport's own")
    public void unauthorizedIsReturnedNotAnswered() throws Exception {
        assertErrorStatusPassesThrough(401);
    }

    /**
     * {@code 404} is returned as a response, not thrown.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("404 is returned as a response, not thrown")
    public void notFoundIsReturnedNotThrown() throws Exception {
        assertErrorStatusPassesThrough(404);
    }

    /**
     * {@code 409} is returned as a response, not thrown.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("409 is returned as a response, not thrown")
    public void conflictIsReturnedNotThrown() throws Exception {
        assertErrorStatusPassesThrough(409);
    }

    /**
     * {@code 429} is returned with its {@code Retry-After} untouched, and not retried.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("429 is returned with its Retry-After untouched, and not retried")
    public void tooManyRequestsIsReturnedWithRetryAfterUntouched() throws Exception {
        assertErrorStatusPassesThrough(429);
    }

    /**
     * {@code 500} is returned as a response, and not retried.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("500 is returned as a response, and not retried")
    public void internalServerErrorIsReturnedNotRetried() throws Exception {
        assertErrorStatusPassesThrough(500);
    }

    /**
     * {@code 503} is returned with its {@code Retry-After} untouched, and not retried.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("503 is returned with its Retry-After untouched, and not retried")
    public void serviceUnavailableIsReturnedWithRetryAfterUntouched() throws Exception {
        assertErrorStatusPassesThrough(503);
    }

    /**
     * {@code 503} with {@code Retry-After: 0} is returned, not resent at once (OkHttp resends it unless stopped).
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("503 with Retry-After: 0 is returned, not resent at once")
    public void serviceUnavailableWithRetryAfterZeroIsReturnedNotRetried() throws Exception {
        assertRetryAfterPassesThrough(503, "0");
    }

    /**
     * {@code 429} with {@code Retry-After: 0} is returned, not resent at once.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("429 with Retry-After: 0 is returned, not resent at once")
    public void tooManyRequestsWithRetryAfterZeroIsReturnedNotRetried() throws Exception {
        assertRetryAfterPassesThrough(429, "0");
    }

    /**
     * A {@code Retry-After} holding an HTTP date is passed through untouched.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A Retry-After holding an HTTP date is passed through untouched")
    public void retryAfterAsAnHttpDateIsPassedThroughUntouched() throws Exception {
        assertRetryAfterPassesThrough(503, "Wed, 21 Oct 2015 07:28:00 GMT");
    }

    /**
     * A {@code 401} with a Basic challenge is returned with its body, and the JVM-wide
     * {@link Authenticator} is never asked for credentials to answer it.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A 401 with a Basic challenge is returned with its body, never answered from the JVM-wide Authenticator")
    public void basicChallengeIsReturnedWithoutAskingTheJvmAuthenticator() throws Exception {
        String json = "{\"message\":\"The request requires a valid access token.\"}";
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(exchange -> {
            recorder.record(exchange);
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"origin\"");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            respond(exchange, 401, json);
        });

        Object outcome;
        try (JvmAuthenticatorSpy spy = JvmAuthenticatorSpy.install()) {
            Transport fresh = closeAfterCase(createTransport(options().build()));
            outcome = statusAndBody(fresh, TransportRequest.builder("GET", uri).header("Authorization", TOKEN).build());
            spy.assertNotAsked();
        }
        assertOutcome(List.of(401, json), outcome, "a 401 must be returned with its body, for the SDK to report",
                "the challenge answered by the HTTP client, or the body dropped while answering it");
        assertEquals(List.of(TOKEN), recorder.only().headers("Authorization"), contract("the server must see the caller's"
                + " Authorization alone", "the challenge answered with credentials of the transport's own"));
    }

    /**
     * A {@code 401} the server sends as soon as a streamed upload starts is returned with its
     * body, not turned into an {@link IOException}.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("A 401 sent while a streamed upload is under way is returned with its body, not thrown")
    public void unauthorizedAnswerToAStreamedUploadIsReturnedWithItsBody() throws Exception {
        assumeSupported(Capability.ERROR_RESPONSE_TO_STREAMED_UPLOAD);
        String json = "{\"message\":\"The request requires a valid access token.\",\"trackingId\":\"ROUTER_401\"}";
        byte[] answer = json.getBytes(StandardCharsets.UTF_8);
        RawServer raw = rawServer(socket -> {
            RawServer.readRequestHead(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            // Answered before a byte of the body is read, as a server that checks the token first.
            out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"spark\"\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + answer.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(answer);
            out.flush();
            socket.shutdownOutput();
            // Then the upload is read to its end and dropped, so the client's writes never fail.
            socket.setSoTimeout(20_000);
            socket.getInputStream().transferTo(OutputStream.nullOutputStream());
        });
        int size = 4 * 1024 * 1024;
        TransportRequest upload = TransportRequest.builder("POST", raw.uri("/v1/contents"))
                .header("Authorization", TOKEN)
                .body(RequestBody.ofStream(() -> new PatternStream(size, -1, null), size, "application/octet-stream"))
                .build();

        Object outcome = settle(Duration.ofSeconds(30), () -> {
            try (TransportResponse response = send(transport, upload)) {
                return List.of(response.status(), new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
        }, contract("a 401 sent during a streamed upload must be returned", "the transport waits for an answer it already has"));
        if (outcome instanceof Throwable failure) {
            fail(contract("a 401 sent during a streamed upload must be returned as a response with its body, but execute threw "
                    + causes(failure), "an HTTP client that cannot give up a streamed body once the server has answered"
                    + " (HttpURLConnection in streaming mode throws HttpRetryException on any 401)"), failure);
        }
        assertEquals(List.of(401, json), outcome, contract("a 401 sent during a streamed upload must be returned with its"
                + " status and body", "the answer's body dropped when the upload ended early"));
    }

    // ---- timeouts and interrupts ------------------------------------------------------------

    /**
     * A connection that is never answered fails with an {@link IOException} after the connect timeout, not the read timeout.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A connection that is never answered fails with an IOException after the connect timeout")
    public void connectTimeoutSurfacesAsIOException() throws Exception {
        ServerSocket listener = closeAfterCase(new ServerSocket(0, 1, LOOPBACK));
        boolean backlogFull = false;
        for (int i = 0; i < 32 && !backlogFull; i++) {
            Socket filler = closeAfterCase(new Socket());
            try {
                filler.connect(listener.getLocalSocketAddress(), 250);
            } catch (SocketTimeoutException unanswered) {
                backlogFull = true;
            } catch (IOException refused) {
                break;
            }
        }
        Assumptions.assumeTrue(backlogFull, "this system refuses connections to a full loopback backlog"
                + " instead of leaving them unanswered, so a connect timeout cannot be provoked here");

        Transport impatient = closeAfterCase(createTransport(options().connectTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofSeconds(30)).build()));
        URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/never-accepted");
        assertFailsWithIOException(() -> send(impatient, get(uri)),
                "a connection never answered must fail with an IOException once the connect timeout (300 ms) is over",
                "the connect timeout not applied, so the read timeout (30 s) or none bounds the connect");
    }

    /**
     * A TLS handshake the server never answers fails with an {@link IOException} after the
     * connect timeout, which covers the handshake too, not after the read timeout.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("A TLS handshake the server never answers fails with an IOException after the connect timeout")
    public void tlsHandshakeThatNeverCompletesFailsAfterTheConnectTimeout() throws Exception {
        assumeSupported(Capability.TLS_HANDSHAKE_TIMEOUT);
        RawServer silent = rawServer(socket -> socket.getInputStream().transferTo(OutputStream.nullOutputStream()));
        Transport impatient = closeAfterCase(createTransport(options().connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofSeconds(30)).sslContext(ConformanceTls.clientContext()).build()));
        URI uri = URI.create("https://127.0.0.1:" + silent.port() + "/handshake-never-answered");

        assertFailsWithIOException(() -> send(impatient, get(uri)),
                "a TLS handshake the server never answers must fail with an IOException once the connect timeout (500 ms)"
                        + " is over: TransportOptions.connectTimeout covers the TCP connection and its TLS handshake",
                "the connect timeout applied to the TCP connection alone, so the read timeout (30 s) bounds the handshake");
    }

    /**
     * A server that never answers makes the exchange fail with an {@link IOException} after the options' read timeout.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A server that never answers makes the exchange fail with an IOException after the options' read timeout")
    public void readTimeoutOfTheOptionsSurfacesAsIOException() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = pooledRoute(exchange -> {
            awaitQuietly(release, 30);
            respond(exchange, 200, "late");
        });

        try {
            Transport impatient = closeAfterCase(createTransport(options().readTimeout(Duration.ofMillis(300)).build()));
            assertFailsWithIOException(() -> send(impatient, get(uri)),
                    "a server that never answers must fail the exchange with an IOException once the read timeout (300 ms) is over",
                    "the options' read timeout not applied to requests without a timeout of their own");
        } finally {
            release.countDown();
        }
    }

    /**
     * A request's own timeout applies instead of the options' read timeout.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A request's own timeout applies instead of the options' read timeout")
    public void requestTimeoutWinsOverTheOptionsReadTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = pooledRoute(exchange -> {
            awaitQuietly(release, 30);
            respond(exchange, 200, "late");
        });

        try {
            Transport patient = closeAfterCase(createTransport(options().readTimeout(Duration.ofSeconds(30)).build()));
            assertFailsWithIOException(
                    () -> send(patient, TransportRequest.builder("GET", uri).timeout(Duration.ofMillis(300)).build()),
                    "a request's own timeout (300 ms) must bound its exchange instead of the options' read timeout (30 s)",
                    "TransportRequest.timeout() ignored");
        } finally {
            release.countDown();
        }
    }

    /**
     * A request's timeout bounds the whole wait for the response headers: headers that trickle in
     * a byte at a time, never complete, fail the exchange with an {@link IOException} once the
     * timeout is over, though no single read waits that long.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A request's timeout bounds the whole wait for the headers, even when they trickle in byte by byte")
    public void requestTimeoutBoundsTheWholeWaitForHeadersThatTrickle() throws Exception {
        RawServer trickling = rawServer(socket -> {
            RawServer.readRequestHead(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nX-Trickle: ".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 300; i++) {
                out.write('a');
                out.flush();
                sleep(100);
            }
        });
        TransportRequest request = TransportRequest.builder("GET", trickling.uri("/trickle"))
                .timeout(Duration.ofMillis(500)).build();

        assertFailsWithIOException(() -> send(transport, request),
                "a request's timeout (500 ms) must bound the whole exchange up to the response headers, not each read:"
                        + " headers still arriving a byte every 100 ms once it is over must fail the exchange",
                "the request's timeout applied as a socket read timeout, which each trickled byte restarts");
    }

    /**
     * An interrupt of the thread waiting in {@code execute} for a server that does not answer
     * ends the exchange: {@code execute} throws {@link InterruptedException} or an
     * {@link IOException} (such as {@link java.io.InterruptedIOException}) long before the read
     * timeout would.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    @DisplayName("An interrupt ends an execute that waits for a server that does not answer")
    public void interruptEndsAnExecuteWaitingForTheServer() throws Exception {
        assumeSupported(Capability.INTERRUPTION);
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        URI uri = pooledRoute(exchange -> {
            arrived.countDown();
            awaitQuietly(release, 40);
            respond(exchange, 200, "late");
        });
        Transport patient = closeAfterCase(createTransport(options().readTimeout(Duration.ofSeconds(40)).build()));
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try (TransportResponse response = patient.execute(get(uri))) {
                outcome.complete(response);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        }, "conformance-interrupted-caller");
        caller.setDaemon(true);
        caller.start();

        try {
            assertTrue(arrived.await(HANG.toSeconds(), TimeUnit.SECONDS), contract("the request must reach the server",
                    "the request was never sent"));
            // Time for the caller to settle into its wait: an interrupt that lands between two
            // steps may be seen by a client that checks for one there, which is not the point.
            sleep(1_000);
            caller.interrupt();
            Object result;
            try {
                result = outcome.get(HANG.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException stillWaiting) {
                result = fail(contract("execute must end once its thread is interrupted, but it was still waiting "
                        + HANG.toSeconds() + " s later (the read timeout is 40 s)", "a blocking socket read that an interrupt"
                        + " does not reach: the exchange must be cancelled, or its connection closed, when the thread is interrupted"));
            }
            assertTrue(result instanceof InterruptedException || result instanceof IOException, contract("an interrupted"
                    + " execute must throw InterruptedException or an IOException, but it ended with " + result,
                    "the interrupt swallowed and the exchange reported as something else"));
        } finally {
            release.countDown();
        }
    }

    /**
     * A body that stops arriving fails the read with an {@link IOException} after the timeout, instead of blocking for ever.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A body that stops arriving fails the read with an IOException after the timeout")
    public void stalledBodyTimesOutInsteadOfBlocking() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = stallingRoute(release, 0, "partial".getBytes(StandardCharsets.UTF_8),
                "rest".getBytes(StandardCharsets.UTF_8));

        try (TransportResponse response = send(TransportRequest.builder("GET", uri)
                .timeout(Duration.ofMillis(400)).build())) {
            InputStream body = response.body();
            // readNBytes ends with a read of zero bytes, which must return at once, not wait for more.
            assertEquals("partial", new String(body.readNBytes(7), StandardCharsets.UTF_8), contract("the part of the body"
                    + " that arrived must be readable", "a read of zero bytes that waits for data"));
            assertFailsWithIOException(body::read, "a body that stops arriving must fail the read with an IOException once"
                    + " the request's timeout (400 ms) is over", "no timeout applied to reads of the body");
        } finally {
            release.countDown();
        }
    }

    /**
     * A body of declared length that stops arriving fails with an {@link IOException} after the
     * timeout, whether the transport reports it from {@code execute} or from the body's read.
     *
     * @throws Exception when the exchange fails otherwise
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A body of declared length that stops arriving fails with an IOException after the timeout")
    public void stalledBodyOfDeclaredLengthTimesOutInsteadOfBlocking() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = stallingRoute(release, 100_000, new byte[20_000], new byte[80_000]);

        try {
            assertFailsWithIOException(() -> {
                try (TransportResponse response = send(TransportRequest.builder("GET", uri)
                        .timeout(Duration.ofMillis(400)).build())) {
                    return response.body().readAllBytes();
                }
            }, "a body of declared length that stops arriving must fail with an IOException once the request's timeout"
                    + " (400 ms) is over", "a body read whole before execute returns, with no timeout on that read");
        } finally {
            release.countDown();
        }
    }

    /**
     * A body that keeps flowing is read whole even when it takes longer in total than the request's timeout: after the headers, the timeout bounds each wait, not the whole body.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A body that keeps flowing is read whole, though it takes longer in all than the request's timeout")
    public void bodyThatKeepsFlowingIsNotCutOffByTheRequestTimeout() throws Exception {
        int chunks = 10;
        URI uri = pooledRoute(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < chunks; i++) {
                    out.write(new byte[1024]);
                    out.flush();
                    sleep(100);
                }
            }
        });

        // The whole body takes about a second, longer than the timeout; no single wait does.
        try (TransportResponse response = send(TransportRequest.builder("GET", uri)
                .timeout(Duration.ofMillis(600)).build())) {
            assertEquals(chunks * 1024, response.body().readAllBytes().length, contract("after the headers, the request's"
                    + " timeout bounds each wait for body data, not the whole body", "the whole-exchange deadline left running"
                    + " while the body is read"));
        }
    }

    // ---- connections ------------------------------------------------------------------------

    /**
     * A refused connection fails with a {@link ConnectException}: the request was certainly not sent.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A refused connection fails with a ConnectException: the request was certainly not sent")
    public void refusedConnectionThrowsConnectException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + closedPort + "/nothing-listens");

        IOException e = assertThrows(IOException.class, () -> send(get(uri)).close(),
                contract("a refused connection must fail with an IOException", "the failure wrapped in an unchecked exception"));
        assertInstanceOf(ConnectException.class, e, contract("a connection that was never established must be a"
                + " ConnectException, so the SDK knows the request was not sent: " + causes(e),
                "the client's exception wrapped in a plain IOException"));
    }

    /**
     * A request the server read but never answered may have been acted on, so it must not be
     * sent again behind the caller's back. The case sends a {@code POST}, the method where it
     * matters: the JDK's own client resends a {@code GET} or {@code HEAD} once when a connection
     * closes before any byte of the answer (its rule for stale pooled connections, which Java 17
     * offers no switch to turn off).
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A connection dropped before the answer fails with an IOException, and the POST is not sent again")
    public void connectionDroppedBeforeTheResponseSurfacesAsIOExceptionAndThePostIsNotResent() throws Exception {
        RawServer raw = rawServer(socket -> {
            RawServer.readRequestHead(new BufferedInputStream(socket.getInputStream()));
            socket.close();
        });

        assertThrows(IOException.class, () -> send(TransportRequest.builder("POST", raw.uri("/raw"))
                .body(RequestBody.of("{\"text\":\"once\"}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .build()).close(), contract("a connection dropped before the answer must fail with an IOException",
                        "an empty or made-up response returned"));
        assertEquals(1, raw.connections(), contract("a POST whose connection dropped must not be sent again",
                "the HTTP client's automatic retries left on"));
    }

    /**
     * A connection dropped in the middle of a body fails with an {@link IOException}; a body cut short never reads as complete.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A connection dropped in the middle of a body fails with an IOException")
    public void connectionDroppedMidBodySurfacesAsIOException() throws Exception {
        RawServer raw = rawServer(socket -> {
            RawServer.readRequestHead(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[10]);
            out.flush();
            socket.close();
        });

        // Either execute() or the read fails; a body cut short must never read as a complete one.
        assertThrows(IOException.class, () -> {
            try (TransportResponse response = send(get(raw.uri("/raw")))) {
                response.body().readAllBytes();
            }
        }, contract("a body cut short must fail with an IOException, never read as complete",
                "the end of the connection taken for the end of the body, whatever Content-Length said"));
    }

    /**
     * Requests sent one after another reuse their connection: six exchanges, each read to its
     * end, open at most two connections (a client may open a second, for HTTP/2 or its pool).
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("Requests sent one after another reuse their connection")
    public void sequentialRequestsReuseTheirConnection() throws Exception {
        RawServer keepAlive = rawServer(socket -> {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (RawServer.readRequest(in) != null) {
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        });
        URI uri = keepAlive.uri("/keep-alive");

        for (int i = 0; i < 6; i++) {
            TransportRequest request = i % 2 == 0 ? get(uri) : TransportRequest.builder("POST", uri)
                    .body(RequestBody.of("{}".getBytes(StandardCharsets.UTF_8), "application/json")).build();
            try (TransportResponse response = send(request)) {
                assertStatus(200, response);
                assertEquals("ok", new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                        contract("each answer must be read whole", "a body not connected to the response"));
            }
        }

        assertTrue(keepAlive.connections() <= 2, contract("six requests one after another, each read to its end, must reuse"
                + " their connection, but they opened " + keepAlive.connections(), "a new client or connection per request,"
                + " Connection: close sent, or a body closed without releasing its connection to the pool"));
    }

    /**
     * Requests from several threads are in flight at once: four requests to a server that answers
     * none of them until all four have arrived all succeed.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("Requests from several threads are in flight at once, not one after another")
    public void concurrentRequestsAreInFlightTogether() throws Exception {
        int count = 4;
        CountDownLatch together = new CountDownLatch(count);
        AtomicBoolean gaveUp = new AtomicBoolean();
        AtomicLong arrivedInTime = new AtomicLong(count);
        URI uri = pooledRoute(exchange -> {
            together.countDown();
            boolean all = !gaveUp.get() && awaitQuietly(together, HANG.toSeconds());
            if (!all && gaveUp.compareAndSet(false, true)) {
                // The requests still to come are answered at once.
                arrivedInTime.set(count - together.getCount());
            }
            respond(exchange, all ? 200 : 503, all ? "together" : "alone");
        });
        Transport patient = closeAfterCase(createTransport(options().readTimeout(Duration.ofSeconds(40)).build()));
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                outcomes.add(threads.submit(() -> statusAndBody(patient, get(uri))));
            }
            for (Future<Object> outcome : outcomes) {
                assertOutcome(List.of(200, "together"), outcome.get(50, TimeUnit.SECONDS), count + " requests sent at once"
                        + " from " + count + " threads must be in flight together, but only " + arrivedInTime.get()
                        + " reached the server within " + HANG.toSeconds() + " s", "execute() holds one lock for the whole"
                        + " exchange, or the pool allows one connection per host");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    // ---- TLS --------------------------------------------------------------------------------

    /**
     * A server whose certificate the JDK does not trust is refused by default.
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A server whose certificate the JDK does not trust is refused by default")
    public void untrustedCertificateIsRejected() {
        URI uri = tlsRoute(exchange -> respond(exchange, 200, "secret"));

        assertThrows(IOException.class, () -> send(get(uri)).close(), contract("a certificate the JDK's trust store does not"
                + " trust must be refused with an IOException", "a trust-all TrustManager installed"));
    }

    /**
     * A server trusted by the options' {@link SSLContext} is accepted.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A server trusted by the options' SSLContext is accepted")
    public void certificateTrustedByTheOptionsSslContextIsAccepted() throws Exception {
        URI uri = tlsRoute(exchange -> respond(exchange, 200, "secure"));

        Transport trusting = closeAfterCase(createTransport(options().sslContext(ConformanceTls.clientContext()).build()));
        try (TransportResponse response = send(trusting, get(uri))) {
            assertStatus(200, response);
            assertEquals("secure", new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the answer over TLS must be read whole", "a body not connected to the response"));
        }
    }

    /**
     * Over TLS, an answer slower than the connect timeout is still read: once the handshake is
     * done, the read timeout bounds the waits, on a new connection and on a reused one alike.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Over TLS, an answer slower than the connect timeout is read: the read timeout bounds it")
    public void tlsAnswerSlowerThanTheConnectTimeoutIsRead() throws Exception {
        URI fast = tlsRoute(exchange -> respond(exchange, 200, "fast"));
        URI slow = tlsRoute(exchange -> {
            sleep(3_000);
            respond(exchange, 200, "slow");
        });
        String cause = "the connect timeout left on the socket after the TLS handshake";
        // The JVM's TLS classes are loaded before the case's short connect timeout counts.
        Transport warmUp = closeAfterCase(createTransport(options().sslContext(ConformanceTls.clientContext()).build()));
        assertOutcome(List.of(200, "fast"), statusAndBody(warmUp, get(fast)), "a quick answer over TLS must be read",
                "a TLS context or host name the transport does not honour");

        for (boolean reused : new boolean[] {false, true}) {
            Transport transport = closeAfterCase(createTransport(options().connectTimeout(Duration.ofSeconds(1))
                    .readTimeout(Duration.ofSeconds(10)).sslContext(ConformanceTls.clientContext()).build()));
            if (reused) {
                assertOutcome(List.of(200, "fast"), statusAndBody(transport, get(fast)), "a quick answer over TLS must"
                        + " be read", cause);
            }
            assertOutcome(List.of(200, "slow"), statusAndBody(transport, get(slow)), "an answer over TLS that takes"
                    + " 3 s must be read, the read timeout being 10 s and the connect timeout 1 s ("
                    + (reused ? "on a reused connection" : "on a new connection") + ")", cause);
        }
    }

    /**
     * A server whose certificate is trusted but names another host is refused: the host name is
     * verified, not only the chain.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A trusted certificate that names another host is refused: the host name is verified")
    public void trustedCertificateForAnotherHostIsRejected() throws Exception {
        URI elsewhere = register(otherHostTlsServer, "https", exchange -> respond(exchange, 200, "impostor"));
        Transport trusting = closeAfterCase(createTransport(options().sslContext(ConformanceTls.clientContext()).build()));

        assertThrows(IOException.class, () -> send(trusting, get(elsewhere)).close(), contract("a certificate for"
                + " other-host.invalid must be refused at 127.0.0.1 with an IOException, though its chain is trusted",
                "a HostnameVerifier that accepts every name, or an SSLContext used without endpoint identification"));
        try (TransportResponse response = send(trusting, get(tlsRoute(exchange -> respond(exchange, 200, "genuine"))))) {
            assertStatus(200, response);
        }
    }

    // ---- redirects, concurrency, closing ----------------------------------------------------

    /**
     * A redirect to another host is returned as it is and never followed, so the {@code Authorization} header never reaches that host.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("A redirect to another host is returned, never followed, so Authorization never reaches that host")
    public void redirectToAnotherHostIsReturnedNotFollowed() throws Exception {
        AtomicInteger otherHostRequests = new AtomicInteger();
        URI target = register(otherServer, "http", exchange -> {
            otherHostRequests.incrementAndGet();
            respond(exchange, 200, "stolen");
        });
        String location = target + "/target";
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });

        try (TransportResponse response = send(TransportRequest.builder("GET", uri)
                .header("Authorization", TOKEN)
                .build())) {
            assertStatus(302, response);
            assertEquals(location, response.headers().first("Location").orElse(null),
                    contract("the redirect's Location must be returned untouched", "the Location resolved or rewritten"));
        }
        assertEquals(0, otherHostRequests.get(), contract("a redirect must never be followed: the other host got the"
                + " request, Authorization included", "the HTTP client's redirect following left on"));
    }

    /**
     * Eight threads sending 50 requests each through one transport all get their own answers.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("Eight threads sending 50 requests each through one transport all get their own answers")
    public void eightThreadsSharingOneTransportAllGetTheirOwnAnswers() throws Exception {
        int threads = 8;
        int perThread = 50;
        URI uri = route(new RequestRecorder().thenEcho());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        String text = "thread " + thread + " request " + i;
                        TransportRequest request = TransportRequest.builder("POST", uri)
                                .body(RequestBody.of(text.getBytes(StandardCharsets.UTF_8), "text/plain"))
                                .build();
                        try (TransportResponse response = send(transport, request)) {
                            if (response.status() == 200
                                    && text.equals(new String(response.body().readAllBytes(), StandardCharsets.UTF_8))) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(perThread, result.get(45, TimeUnit.SECONDS), contract("every thread must get the answers to"
                        + " its own requests", "state shared between exchanges, such as one buffer or one connection"
                        + " used by two threads at once"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * After {@link Transport#close()} (twice, to no further effect), {@code execute} fails with an
     * {@link IOException} and sends nothing, even to a server the transport has a connection to.
     *
     * @throws Exception when the exchange before closing fails
     */
    @BothPaths
    @RequiredBySdk
    @DisplayName("After close(), execute fails with an IOException and sends nothing")
    public void executeAfterCloseFailsWithoutSendingAnything() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "ok"));
        try (TransportResponse response = send(get(uri))) {
            response.body().readAllBytes(); // the connection goes back to the pool, ready for reuse
        }
        transport.close();
        transport.close(); // a second close has no further effect

        assertThrows(IOException.class, () -> send(transport, get(uri)).close(), contract("execute must fail with an"
                + " IOException after close()", "close() does not shut the client, or execute() does not check it"));
        assertEquals(1, recorder.requests().size(), contract("a closed transport must send nothing: the server got a"
                + " request after close()", "execute() sends first and checks whether the transport was closed afterwards,"
                + " or close() leaves the pooled connections in use"));
    }

    // ---- proxies ----------------------------------------------------------------------------

    /**
     * A plain {@code http} request goes through the options' proxy, in absolute form, and
     * carries no {@code Proxy-Authorization} when the options give no proxy credentials.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("An http request goes through the options' proxy in absolute form, with no Proxy-Authorization")
    public void httpRequestGoesThroughTheOptionsProxyInAbsoluteForm() throws Exception {
        assumeSupported(Capability.PROXY);
        ConformanceProxy proxy = startProxy();
        RequestRecorder origin = new RequestRecorder();
        URI uri = route(origin.thenRespond(200, "via the proxy"));
        Transport proxied = closeAfterCase(createTransport(options().proxy(proxy.address()).build()));

        try (TransportResponse response = send(proxied, TransportRequest.builder("GET", uri)
                .header("Authorization", TOKEN).build())) {
            assertStatus(200, response);
            assertEquals("via the proxy", new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the answer relayed by the proxy must be read whole", "a body not connected to the response"));
        }

        List<RecordedRequest> atProxy = proxy.requests();
        assertEquals(1, atProxy.size(), contract("a request must go through the proxy the options name, but the proxy saw "
                + atProxy.size(), "the options' proxy ignored, so the connection went straight to the server"));
        assertEquals(uri.toString(), atProxy.get(0).target(), contract("an http request to a proxy must name the whole URI"
                + " (absolute form)", "the request sent in origin form, as to the server itself"));
        assertNull(atProxy.get(0).first("Proxy-Authorization"), contract("without proxy credentials in the options, a request"
                + " must carry no Proxy-Authorization", "the Authorization header, or the bearer token, sent to the proxy as"
                + " its credentials"));
        assertEquals(List.of(TOKEN), origin.only().headers("Authorization"), contract("the server behind the proxy must get"
                + " the caller's Authorization", "the Authorization header dropped on a proxied request"));
    }

    /**
     * An {@code https} request goes through the options' proxy inside a {@code CONNECT} tunnel,
     * and the {@code CONNECT} request carries no {@code Authorization}: the bearer token goes to
     * the server inside the tunnel and never to the proxy.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("An https request goes through the options' proxy by CONNECT, which never carries the bearer token")
    public void httpsRequestGoesThroughTheOptionsProxyByConnect() throws Exception {
        assumeSupported(Capability.PROXY);
        ConformanceProxy proxy = startProxy();
        RequestRecorder origin = new RequestRecorder();
        URI uri = tlsRoute(origin.thenRespond(200, "through the tunnel"));
        Transport proxied = closeAfterCase(createTransport(options().proxy(proxy.address())
                .sslContext(ConformanceTls.clientContext()).build()));
        byte[] json = "{\"text\":\"tunnelled\"}".getBytes(StandardCharsets.UTF_8);

        try (TransportResponse response = send(proxied, TransportRequest.builder("POST", uri)
                .header("Authorization", TOKEN).body(RequestBody.of(json, "application/json")).build())) {
            assertStatus(200, response);
            assertEquals("through the tunnel", new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the answer through the tunnel must be read whole", "a body not connected to the response"));
        }

        assertTunnelsOnly(proxy, uri);
        assertTrue(proxy.proxyAuthorizations().isEmpty(), contract("without proxy credentials in the options, CONNECT must"
                + " carry no Proxy-Authorization", "the bearer token sent to the proxy as its credentials"));
        RecordedRequest atOrigin = origin.only();
        assertEquals(List.of(TOKEN), atOrigin.headers("Authorization"), contract("the server behind the tunnel must get the"
                + " caller's Authorization", "the Authorization header moved onto the CONNECT request"));
        assertArrayEquals(json, atOrigin.body(), contract("the body must reach the server through the tunnel", "bytes lost"));
    }

    /**
     * A proxy selector in the options is asked for the route of each request, and its answer is
     * followed.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("A proxy selector in the options is asked for each request's route, and its answer followed")
    public void proxySelectorOfTheOptionsChoosesTheRoute() throws Exception {
        assumeSupported(Capability.PROXY);
        ConformanceProxy proxy = startProxy();
        RecordingSelector selector = new RecordingSelector(proxy.address());
        URI uri = route(exchange -> respond(exchange, 200, "selected"));
        Transport proxied = closeAfterCase(createTransport(options().proxy(selector).build()));

        try (TransportResponse response = send(proxied, get(uri))) {
            assertStatus(200, response);
        }

        assertTrue(selector.askedFor(uri), contract("the options' ProxySelector must be asked for the route to "
                + uri.getHost() + ":" + uri.getPort() + ", but was asked for " + selector.asked(), "the options' selector"
                + " ignored"));
        assertEquals(1, proxy.requests().size(), contract("the request must go through the proxy the selector answered",
                "the selector's answer ignored"));
    }

    /**
     * With no proxy in the options, the JVM's default {@link ProxySelector} decides: a request
     * goes through the proxy it names.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("With no proxy in the options, the JVM's default ProxySelector decides the route")
    public void jvmDefaultProxySelectorDecidesWhenTheOptionsNameNoProxy() throws Exception {
        assumeSupported(Capability.PROXY);
        ConformanceProxy proxy = startProxy();
        URI uri = route(exchange -> respond(exchange, 200, "by default"));

        try (JvmProxySelector ignored = JvmProxySelector.install(ProxySelector.of(proxy.address()))) {
            Transport byDefault = closeAfterCase(createTransport(options().build()));
            try (TransportResponse response = send(byDefault, get(uri))) {
                assertStatus(200, response);
            }
        }

        assertEquals(1, proxy.requests().size(), contract("with no proxy in the options, the JVM's default ProxySelector"
                + " (TransportOptions.proxySelector()) must decide the route, but the request did not go through the proxy it"
                + " names", "a direct connection forced (Proxy.NO_PROXY) when the options name no proxy"));
    }

    /**
     * A proxy named in the options wins over the JVM's default {@link ProxySelector}, for
     * {@code http} and {@code https} alike.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("A proxy named in the options wins over the JVM's default ProxySelector")
    public void proxyOfTheOptionsWinsOverTheJvmDefault() throws Exception {
        assumeSupported(Capability.PROXY);
        ConformanceProxy proxy = startProxy();
        ConformanceProxy jvmWide = startProxy();
        URI plain = route(exchange -> respond(exchange, 200, "plain"));
        URI secure = tlsRoute(exchange -> respond(exchange, 200, "secure"));

        try (JvmProxySelector ignored = JvmProxySelector.install(ProxySelector.of(jvmWide.address()))) {
            Transport proxied = closeAfterCase(createTransport(options().proxy(proxy.address())
                    .sslContext(ConformanceTls.clientContext()).build()));
            for (URI uri : List.of(plain, secure)) {
                try (TransportResponse response = send(proxied, get(uri))) {
                    assertStatus(200, response);
                }
            }
        }

        assertTrue(jvmWide.requests().isEmpty(), contract("a proxy named in the options must be used instead of the JVM's"
                + " default selector, but " + jvmWide.requests().size() + " requests went to the JVM's default proxy",
                "ProxySelector.getDefault() consulted whatever the options say"));
        assertEquals(2, proxy.requests().size(), contract("the http request and the https tunnel must both go through the"
                + " options' proxy", "the options' proxy applied to one scheme only"));
    }

    /**
     * A selector in the options that answers a direct connection wins over the JVM's default
     * {@link ProxySelector}.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("A selector in the options that answers a direct connection wins over the JVM's default ProxySelector")
    public void directSelectorOfTheOptionsWinsOverTheJvmDefault() throws Exception {
        assumeSupported(Capability.PROXY);
        ConformanceProxy jvmWide = startProxy();
        URI uri = route(exchange -> respond(exchange, 200, "direct"));

        try (JvmProxySelector ignored = JvmProxySelector.install(ProxySelector.of(jvmWide.address()))) {
            Transport direct = closeAfterCase(createTransport(options().proxy(ProxySelector.of(null)).build()));
            try (TransportResponse response = send(direct, get(uri))) {
                assertStatus(200, response);
            }
        }

        assertTrue(jvmWide.requests().isEmpty(), contract("a selector in the options that answers Proxy.NO_PROXY must mean"
                + " a direct connection, but the request went to the JVM's default proxy", "the options' selector's"
                + " NO_PROXY answer taken for no answer, and the JVM's default asked instead"));
    }

    /**
     * The options' proxy credentials answer the proxy's challenge for a plain {@code http}
     * request with a body: the proxy gets exactly those credentials, never the bearer token, the
     * server gets the body once, and the JVM-wide {@link Authenticator} is never asked.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("Proxy credentials answer the proxy for an http request, never the bearer token, never the JVM's Authenticator")
    public void proxyCredentialsAnswerTheProxyForAnHttpRequest() throws Exception {
        assumeSupported(Capability.PROXY);
        assumeSupported(Capability.PROXY_AUTHENTICATION);
        ConformanceProxy proxy = startProxy().requireBasic("alice", "open sesame:42");
        RequestRecorder origin = new RequestRecorder();
        URI uri = route(origin.thenRespond(201, "{\"id\":\"m1\"}"));
        byte[] json = "{\"text\":\"through an authenticating proxy\"}".getBytes(StandardCharsets.UTF_8);

        Object outcome;
        try (JvmAuthenticatorSpy spy = JvmAuthenticatorSpy.install()) {
            Transport proxied = closeAfterCase(createTransport(options().proxy(proxy.address())
                    .proxyCredentials("alice", "open sesame:42".toCharArray()).build()));
            outcome = statusAndBody(proxied, TransportRequest.builder("POST", uri)
                    .header("Authorization", TOKEN).body(RequestBody.of(json, "application/json")).build());
            spy.assertNotAsked();
        }

        assertOutcome(List.of(201, "{\"id\":\"m1\"}"), outcome, "the proxy's 407 must be answered with the options'"
                + " credentials, and the server's 201 returned", "the options' proxy credentials ignored, or a request whose"
                + " body cannot be resent given up on after the 407");

        assertOnlyTheseProxyCredentials(proxy, ConformanceProxy.basic("alice", "open sesame:42"));
        assertArrayEquals(json, origin.only().body(), contract("the server behind the proxy must get the body once",
                "the body lost when the request was sent again with credentials"));
    }

    /**
     * The options' proxy credentials open a {@code CONNECT} tunnel that asks for them: the
     * {@code CONNECT} requests carry exactly those credentials and no {@code Authorization}, and
     * the server inside the tunnel gets the caller's {@code Authorization} and never the proxy's
     * credentials.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("Proxy credentials open an https tunnel; the proxy never sees the bearer token, the server never the proxy's password")
    public void proxyCredentialsOpenAnHttpsTunnel() throws Exception {
        assumeSupported(Capability.PROXY);
        assumeSupported(Capability.PROXY_AUTHENTICATION);
        ConformanceProxy proxy = startProxy().requireBasic("alice", "open sesame:42");
        RequestRecorder origin = new RequestRecorder();
        URI uri = tlsRoute(origin.thenRespond(200, "authenticated tunnel"));
        byte[] json = "{\"text\":\"through an authenticated tunnel\"}".getBytes(StandardCharsets.UTF_8);

        Object outcome;
        try (JvmAuthenticatorSpy spy = JvmAuthenticatorSpy.install()) {
            Transport proxied = closeAfterCase(createTransport(options().proxy(proxy.address())
                    .proxyCredentials("alice", "open sesame:42".toCharArray())
                    .sslContext(ConformanceTls.clientContext()).build()));
            outcome = statusAndBody(proxied, TransportRequest.builder("POST", uri)
                    .header("Authorization", TOKEN).body(RequestBody.of(json, "application/json")).build());
            spy.assertNotAsked();
        }

        assertOutcome(List.of(200, "authenticated tunnel"), outcome, "the proxy's 407 to CONNECT must be answered with the"
                + " options' credentials, and the tunnel opened", "the options' proxy credentials ignored for tunnels, or a"
                + " JVM that refuses Basic through tunnels (jdk.http.auth.tunneling.disabledSchemes)");

        assertTunnelsOnly(proxy, uri);
        assertOnlyTheseProxyCredentials(proxy, ConformanceProxy.basic("alice", "open sesame:42"));
        RecordedRequest atOrigin = origin.only();
        assertEquals(List.of(TOKEN), atOrigin.headers("Authorization"), contract("the server inside the tunnel must get the"
                + " caller's Authorization", "the Authorization header moved onto the CONNECT request"));
        assertEquals(List.of(), atOrigin.headers("Proxy-Authorization"), contract("the proxy's credentials must never reach"
                + " the server behind it", "Proxy-Authorization added to the request itself, which travels inside the tunnel"));
        assertArrayEquals(json, atOrigin.body(), contract("the body must reach the server through the tunnel", "bytes lost"));
    }

    /**
     * Proxy credentials answer the proxy alone: a {@code 401} from the server behind the proxy is
     * returned, not answered with them.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("Proxy credentials never answer a 401 from the server behind the proxy")
    public void proxyCredentialsNeverAnswerTheServersChallenge() throws Exception {
        assumeSupported(Capability.PROXY);
        assumeSupported(Capability.PROXY_AUTHENTICATION);
        ConformanceProxy proxy = startProxy().requireBasic("alice", "open sesame:42");
        RequestRecorder origin = new RequestRecorder();
        URI uri = route(exchange -> {
            origin.record(exchange);
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"origin\"");
            respond(exchange, 401, "{\"message\":\"who are you?\"}");
        });

        Object outcome;
        try (JvmAuthenticatorSpy spy = JvmAuthenticatorSpy.install()) {
            Transport proxied = closeAfterCase(createTransport(options().proxy(proxy.address())
                    .proxyCredentials("alice", "open sesame:42".toCharArray()).build()));
            outcome = statusAndBody(proxied, TransportRequest.builder("GET", uri).header("Authorization", TOKEN).build());
            spy.assertNotAsked();
        }

        assertOutcome(List.of(401, "{\"message\":\"who are you?\"}"), outcome, "a 401 from the server behind the proxy"
                + " must be returned with its body", "the challenge answered with the proxy's credentials");

        assertEquals(List.of(TOKEN), origin.only().headers("Authorization"), contract("the proxy's credentials must answer"
                + " the proxy alone, never a 401 from the server behind it", "an authenticator that answers every challenge,"
                + " the server's included (Authenticator.getRequestorType() not checked)"));
    }

    /**
     * Proxy credentials never reach a server the transport connects to directly, for
     * {@code http} and {@code https} alike.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("Proxy credentials never reach a server connected to directly")
    public void proxyCredentialsNeverReachAServerConnectedToDirectly() throws Exception {
        assumeSupported(Capability.PROXY);
        assumeSupported(Capability.PROXY_AUTHENTICATION);
        RequestRecorder origin = new RequestRecorder();
        URI plain = route(origin.thenRespond(200, "direct"));
        URI secure = tlsRoute(origin.thenRespond(200, "direct"));

        Transport direct = closeAfterCase(createTransport(options().proxy(ProxySelector.of(null))
                .proxyCredentials("alice", "open sesame:42".toCharArray()).sslContext(ConformanceTls.clientContext()).build()));
        for (URI uri : List.of(plain, secure)) {
            try (TransportResponse response = send(direct, get(uri))) {
                assertStatus(200, response);
            }
        }

        for (RecordedRequest seen : origin.requests()) {
            assertEquals(List.of(), seen.headers("Proxy-Authorization"), contract("proxy credentials must go to a proxy"
                    + " alone, never to a server connected to directly", "Proxy-Authorization added to every request,"
                    + " whatever the route"));
        }
        assertEquals(2, origin.requests().size(), contract("each request must reach the server once",
                "a request resent on its own"));
    }

    /**
     * A proxy's challenge is not answered when the options give no proxy credentials: the
     * exchange ends with the {@code 407} or an {@link IOException}, and the JVM-wide
     * {@link Authenticator} is never asked.
     *
     * @throws Exception when the exchange fails
     */
    @BothPaths
    @DisplayName("Without proxy credentials, a proxy's 407 is not answered, and never from the JVM's Authenticator")
    public void proxyChallengeWithoutCredentialsIsNotAnsweredFromTheJvmAuthenticator() throws Exception {
        assumeSupported(Capability.PROXY);
        ConformanceProxy proxy = startProxy().requireBasic("alice", "open sesame:42");
        URI uri = route(exchange -> respond(exchange, 200, "unreachable"));

        Object outcome;
        try (JvmAuthenticatorSpy spy = JvmAuthenticatorSpy.install()) {
            Transport proxied = closeAfterCase(createTransport(options().proxy(proxy.address()).build()));
            outcome = settle(HANG, () -> {
                try (TransportResponse response = send(proxied, get(uri))) {
                    return response.status();
                }
            }, contract("a proxy's 407 must end the exchange", "the challenge answered again and again"));
            spy.assertNotAsked();
        }

        assertTrue(Integer.valueOf(407).equals(outcome) || outcome instanceof IOException, contract("a 407 the transport"
                + " has no credentials for must end the exchange with the 407 or an IOException, but it ended with " + outcome,
                "credentials found somewhere other than the options"));
        assertTrue(proxy.proxyAuthorizations().isEmpty(), contract("without proxy credentials in the options, no"
                + " Proxy-Authorization may be sent", "the bearer token, or credentials from the JVM, sent to the proxy"));
    }

    // ---- the async path ---------------------------------------------------------------------

    /**
     * {@link Transport#executeAsync} returns a future at once, before the server answers; the
     * future then completes with the answer.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    @RequiredBySdk
    @DisplayName("executeAsync returns at once, and its future completes with the answer once it arrives")
    public void executeAsyncReturnsBeforeTheAnswerArrives() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = pooledRoute(exchange -> {
            awaitQuietly(release, 30);
            respond(exchange, 200, "answered later");
        });
        try {
            CompletableFuture<TransportResponse> future = startAsync(transport, get(uri), asyncExecutor);
            assertFalse(future.isDone(), contract("the future of executeAsync must not complete before the server has"
                    + " answered, but it was already " + future, "the exchange run on the calling thread"));
            release.countDown();
            try (TransportResponse response = awaitFuture(future)) {
                assertStatus(200, response);
                assertEquals("answered later", new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                        contract("the answer's body must be read whole", "a body not connected to the response"));
            }
        } finally {
            release.countDown();
        }
    }

    /**
     * After {@link Transport#close()}, the future of {@code executeAsync} fails with an
     * {@link IOException} and nothing is sent.
     *
     * @throws Exception when the exchange before closing fails
     */
    @Test
    @RequiredBySdk
    @DisplayName("After close(), the future of executeAsync fails with an IOException and nothing is sent")
    public void executeAsyncAfterCloseFailsWithoutSendingAnything() throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "ok"));
        try (TransportResponse response = awaitFuture(startAsync(transport, get(uri), asyncExecutor))) {
            response.body().readAllBytes();
        }
        transport.close();

        CompletableFuture<TransportResponse> future = startAsync(transport, get(uri), asyncExecutor);
        Object outcome = settle(HANG, () -> awaitFuture(future), contract("the future of executeAsync after close() must"
                + " fail, but it was still pending " + HANG.toSeconds() + " s later", "close() leaves exchanges queued"));
        if (outcome instanceof TransportResponse served) {
            served.close();
        }
        assertInstanceOf(IOException.class, outcome, contract("the future of executeAsync after close() must fail with an"
                + " IOException, but it ended with " + outcome, "executeAsync does not check whether the transport is closed"));
        assertEquals(1, recorder.requests().size(), contract("a closed transport must send nothing: the server got a"
                + " request after close()", "executeAsync sends through a client that close() left running"));
    }

    /**
     * Cancelling the future of an exchange whose server has not answered yet aborts the
     * exchange: its connection is closed (the server sees the end of it), the future reports
     * the cancellation, and the transport goes on serving.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    @DisplayName("Cancelling the future of an exchange waiting for its answer closes its connection")
    public void cancellingAWaitingExchangeClosesItsConnection() throws Exception {
        assumeSupported(Capability.CANCELLATION);
        CountDownLatch arrived = new CountDownLatch(1);
        CompletableFuture<String> serverSaw = new CompletableFuture<>();
        RawServer raw = rawServer(socket -> {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            RawServer.readRequestHead(in);
            arrived.countDown();
            socket.setSoTimeout((int) HANG.toMillis());
            try {
                serverSaw.complete(in.read() < 0 ? "closed" : "more data");
            } catch (SocketTimeoutException stillOpen) {
                serverSaw.complete("still open " + HANG.toSeconds() + " s later");
            } catch (IOException reset) {
                serverSaw.complete("closed");
            }
        });
        Transport patient = closeAfterCase(createTransport(options().readTimeout(Duration.ofSeconds(40)).build()));

        CompletableFuture<TransportResponse> future = startAsync(patient, get(raw.uri("/never-answered")), asyncExecutor);
        assertTrue(arrived.await(HANG.toSeconds(), TimeUnit.SECONDS), contract("the request must reach the server",
                "the request was never sent"));
        assertTrue(future.cancel(true), contract("a future still waiting for its answer must accept the cancellation",
                "a future completed before the server answered"));

        assertEquals("closed", serverSaw.get(HANG.toSeconds() * 2, TimeUnit.SECONDS), contract("cancelling the future"
                + " must abort the exchange and close its connection", "the future cancelled but not the exchange"
                + " under it, which goes on until the read timeout (40 s)"));
        assertTrue(future.isCancelled(), contract("a cancelled future must stay cancelled", "the future completed anew"));
        try (TransportResponse next = send(patient, get(route(ex -> respond(ex, 200, "still serving"))))) {
            assertStatus(200, next);
            assertEquals("still serving", new String(next.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the transport must serve the next request after a cancellation", "the cancellation closed"
                            + " more than its own exchange"));
        }
    }

    /**
     * Cancelling the future of an exchange whose answer has arrived, but has not been handed to
     * the caller yet, closes that answer: the server, sending a body that would never end,
     * sees the connection closed. The next request to the same server gets its own answer.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    @DisplayName("An answer arriving for a cancelled future is closed by the transport, and the next request gets its own")
    public void answerArrivingForACancelledFutureIsClosed() throws Exception {
        assumeSupported(Capability.CANCELLATION);
        CountDownLatch streaming = new CountDownLatch(1);
        CompletableFuture<String> serverSaw = new CompletableFuture<>();
        URI endless = pooledRoute(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] piece = new byte[CHUNK];
            long sent = 0;
            try (OutputStream out = exchange.getResponseBody()) {
                streaming.countDown();
                while (sent < LARGE_BODY * 8L) {
                    out.write(piece);
                    out.flush();
                    sent += piece.length;
                }
                serverSaw.complete("the whole body of " + sent + " bytes read");
            } catch (IOException clientGone) {
                serverSaw.complete("closed");
            }
        });
        URI next = pooledRoute(exchange -> respond(exchange, 200, "the next answer"));
        HeldExecutor held = new HeldExecutor(asyncExecutor);

        CompletableFuture<TransportResponse> future = startAsync(transport, get(endless), held);
        // Until the answer has arrived and its hand-over to the caller waits on the held
        // executor, or the transport needs the executor for the exchange itself.
        for (long end = System.nanoTime() + HANG.toNanos(); System.nanoTime() < end
                && held.waiting() == 0 && !future.isDone(); ) {
            sleep(10);
        }
        boolean cancelled = future.cancel(true);
        held.release();
        if (!cancelled) {
            // Completed before the cancel: the answer is the caller's to close.
            awaitFuture(future).close();
        }

        if (streaming.getCount() == 0) {
            assertEquals("closed", serverSaw.get(HANG.toSeconds() * 2, TimeUnit.SECONDS), contract("an answer arriving for"
                    + " a cancelled future must be closed by the transport, which ends its connection", "the answer"
                    + " dropped without being closed, so its connection stays open with the body unread"));
        }
        try (TransportResponse response = send(transport, get(next))) {
            assertStatus(200, response);
            assertEquals("the next answer", new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the request after a cancelled one must get its own answer", "the connection of the"
                            + " cancelled exchange returned to the pool with its body unread"));
        }
    }

    /**
     * A stage that depends on the future runs on a thread that may block: started before the
     * answer arrives, it reads a streamed body to its end and then waits for a second exchange
     * of the same transport, and both complete. A transport that completed its futures on the
     * thread it needs to receive data would stall here.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    @RequiredBySdk
    @DisplayName("A stage depending on the future may block: it reads a streamed body and waits for another exchange")
    public void stageDependingOnTheFutureMayBlock() throws Exception {
        CountDownLatch attached = new CountDownLatch(1);
        int size = 4 * 1024 * 1024;
        URI streamed = pooledRoute(exchange -> {
            awaitQuietly(attached, 20);
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody(); InputStream body = new PatternStream(size, -1, null)) {
                body.transferTo(out);
            }
        });
        URI second = route(exchange -> respond(exchange, 200, "second answer"));

        CompletableFuture<TransportResponse> first = startAsync(transport, get(streamed), asyncExecutor);
        CompletableFuture<Object> outcome = first.thenApply(response -> {
            try (response) {
                long[] read = drain(response.body(), Long.MAX_VALUE, null);
                try (TransportResponse other = awaitFuture(startAsync(transport, get(second), asyncExecutor))) {
                    return List.of(read[0], read[1], other.status(),
                            new String(other.body().readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                return e;
            }
        });
        attached.countDown();

        Object result;
        try {
            result = outcome.get(HANG.toSeconds() * 3, TimeUnit.SECONDS);
        } catch (TimeoutException stalled) {
            first.cancel(true);
            result = fail(contract("a stage depending on the future must be free to block, but the one reading the body and"
                    + " waiting for a second exchange was still waiting " + HANG.toSeconds() * 3 + " s later",
                    "the future completed on the transport's I/O thread, which then waits for itself: complete it on the"
                            + " executor given to executeAsync instead"));
        }
        assertOutcome(List.of((long) size, PatternStream.crc(size), 200, "second answer"), result, "a stage depending on"
                + " the future must read a streamed body to its end and get the answer to another exchange",
                "the future completed on the transport's I/O thread");
    }

    /**
     * Two hundred exchanges started at once from one thread all complete with their own answers,
     * and the transport runs them on a handful of threads of its own: at most
     * {@value #FEW_THREADS} new threads besides those of the executor it is given.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    @DisplayName("Two hundred exchanges started from one thread all complete, on a handful of the transport's threads")
    public void manyExchangesStartedFromOneThreadNeedFewThreads() throws Exception {
        assumeSupported(Capability.MANY_EXCHANGES_ON_FEW_THREADS);
        int count = 200;
        URI uri = route(new RequestRecorder().thenEcho());
        Transport patient = closeAfterCase(createTransport(options().connectTimeout(Duration.ofSeconds(10)).build()));
        ThreadCensus census = ThreadCensus.start();
        List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
        List<Object> answers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                futures.add(patient.executeAsync(TransportRequest.builder("POST", uri)
                        .body(RequestBody.of(("exchange " + i).getBytes(StandardCharsets.UTF_8), "text/plain"))
                        .build(), asyncExecutor));
            }
            // Each answer is read as soon as it arrives, as a client reads them: a transport whose
            // pool has fewer connections than there are exchanges in flight frees a connection
            // only once its answer is read, so reading them in the order they were started could
            // leave the first waiting for a connection that later, unread answers hold.
            List<CompletableFuture<List<String>>> reads = new ArrayList<>();
            for (CompletableFuture<TransportResponse> future : futures) {
                reads.add(future.thenApplyAsync(response -> {
                    try (TransportResponse answer = response) {
                        return List.of(new String(answer.body().readAllBytes(), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, asyncExecutor));
            }
            for (CompletableFuture<List<String>> read : reads) {
                answers.add(settle(HANG, () -> {
                    try {
                        return read.get();
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause()
                                : e.getCause();
                        throw cause instanceof Exception exception ? exception : e;
                    }
                }, contract("every one of " + count + " exchanges started at once must complete",
                        "the transport waits for an executor thread per exchange")));
            }
        } finally {
            census.stop();
            futures.forEach(future -> future.thenAccept(TransportConformanceTest::closeQuietly));
        }
        for (int i = 0; i < count; i++) {
            assertOutcome(List.of("exchange " + i), answers.get(i), "each of " + count + " exchanges started at"
                    + " once must get its own answer", "state shared between exchanges in flight together");
        }
        List<String> started = census.newThreads();
        assertTrue(started.size() <= FEW_THREADS, contract(count + " exchanges in flight together must need no more than "
                + FEW_THREADS + " threads of the transport's own, but " + started.size() + " were started: " + started,
                "a thread (or a blocking call on the executor) per exchange in flight"));
    }

    // ---- shared checks ----------------------------------------------------------------------

    private RecordedRequest exchangeWithoutBody(String method) throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenRespond(200, "answer to " + method));

        try (TransportResponse response = send(TransportRequest.builder(method, uri).build())) {
            assertStatus(200, response);
            assertEquals("answer to " + method, new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the answer's body must be read whole", "a body not connected to the response"));
        }
        RecordedRequest seen = recorder.only();
        assertEquals(method, seen.method(), contract(method + " must reach the server as " + method,
                "the method replaced by one the HTTP client prefers"));
        return seen;
    }

    private void exchangeWithBody(String method) throws Exception {
        byte[] json = ("{\"method\":\"" + method + "\"}").getBytes(StandardCharsets.UTF_8);
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder(method, uri)
                .body(RequestBody.of(json, "application/json"))
                .build())) {
            assertStatus(200, response);
            assertArrayEquals(json, response.body().readAllBytes(), contract("the answer's body must be read whole",
                    "a body not connected to the response"));
        }
        RecordedRequest seen = recorder.only();
        assertEquals(method, seen.method(), contract(method + " must reach the server as " + method,
                "the method replaced by POST, or an override header used instead"));
        assertArrayEquals(json, seen.body(), contract("the body of a " + method + " must reach the server",
                "bodies sent for POST alone"));
        assertEquals(List.of("application/json"), seen.headers("Content-Type"), contract("the body's content type must"
                + " reach the server, once", "the content type dropped or sent twice"));
    }

    private void assertBodyTravelsByteExact(byte[] bytes, String contentType) throws Exception {
        RequestRecorder recorder = new RequestRecorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder("POST", uri)
                .body(RequestBody.of(bytes, contentType))
                .build())) {
            assertStatus(200, response);
            assertEquals(contentType, response.headers().first("Content-Type").orElse(null),
                    contract("the answer's Content-Type must be returned exactly as sent", "the media type re-parsed"));
            assertArrayEquals(bytes, response.body().readAllBytes(), contract("the body the server sent back must be read"
                    + " byte for byte", "the body decoded as text, or decompressed"));
        }
        RecordedRequest seen = recorder.only();
        assertEquals(List.of(contentType), seen.headers("Content-Type"), contract("the body's content type must reach the"
                + " server exactly as given, once", "the media type re-parsed and re-written, or sent twice"));
        assertArrayEquals(bytes, seen.body(), contract("the body must reach the server byte for byte",
                "the body encoded as text"));
    }

    private void assertErrorStatusPassesThrough(int status) throws Exception {
        String json = "{\"message\":\"status " + status + "\",\"trackingId\":\"ROUTER_" + status + "\"}";
        AtomicInteger requests = new AtomicInteger();
        URI uri = route(exchange -> {
            requests.incrementAndGet();
            drain(exchange.getRequestBody(), Long.MAX_VALUE, null);
            exchange.getResponseHeaders().add("Retry-After", "7");
            exchange.getResponseHeaders().add("TrackingId", "ROUTER_" + status);
            if (status == 401) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"spark\"");
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            respond(exchange, status, json);
        });

        try (TransportResponse response = send(TransportRequest.builder("POST", uri)
                .header("Authorization", TOKEN)
                .body(RequestBody.of("{}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .build())) {
            assertStatus(status, response);
            assertEquals(List.of("7"), response.headers().all("Retry-After"), contract("Retry-After must be returned untouched",
                    "the HTTP client consumes or rewrites Retry-After"));
            assertEquals("ROUTER_" + status, response.headers().first("TrackingId").orElse(null),
                    contract("the headers of an error answer must be returned", "the headers dropped for error statuses"));
            assertEquals(json, new String(response.body().readAllBytes(), StandardCharsets.UTF_8), contract("the body of an"
                    + " error answer must be returned, for the SDK to report", "the error stream not used for error statuses"));
        }
        assertEquals(1, requests.get(), contract("a " + status + " must be returned, not retried: the request was sent "
                + requests.get() + " times", "the HTTP client's automatic retries or authenticators left on"));
    }

    private void assertRetryAfterPassesThrough(int status, String retryAfter) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        URI uri = route(exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
            respond(exchange, status, "{\"message\":\"later\"}");
        });

        try (TransportResponse response = send(get(uri))) {
            assertStatus(status, response);
            assertEquals(List.of(retryAfter), response.headers().all("Retry-After"), contract("Retry-After must be returned"
                    + " untouched", "the HTTP client consumes or rewrites Retry-After"));
            assertEquals("{\"message\":\"later\"}", new String(response.body().readAllBytes(), StandardCharsets.UTF_8),
                    contract("the body of an error answer must be returned", "the error stream not used"));
        }
        assertEquals(1, requests.get(), contract("a " + status + " with Retry-After: " + retryAfter + " must be returned, not"
                + " resent: the request was sent " + requests.get() + " times", "the HTTP client waits out Retry-After and"
                + " resends on its own"));
    }

    /** Checks that the proxy saw nothing but CONNECT requests to {@code uri}'s host and port, none with Authorization. */
    private static void assertTunnelsOnly(ConformanceProxy proxy, URI uri) {
        List<RecordedRequest> atProxy = proxy.requests();
        assertFalse(atProxy.isEmpty(), contract("an https request must go through the proxy the options name",
                "the options' proxy ignored for https"));
        for (RecordedRequest seen : atProxy) {
            assertEquals("CONNECT", seen.method(), contract("an https request must reach the proxy as CONNECT, so the proxy"
                    + " sees neither its headers nor its body, but the proxy saw " + seen, "the request sent to the proxy in"
                    + " the clear"));
            assertEquals(uri.getHost() + ":" + uri.getPort(), seen.target(), contract("CONNECT must name the server's host"
                    + " and port", "the proxy's own address, or the whole URI, as the target"));
            assertEquals(List.of(), seen.headers("Authorization"), contract("a CONNECT request must carry no Authorization:"
                    + " the bearer token goes to the server inside the tunnel, never to the proxy", "the request's headers"
                    + " copied onto the CONNECT request"));
        }
    }

    /** Checks that every Proxy-Authorization the proxy saw is {@code expected}, and that there was one. */
    private static void assertOnlyTheseProxyCredentials(ConformanceProxy proxy, String expected) {
        List<String> sent = proxy.proxyAuthorizations();
        assertTrue(sent.contains(expected), contract("the proxy's 407 must be answered with the options' credentials, as"
                + " Proxy-Authorization: Basic", "the options' proxy credentials ignored, or encoded other than as"
                + " base64(user:password)"));
        for (String value : sent) {
            assertFalse(value.contains(TOKEN.substring("Bearer ".length())), contract("the bearer token must never reach the"
                    + " proxy as its credentials", "the Authorization header copied into Proxy-Authorization"));
            assertEquals(expected, value, contract("Proxy-Authorization must carry the options' credentials and nothing else",
                    "credentials from somewhere other than the options, such as the JVM-wide Authenticator"));
        }
    }

    /**
     * Sends {@code request} and reads its answer whole: the status and the body as UTF-8 text in
     * a list, or what the exchange threw.
     */
    private Object statusAndBody(Transport through, TransportRequest request) {
        try (TransportResponse response = send(through, request)) {
            return List.of(response.status(), new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /** Checks that an exchange ended with {@code expected}, the status and body of {@link #statusAndBody}. */
    private static void assertOutcome(List<Object> expected, Object outcome, String requirement, String cause) {
        if (outcome instanceof Throwable failure) {
            fail(contract(requirement + ", but the exchange threw " + failure, cause), failure);
        }
        assertEquals(expected, outcome, contract(requirement, cause));
    }

    private static void assertStatus(int expected, TransportResponse response) {
        assertEquals(expected, response.status(), contract("execute must return the server's status untouched",
                "a status answered or followed by the HTTP client on its own (redirects, authentication), or a mapped status"));
    }

    /**
     * Runs {@code work}, which must fail with an {@link IOException} within {@link #HANG}; a
     * response or value it returns instead is closed.
     */
    private static void assertFailsWithIOException(Callable<?> work, String requirement, String cause)
            throws InterruptedException {
        Object outcome = settle(HANG, work, contract(requirement + ", but it was still waiting " + HANG.toSeconds()
                + " s later", cause));
        if (outcome instanceof IOException) {
            return;
        }
        if (outcome instanceof AutoCloseable returned) {
            try {
                returned.close();
            } catch (Exception ignored) {
                // The case fails anyway.
            }
        }
        if (outcome instanceof Throwable other) {
            fail(contract(requirement + ", but it threw " + other, cause), other);
        }
        fail(contract(requirement + ", but it returned " + outcome, cause));
    }

    /**
     * Runs {@code work} on a thread of its own and returns what it returned or threw; fails the
     * case with {@code hungMessage} (and interrupts the thread) when it has not ended within
     * {@code bound}. This bounds a hang; it never measures speed.
     */
    private static Object settle(Duration bound, Callable<?> work, String hungMessage) throws InterruptedException {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                outcome.complete(work.call());
            } catch (Throwable e) {
                outcome.complete(e);
            }
        }, "conformance-bounded-exchange");
        worker.setDaemon(true);
        worker.start();
        try {
            return outcome.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException hung) {
            worker.interrupt();
            return fail(hungMessage);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What the contract requires, and a typical cause of breaking it, as every failing assertion says. */
    private static String contract(String requirement, String typicalCause) {
        return requirement + ". Typical cause: " + typicalCause + ".";
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static TransportRequest get(URI uri) {
        return TransportRequest.builder("GET", uri).build();
    }

    private static RequestBody streamed(byte[] bytes, long length, String contentType) {
        return RequestBody.ofStream(() -> new ByteArrayInputStream(bytes), length, contentType);
    }

    /**
     * A route that sends {@code first}, then stalls until {@code release} (or 20 s) before it
     * sends {@code rest}.
     *
     * @param release lets the route finish
     * @param declaredLength the Content-Length to declare, or 0 for a chunked body
     * @param first what is sent at once
     * @param rest what is sent after the stall
     * @return the route's URI
     */
    private URI stallingRoute(CountDownLatch release, long declaredLength, byte[] first, byte[] rest) {
        return pooledRoute(exchange -> {
            exchange.sendResponseHeaders(200, declaredLength);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(first);
                out.flush();
                awaitQuietly(release, 20);
                out.write(rest);
            } catch (IOException clientGone) {
                // Expected: the client gave up.
            }
        });
    }

    private URI register(HttpServer target, String scheme, HttpHandler handler) {
        String context = "/case-" + routes.incrementAndGet();
        target.createContext(context, exchange -> {
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        return URI.create(scheme + "://127.0.0.1:" + target.getAddress().getPort() + context);
    }

    /**
     * Reads a stream to its end, counting bytes and computing their CRC-32.
     *
     * @param in the stream
     * @param signalAfter the count after which {@code signal} is counted down
     * @param signal counted down once {@code signalAfter} bytes are in; may be {@code null}
     * @return the count and the CRC
     */
    private static long[] drain(InputStream in, long signalAfter, CountDownLatch signal) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[CHUNK];
        long count = 0;
        for (int n; (n = in.read(buffer)) != -1; ) {
            crc.update(buffer, 0, n);
            count += n;
            if (signal != null && count >= signalAfter) {
                signal.countDown();
            }
        }
        return new long[] {count, crc.getValue()};
    }

    private static void writeAscii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static boolean awaitQuietly(CountDownLatch latch, long seconds) {
        try {
            return latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- test fixtures ----------------------------------------------------------------------

    /**
     * An executor that holds what it is given until released, then passes it on: so a case can
     * cancel a future while the transport's hand-over of its answer waits.
     */
    private static final class HeldExecutor implements Executor {
        private final Executor next;
        private final List<Runnable> held = new ArrayList<>();
        private boolean released;

        HeldExecutor(Executor next) {
            this.next = next;
        }

        @Override
        public void execute(Runnable task) {
            synchronized (this) {
                if (!released) {
                    held.add(task);
                    return;
                }
            }
            next.execute(task);
        }

        synchronized int waiting() {
            return held.size();
        }

        void release() {
            List<Runnable> tasks;
            synchronized (this) {
                released = true;
                tasks = new ArrayList<>(held);
                held.clear();
            }
            tasks.forEach(next::execute);
        }
    }

    /**
     * The threads started while a case runs, other than the suite's own (named
     * {@code conformance-...}), seen by looking every few milliseconds.
     */
    private static final class ThreadCensus {
        private final java.util.Set<Long> before = new java.util.HashSet<>();
        private final Map<Long, String> started = new java.util.concurrent.ConcurrentHashMap<>();
        private final AtomicBoolean done = new AtomicBoolean();
        private final Thread looker = new Thread(this::look, "conformance-thread-census");

        static ThreadCensus start() {
            ThreadCensus census = new ThreadCensus();
            Thread.getAllStackTraces().keySet().forEach(thread -> census.before.add(thread.getId()));
            census.looker.setDaemon(true);
            census.looker.start();
            return census;
        }

        private void look() {
            while (!done.get()) {
                count();
                sleep(5);
            }
        }

        private void count() {
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (!before.contains(thread.getId()) && !thread.getName().startsWith("conformance-")) {
                    started.putIfAbsent(thread.getId(), thread.getName());
                }
            }
        }

        void stop() throws InterruptedException {
            done.set(true);
            looker.join();
            count();
        }

        List<String> newThreads() {
            return started.values().stream().sorted().toList();
        }
    }

    /** Request headers a streaming handler saw, handed to the test thread. */
    private static final class AtomicReferenceOfHeaders {
        private volatile com.sun.net.httpserver.Headers headers;

        void set(HttpExchange exchange) {
            headers = exchange.getRequestHeaders();
        }

        String first(String name) {
            com.sun.net.httpserver.Headers seen = headers;
            return seen == null ? null : seen.getFirst(name);
        }
    }

    /**
     * The JVM-wide {@link Authenticator} for the length of a case: a spy that counts the times
     * it is asked and offers credentials no server or proxy of the suite accepts.
     */
    private static final class JvmAuthenticatorSpy extends Authenticator implements AutoCloseable {
        private final Authenticator previous = Authenticator.getDefault();
        private final ConcurrentLinkedQueue<String> asked = new ConcurrentLinkedQueue<>();

        static JvmAuthenticatorSpy install() {
            JvmAuthenticatorSpy spy = new JvmAuthenticatorSpy();
            Authenticator.setDefault(spy);
            return spy;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            asked.add(getRequestorType() + " " + getRequestingHost() + ":" + getRequestingPort());
            return new PasswordAuthentication("jvm-wide-user", "jvm-wide-password".toCharArray());
        }

        void assertNotAsked() {
            assertTrue(asked.isEmpty(), contract("the JVM-wide Authenticator must never be asked for credentials: the SDK"
                    + " answers a 401 itself, and proxy credentials come from the options alone, but it was asked for "
                    + asked, "HttpURLConnection without setAuthenticator, a client built with Authenticator.getDefault(), or"
                    + " a system-default credentials provider"));
        }

        @Override
        public void close() {
            Authenticator.setDefault(previous);
        }
    }

    /** The JVM's default {@link ProxySelector} for the length of a case. */
    private static final class JvmProxySelector implements AutoCloseable {
        private final ProxySelector previous = ProxySelector.getDefault();

        static JvmProxySelector install(ProxySelector selector) {
            JvmProxySelector installed = new JvmProxySelector();
            ProxySelector.setDefault(selector);
            return installed;
        }

        @Override
        public void close() {
            ProxySelector.setDefault(previous);
        }
    }

    /** A selector that answers one HTTP proxy for http and https, and remembers what it was asked. */
    private static final class RecordingSelector extends ProxySelector {
        private final Proxy proxy;
        private final ConcurrentLinkedQueue<URI> asked = new ConcurrentLinkedQueue<>();

        RecordingSelector(InetSocketAddress address) {
            this.proxy = new Proxy(Proxy.Type.HTTP, address);
        }

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
            return List.of(scheme.equals("http") || scheme.equals("https") ? proxy : Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // The case sees the failure through the exchange.
        }

        boolean askedFor(URI uri) {
            return asked.stream().anyMatch(u -> uri.getHost().equalsIgnoreCase(u.getHost()) && uri.getPort() == u.getPort());
        }

        List<URI> asked() {
            return List.copyOf(asked);
        }
    }

    /**
     * A body of {@code size} bytes made on the fly (never held whole), optionally pausing at
     * {@code pauseAt} until {@code resume} is counted down.
     */
    private static final class PatternStream extends InputStream {
        private final long size;
        private final long pauseAt;
        private final CountDownLatch resume;
        private long position;

        PatternStream(long size, long pauseAt, CountDownLatch resume) {
            this.size = size;
            this.pauseAt = pauseAt;
            this.resume = resume;
        }

        static long crc(long size) throws IOException {
            return drain(new PatternStream(size, -1, null), Long.MAX_VALUE, null)[1];
        }

        private static byte at(long i) {
            return (byte) ((i * 31 + 7) ^ (i >>> 13));
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= size) {
                return -1;
            }
            if (position == pauseAt && resume != null) {
                try {
                    if (!resume.await(20, TimeUnit.SECONDS)) {
                        throw new IOException("the server received nothing while half of the body was read:"
                                + " the transport holds the body instead of streaming it");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            long limit = pauseAt > position ? Math.min(size, pauseAt) : size;
            int n = (int) Math.min(len, limit - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = at(position + i);
            }
            position += n;
            return n;
        }
    }
}
