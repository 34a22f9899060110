package io.ciscosparkapi.transport.jdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JdkTransportTest {

    static {
        // JDK 17's server otherwise stalls each exchange about 40 ms (Nagle and delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final int BIG_BODY = 20 * 1024 * 1024;

    /** Handles exchanges on its dispatcher thread. */
    private static HttpServer server;
    /** Handlers that sleep run here, on their own threads, so they hold up no other test. */
    private static HttpServer slowServer;
    private static ExecutorService slowExecutor;
    private static final Map<String, Recorded> recorded = new ConcurrentHashMap<>();
    private static final AtomicBoolean bigBodyFinished = new AtomicBoolean();

    private Transport transport;

    /** What the server saw of one request. */
    record Recorded(String method, String rawPath, String rawQuery, com.sun.net.httpserver.Headers headers,
                    byte[] body) {
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    @BeforeAll
    static void startServers() throws IOException {
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        server = HttpServer.create(loopback, 0);
        server.createContext("/echo", JdkTransportTest::echo);
        server.createContext("/status", JdkTransportTest::status);
        server.createContext("/repeated-headers", exchange -> {
            exchange.getResponseHeaders().add("X-Multi", "first");
            exchange.getResponseHeaders().add("X-Multi", "second");
            exchange.getResponseHeaders().add("Set-Cookie", "a=1");
            exchange.getResponseHeaders().add("Set-Cookie", "b=2");
            respond(exchange, 200, "ok");
        });
        server.createContext("/big", exchange -> big(exchange, false));
        server.createContext("/big-fixed", exchange -> big(exchange, true));
        server.createContext("/fixed", exchange -> respond(exchange, 200, "x".repeat(300_000)));
        server.createContext("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", baseUri(server) + "/echo/redirect-target");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();

        slowExecutor = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "slow-handler");
            t.setDaemon(true);
            return t;
        });
        slowServer = HttpServer.create(loopback, 0);
        slowServer.setExecutor(slowExecutor);
        slowServer.createContext("/slow-headers", exchange -> {
            sleep(20_000); // far past any timeout a test sets: the client can only give up first
            respond(exchange, 200, "late");
        });
        slowServer.createContext("/stalled-body", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(20_000);
                out.write("rest".getBytes(StandardCharsets.UTF_8));
            } catch (IOException expected) {
                // The client gave up and closed the connection.
            }
        });
        slowServer.createContext("/late-half", exchange -> {
            exchange.sendResponseHeaders(200, 10);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("early".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(300);
                out.write(" late".getBytes(StandardCharsets.UTF_8));
            }
        });
        slowServer.createContext("/flowing-fixed", exchange -> {
            exchange.sendResponseHeaders(200, 10 * 4096);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    out.write(new byte[4096]);
                    out.flush();
                    sleep(100);
                }
            }
        });
        slowServer.createContext("/drain", exchange -> {
            long length;
            try (InputStream in = exchange.getRequestBody()) {
                length = in.transferTo(OutputStream.nullOutputStream());
            }
            respond(exchange, 200, "drained " + length);
        });
        slowServer.start();
    }

    @AfterAll
    static void stopServers() {
        server.stop(0);
        slowServer.stop(0);
        slowExecutor.shutdownNow();
    }

    @BeforeEach
    void createTransport() {
        transport = new JdkTransportProvider().create(TransportOptions.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5))
                .build());
    }

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    @Test
    void serviceLoaderFindsProviderNamedJdkWithLowestPriority() {
        // The test classes run inside the module, which declares no `uses` of its own.
        JdkTransportTest.class.getModule().addUses(TransportProvider.class);

        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("jdk"))
                .collect(Collectors.toList());

        assertThat(providers).hasSize(1);
        assertThat(providers.get(0)).isInstanceOf(JdkTransportProvider.class);
        assertThat(providers.get(0).priority()).isZero();
        // On the module path this is the module's `provides`; on the class path, META-INF/services.
        assertThat(providers.get(0).getClass().getModule()).isEqualTo(JdkTransportTest.class.getModule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH"})
    void everyMethodReachesServerWithPathQueryAndHeadersIntact(String method) throws Exception {
        String path = "/echo/" + method.toLowerCase() + "/a%20b%2Fc";
        String query = "q=a%26b%3Dc&email=x%40y.example&space=a%20b&plus=1%2B1&slash=%2F&empty=";
        TransportRequest.Builder request = TransportRequest.builder(method, uri(path + "?" + query))
                .header("Accept", "application/json")
                .header("X-Request-Id", "abc-123")
                .header("X-Repeated", "one")
                .header("X-Repeated", "two")
                .header("Authorization", "Bearer token");
        boolean withBody = method.startsWith("P");
        if (withBody) {
            request.body(RequestBody.of("{\"k\":1}".getBytes(StandardCharsets.UTF_8), "application/json"));
        }

        try (TransportResponse response = transport.execute(request.build())) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().readAllBytes())
                    .asString(StandardCharsets.UTF_8)
                    .isEqualTo(method.equals("HEAD") ? "" : "ok");
        }

        Recorded seen = recorded.get(path);
        assertThat(seen).isNotNull();
        assertThat(seen.method()).isEqualTo(method);
        assertThat(seen.rawPath()).isEqualTo(path);
        assertThat(seen.rawQuery()).isEqualTo(query);
        assertThat(seen.header("Accept")).isEqualTo("application/json");
        assertThat(seen.header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(seen.headers().get("X-Repeated")).containsExactly("one", "two");
        assertThat(seen.header("Authorization")).isEqualTo("Bearer token");
        assertThat(new String(seen.body(), StandardCharsets.UTF_8)).isEqualTo(withBody ? "{\"k\":1}" : "");
    }

    @Test
    void repeatedResponseHeadersAreKeptAndLookedUpCaseInsensitively() throws Exception {
        try (TransportResponse response = get("/repeated-headers")) {
            assertThat(response.headers().all("x-multi")).containsExactly("first", "second");
            assertThat(response.headers().all("X-MULTI")).containsExactly("first", "second");
            assertThat(response.headers().all("set-cookie")).containsExactly("a=1", "b=2");
            assertThat(response.headers().first("content-length")).contains("2");
            assertThat(response.headers().names()).noneMatch(name -> name.startsWith(":"));
        }
    }

    @Test
    void jsonRequestBodyIsSentWithItsContentType() throws Exception {
        String json = "{\"text\":\"h\u00e9llo \u2713\",\"roomId\":\"r1\"}";
        TransportRequest request = TransportRequest.builder("POST", uri("/echo/json"))
                .body(RequestBody.of(json.getBytes(StandardCharsets.UTF_8), "application/json;charset=utf-8"))
                .build();

        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.status()).isEqualTo(200);
        }

        Recorded seen = recorded.get("/echo/json");
        assertThat(seen.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        assertThat(seen.headers().get("Content-Type")).hasSize(1);
        assertThat(seen.header("Content-Length")).isEqualTo(String.valueOf(json.getBytes(StandardCharsets.UTF_8).length));
        assertThat(new String(seen.body(), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void bodyContentTypeWinsOverContentTypeHeader() throws Exception {
        TransportRequest request = TransportRequest.builder("PUT", uri("/echo/content-type"))
                .header("Content-Type", "text/plain")
                .body(RequestBody.of(new byte[] {1, 2, 3}, "application/octet-stream"))
                .build();

        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.status()).isEqualTo(200);
        }

        assertThat(recorded.get("/echo/content-type").headers().get("Content-Type"))
                .containsExactly("application/octet-stream");
    }

    @Test
    void streamedRequestBodyOfKnownLengthSendsContentLength() throws Exception {
        byte[] bytes = pattern(300_000);
        TransportRequest request = TransportRequest.builder("POST", uri("/echo/stream-known"))
                .body(RequestBody.ofStream(() -> new ByteArrayInputStream(bytes), bytes.length, "application/octet-stream"))
                .build();

        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.status()).isEqualTo(200);
        }

        Recorded seen = recorded.get("/echo/stream-known");
        assertThat(seen.header("Content-Length")).isEqualTo("300000");
        assertThat(seen.header("Transfer-Encoding")).isNull();
        assertThat(seen.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(seen.body()).isEqualTo(bytes);
    }

    @Test
    void streamedRequestBodyOfUnknownLengthIsSentChunked() throws Exception {
        byte[] bytes = pattern(100_000);
        TransportRequest request = TransportRequest.builder("POST", uri("/echo/stream-unknown"))
                .body(RequestBody.ofStream(() -> new ByteArrayInputStream(bytes), -1, "application/octet-stream"))
                .build();

        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.status()).isEqualTo(200);
        }

        Recorded seen = recorded.get("/echo/stream-unknown");
        assertThat(seen.header("Transfer-Encoding")).isEqualToIgnoringCase("chunked");
        assertThat(seen.body()).isEqualTo(bytes);
    }

    @Test
    void streamedRequestBodySourceIsClosedOnceTheExchangeIsOver() throws Exception {
        AtomicBoolean sourceClosed = new AtomicBoolean();
        byte[] bytes = pattern(1_000);
        RequestBody body = RequestBody.ofStream(() -> new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public void close() throws IOException {
                sourceClosed.set(true);
                super.close();
            }
        }, bytes.length, "application/octet-stream");

        transport.execute(TransportRequest.builder("POST", uri("/echo/closed-source")).body(body).build()).close();

        assertThat(sourceClosed).isTrue();
    }

    @Test
    void uploadWhoseSourceBlocksHoldsUpNoOtherRequest() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RequestBody body = RequestBody.ofStream(() -> new InputStream() {
            private boolean sentFirst;

            @Override
            public int read() {
                throw new UnsupportedOperationException("read in blocks");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (!sentFirst) {
                    sentFirst = true;
                    b[off] = 'a';
                    return 1;
                }
                // Like a slow network source: nothing more until released.
                blocked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException("interrupted", e);
                }
                return -1;
            }
        }, -1, "application/octet-stream");
        TransportRequest upload = TransportRequest.builder("POST", slowUri("/drain")).body(body).build();
        ExecutorService uploader = Executors.newSingleThreadExecutor();
        try {
            Future<String> uploaded = uploader.submit(() -> {
                try (TransportResponse response = transport.execute(upload)) {
                    return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
                }
            });
            assertThat(blocked.await(5, TimeUnit.SECONDS)).as("the upload's source is being read").isTrue();

            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> {
                try (TransportResponse response = get("/status/200")) {
                    return response.status();
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(other.get(4, TimeUnit.SECONDS)).as("a request made while the upload's source blocks").isEqualTo(200);

            release.countDown();
            assertThat(uploaded.get(5, TimeUnit.SECONDS)).isEqualTo("drained 1");
        } finally {
            release.countDown();
            uploader.shutdownNow();
        }
    }

    @Test
    void streamedUploadAfterCloseThrowsIOException() {
        transport.close();
        RequestBody body = RequestBody.ofStream(() -> new ByteArrayInputStream(pattern(10)), 10, "application/octet-stream");

        assertThatThrownBy(() -> transport.execute(TransportRequest.builder("POST", uri("/echo/closed-upload")).body(body).build()))
                .isInstanceOf(IOException.class)
                .hasMessage("transport is closed");
    }

    @Test
    void requestBodySourceThatFailsToOpenMakesExecuteThrowIOException() {
        RequestBody failing = RequestBody.ofStream(() -> {
            throw new IOException("file vanished");
        }, 10, "application/octet-stream");
        TransportRequest request = TransportRequest.builder("POST", uri("/echo/failing-source")).body(failing).build();

        assertThatThrownBy(() -> transport.execute(request))
                .isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(messages(e)).contains("file vanished"));
    }

    @Test
    void headersTheClientControlsAreSkippedNotRejected() throws Exception {
        TransportRequest request = TransportRequest.builder("POST", uri("/echo/restricted"))
                .header("Host", "elsewhere.example")
                .header("Connection", "close")
                .header("Content-Length", "999")
                .header("X-Kept", "yes")
                .body(RequestBody.of("abc".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .build();

        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.status()).isEqualTo(200);
        }

        Recorded seen = recorded.get("/echo/restricted");
        assertThat(seen.header("Host")).startsWith("127.0.0.1:");
        assertThat(seen.header("Content-Length")).isEqualTo("3");
        assertThat(seen.header("X-Kept")).isEqualTo("yes");
    }

    @Test
    void invalidHeaderValueIsRejectedWithoutEchoingIt() {
        TransportRequest request = TransportRequest.builder("GET", uri("/echo/invalid-header"))
                .header("Authorization", "Bearer s\u0001cret")
                .build();

        assertThatThrownBy(() -> transport.execute(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Authorization")
                .satisfies(e -> assertThat(messages(e)).doesNotContain("cret"));
    }

    @Test
    void largeStreamedResponseIsReadIncrementally() throws Exception {
        bigBodyFinished.set(false);
        try (TransportResponse response = get("/big")) {
            assertThat(response.status()).isEqualTo(200);
            // The server cannot have written 20 MB yet: it is held back until the body is read.
            assertThat(bigBodyFinished).isFalse();

            long total = 0;
            byte[] buffer = new byte[8192];
            InputStream body = response.body();
            for (int n; (n = body.read(buffer)) != -1; ) {
                total += n;
            }
            assertThat(total).isEqualTo(BIG_BODY);
        }
    }

    @Test
    void largeBodyOfDeclaredLengthIsStreamedNotBuffered() throws Exception {
        bigBodyFinished.set(false);
        try (TransportResponse response = get("/big-fixed")) {
            assertThat(response.headers().first("Content-Length")).contains(String.valueOf(BIG_BODY));
            // Above the buffering limit: the response is handed over before the body has arrived.
            assertThat(bigBodyFinished).isFalse();
            assertThat(response.body().transferTo(OutputStream.nullOutputStream())).isEqualTo(BIG_BODY);
        }
    }

    @Test
    void bodyOfDeclaredLengthIsWhollyAvailableWhenExecuteReturns() throws Exception {
        try (TransportResponse response = get("/fixed")) {
            InputStream body = response.body();
            // Received whole before the response was handed over: all of it can be read without blocking.
            assertThat(body.available()).isEqualTo(300_000);
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("x".repeat(300_000));
        }
    }

    @Test
    void bodyOfDeclaredLengthThatKeepsFlowingIsNotCutOffByTheTimeout() throws Exception {
        // About a second in all, longer than the timeout; no single wait is.
        TransportRequest request = TransportRequest.builder("GET", slowUri("/flowing-fixed"))
                .timeout(Duration.ofMillis(600))
                .build();

        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.body().readAllBytes()).hasSize(10 * 4096);
        }
    }

    @Test
    @Timeout(20)
    void stalledBodyOfDeclaredLengthTimesOutAndClosesTheConnection() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> connectionClosedAfter = CompletableFuture.supplyAsync(() -> {
                try (Socket socket = listener.accept()) {
                    InputStream in = socket.getInputStream();
                    readRequestHead(in);
                    OutputStream out = socket.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nContent-Type: application/json\r\n\r\n"
                            + "{\"partial\"").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    long sent = System.nanoTime();
                    // Blocks until the client gives up on the body and closes the connection.
                    while (in.read() != -1) {
                        // nothing else is sent by the client
                    }
                    return System.nanoTime() - sent;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            TransportRequest request = TransportRequest.builder("GET",
                            URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/stalled-fixed"))
                    .timeout(Duration.ofMillis(300))
                    .build();

            assertThatThrownBy(() -> transport.execute(request).close())
                    .isInstanceOf(HttpTimeoutException.class)
                    .hasMessageContaining("no response data within PT0.3S");
            // the server's read ends only once the client has closed the connection
            assertThat(connectionClosedAfter.get(10, TimeUnit.SECONDS)).isPositive();
        }
    }

    @Test
    void noContentResponseHasEmptyBody() throws Exception {
        try (TransportResponse response = get("/status/204")) {
            assertThat(response.status()).isEqualTo(204);
            assertThat(response.body().read()).isEqualTo(-1);
        }
    }

    @Test
    void headResponseHasEmptyBodyButKeepsHeaders() throws Exception {
        TransportRequest request = TransportRequest.builder("HEAD", uri("/big")).build();
        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().first("X-Size")).contains(String.valueOf(BIG_BODY));
            assertThat(response.body().read()).isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 429, 503})
    void errorStatusIsReturnedWithRetryAfterNotThrown(int status) throws Exception {
        try (TransportResponse response = get("/status/" + status)) {
            assertThat(response.status()).isEqualTo(status);
            assertThat(response.headers().first("Retry-After")).contains("7");
            assertThat(response.body().readAllBytes()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("{\"message\":\"status " + status + "\"}");
        }
    }

    @Test
    @Timeout(20)
    void requestTimeoutBeforeHeadersThrowsIOException() {
        TransportRequest request = TransportRequest.builder("GET", slowUri("/slow-headers"))
                .timeout(Duration.ofMillis(300))
                .build();

        assertThatThrownBy(() -> transport.execute(request)).isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void optionsReadTimeoutAppliesWhenRequestHasNone() {
        try (Transport impatient = new JdkTransportProvider().create(TransportOptions.builder()
                .readTimeout(Duration.ofMillis(300)).build())) {
            TransportRequest request = TransportRequest.builder("GET", slowUri("/slow-headers")).build();

            assertThatThrownBy(() -> impatient.execute(request)).isInstanceOf(IOException.class);
        }
    }

    @Test
    @Timeout(20)
    void stalledResponseBodyTimesOutInsteadOfBlocking() throws Exception {
        TransportRequest request = TransportRequest.builder("GET", slowUri("/stalled-body"))
                .timeout(Duration.ofMillis(300))
                .build();

        try (TransportResponse response = transport.execute(request)) {
            InputStream body = response.body();
            byte[] first = new byte[7];
            int read = 0;
            while (read < first.length) {
                read += body.read(first, read, first.length - read);
            }
            assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("partial");

            assertThatThrownBy(() -> body.read()).isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void interruptWhileWaitingForResponsePropagatesInterruptedException() throws Exception {
        TransportRequest request = TransportRequest.builder("GET", slowUri("/slow-headers")).build();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<TransportResponse> call = caller.submit(() -> transport.execute(request));
            Thread.sleep(200);
            caller.shutdownNow(); // interrupts the waiting thread

            assertThatThrownBy(() -> call.get(2, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(InterruptedException.class);
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    void refusedConnectionThrowsIOException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TransportRequest request = TransportRequest.builder("GET",
                URI.create("http://127.0.0.1:" + closedPort + "/nothing")).build();

        assertThatThrownBy(() -> transport.execute(request))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining(String.valueOf(closedPort));
    }

    @Test
    void redirectIsReturnedNotFollowed() throws Exception {
        recorded.remove("/echo/redirect-target");
        TransportRequest request = TransportRequest.builder("GET", uri("/redirect"))
                .header("Authorization", "Bearer secret")
                .build();

        try (TransportResponse response = transport.execute(request)) {
            assertThat(response.status()).isEqualTo(302);
            assertThat(response.headers().first("Location")).contains(baseUri(server) + "/echo/redirect-target");
        }
        assertThat(recorded).doesNotContainKey("/echo/redirect-target");
    }

    @Test
    void executeAfterCloseThrowsIOException() {
        transport.close();
        transport.close(); // a second close has no further effect

        assertThatThrownBy(() -> transport.execute(TransportRequest.builder("GET", uri("/echo/closed")).build()))
                .isInstanceOf(IOException.class)
                .hasMessage("transport is closed");
    }

    @Test
    void responseReturnedBeforeCloseCanStillBeRead() throws Exception {
        TransportResponse response = get("/status/200");
        transport.close();

        try (response) {
            assertThat(response.body().readAllBytes()).asString(StandardCharsets.UTF_8)
                    .isEqualTo("{\"message\":\"status 200\"}");
        }
    }

    @Test
    void aShortBodyOfExecuteAsyncHasArrivedWholeWhenTheFutureCompletes() throws Exception {
        // The future completes on the caller's executor: a body still arriving would hold one of
        // its threads while the caller reads it.
        ExecutorService callers = Executors.newFixedThreadPool(1);
        try {
            TransportRequest request = TransportRequest.builder("GET", URI.create(baseUri(slowServer) + "/late-half")).build();
            try (TransportResponse response = transport.executeAsync(request, callers).get(10, TimeUnit.SECONDS)) {
                assertThat(response.body().available()).as("bytes of the body held when the future completed").isEqualTo(10);
                assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("early late");
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void concurrentRequestsFromEightThreadsAllSucceed() throws Exception {
        int threads = 8;
        int perThread = 50;
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
                        String path = "/echo/concurrent/" + thread + "/" + i;
                        TransportRequest request = TransportRequest.builder("POST", uri(path))
                                .body(RequestBody.of(path.getBytes(StandardCharsets.UTF_8), "text/plain"))
                                .build();
                        try (TransportResponse response = transport.execute(request)) {
                            if (response.status() == 200
                                    && new String(response.body().readAllBytes(), StandardCharsets.UTF_8).equals("ok")
                                    && new String(recorded.get(path).body(), StandardCharsets.UTF_8).equals(path)) {
                                ok++;
                            }
                        }
                    }
                    return ok;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(perThread);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers -------------------------------------------------------------------------

    /** Reads a request's line and headers, up to the empty line. */
    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b; matched < end.length && (b = in.read()) != -1; ) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private TransportResponse get(String path) throws IOException, InterruptedException {
        return transport.execute(TransportRequest.builder("GET", uri(path)).build());
    }

    private static URI uri(String pathAndQuery) {
        return URI.create(baseUri(server) + pathAndQuery);
    }

    private static URI slowUri(String pathAndQuery) {
        return URI.create(baseUri(slowServer) + pathAndQuery);
    }

    private static String baseUri(HttpServer s) {
        return "http://127.0.0.1:" + s.getAddress().getPort();
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        URI uri = exchange.getRequestURI();
        recorded.put(uri.getRawPath(), new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                exchange.getRequestHeaders(), body));
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        } else {
            respond(exchange, 200, "ok");
        }
    }

    private static void status(HttpExchange exchange) throws IOException {
        int code = Integer.parseInt(exchange.getRequestURI().getPath().substring("/status/".length()));
        exchange.getResponseHeaders().add("Retry-After", "7");
        if (code == 204) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            respond(exchange, code, "{\"message\":\"status " + code + "\"}");
        }
    }

    private static void big(HttpExchange exchange, boolean declareLength) throws IOException {
        exchange.getResponseHeaders().add("X-Size", String.valueOf(BIG_BODY));
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, declareLength ? BIG_BODY : 0); // 0: chunked
        byte[] chunk = pattern(64 * 1024);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int written = 0; written < BIG_BODY; written += chunk.length) {
                out.write(chunk);
            }
        }
        bigBodyFinished.set(true);
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] pattern(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
