package io.ciscosparkapi.transport.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The behaviour every {@link Transport} must show, checked against real HTTP servers on the
 * loopback interface. A transport is done when its subclass of this class passes whole.
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
 * byte; UTF-8, ISO-8859-1, JSON, binary, empty, multipart and large bodies streamed both ways
 * without being held whole; error statuses and {@code Retry-After} passed through untouched,
 * never thrown and never retried; connect and read timeouts; a refused connection as a
 * {@link ConnectException}; a dropped connection as an {@link IOException}, with a {@code POST}
 * never sent again; an untrusted TLS
 * certificate rejected, and accepted through the options' {@link SSLContext}; a redirect to
 * another host returned, not followed; many threads sharing one transport; and no requests after
 * {@link Transport#close()}.
 *
 * <p>The servers are {@code com.sun.net.httpserver} servers (plus a few raw sockets for broken
 * exchanges) bound to {@code 127.0.0.1} on ports the system picks; nothing leaves the machine.
 * The TLS server presents a self-signed certificate for {@code 127.0.0.1}, shipped as the
 * resource {@code conformance-server.p12} next to this class; it was made once with
 * {@code keytool -genkeypair -alias conformance -keyalg EC -groupname secp256r1
 * -validity 36500 -dname "CN=127.0.0.1" -ext SAN=ip:127.0.0.1,dns:localhost
 * -storetype PKCS12 -storepass conformance}. The connect-timeout case needs a loopback listener
 * whose backlog, once full, leaves new connections unanswered (as Linux does); where the system
 * refuses them instead, that case is skipped, not failed.
 *
 * <p>Each test gets a fresh transport from {@link #createTransport(TransportOptions)} (connect
 * timeout 2 s, read timeout 10 s unless the test needs others) and closes it afterwards. The
 * servers are started once per test class. Every case is a public method, so a subclass can
 * override one to turn it off where a transport cannot meet it (with {@code @Disabled} and the
 * reason); such a transport does not meet the contract. JUnit 5 must be on the test path of the
 * module that extends this class.
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
    private static final String KEYSTORE = "conformance-server.p12";
    private static final char[] KEYSTORE_PASSWORD = "conformance".toCharArray();
    private static final InetAddress LOOPBACK = loopback();

    /** Handles exchanges on its dispatcher thread, as the JDK's server does by default. */
    private HttpServer server;
    /** Handlers that wait or stream run here, each on a thread of its own. */
    private HttpServer pooledServer;
    private ExecutorService pooledExecutor;
    /** The other host of the redirect case. */
    private HttpServer otherServer;
    private HttpsServer tlsServer;
    private final AtomicInteger routes = new AtomicInteger();
    /** Servers and sockets a single test opened, closed after it. */
    private final List<AutoCloseable> perTest = new ArrayList<>();

    private Transport transport;

    /**
     * Creates the transport under test. Called before every test, and again by the tests that
     * need other options; each transport returned is closed by the test.
     *
     * @param options the timeouts, proxy and TLS settings the transport must honour
     * @return a new transport configured from {@code options}
     */
    protected abstract Transport createTransport(TransportOptions options);

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
     * @throws GeneralSecurityException when the TLS server's key store cannot be read
     */
    @BeforeAll
    public void startServers() throws IOException, GeneralSecurityException {
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
        tlsServer.setHttpsConfigurator(new HttpsConfigurator(serverTlsContext()));
        tlsServer.start();
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
        pooledExecutor.shutdownNow();
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
        for (AutoCloseable resource : perTest) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Best effort: the next test starts with resources of its own.
            }
        }
        perTest.clear();
    }

    // ---- methods ----------------------------------------------------------------------------

    /**
     * {@code GET} reaches the server as {@code GET}, without a body.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void getIsSentAsGetWithoutBody() throws Exception {
        Recorded seen = exchangeWithoutBody("GET");
        assertEquals("GET", seen.method());
        assertEquals(0, seen.body().length);
    }

    /**
     * {@code POST} reaches the server with its body and content type; the answer's body is read whole.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void postIsSentWithItsBody() throws Exception {
        assertEquals("POST", exchangeWithBody("POST").method());
    }

    /**
     * {@code PUT} reaches the server with its body and content type.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void putIsSentWithItsBody() throws Exception {
        assertEquals("PUT", exchangeWithBody("PUT").method());
    }

    /**
     * {@code PATCH} reaches the server with its body and content type.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void patchIsSentWithItsBody() throws Exception {
        assertEquals("PATCH", exchangeWithBody("PATCH").method());
    }

    /**
     * {@code DELETE} reaches the server as {@code DELETE}, without a body.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void deleteIsSentAsDelete() throws Exception {
        Recorded seen = exchangeWithoutBody("DELETE");
        assertEquals("DELETE", seen.method());
        assertEquals(0, seen.body().length);
    }

    /**
     * {@code OPTIONS} reaches the server as {@code OPTIONS}.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void optionsIsSentAsOptions() throws Exception {
        assertEquals("OPTIONS", exchangeWithoutBody("OPTIONS").method());
    }

    /**
     * The answer to {@code HEAD} carries its headers and an empty body.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void headAnswerHasHeadersButAnEmptyBody() throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(exchange -> {
            recorder.record(exchange);
            exchange.getResponseHeaders().add("X-Size", "12345");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });

        try (TransportResponse response = send(TransportRequest.builder("HEAD", uri).build())) {
            assertEquals(200, response.status());
            assertEquals("12345", response.headers().first("X-Size").orElse(null));
            assertEquals(-1, response.body().read(), "a HEAD answer has no body");
        }
        assertEquals("HEAD", recorder.only().method());
    }

    /**
     * A {@code 204 No Content} answer carries its headers and an empty body.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void noContentAnswerHasAnEmptyBody() throws Exception {
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("X-Deleted", "yes");
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });

        try (TransportResponse response = send(TransportRequest.builder("DELETE", uri).build())) {
            assertEquals(204, response.status());
            assertEquals("yes", response.headers().first("X-Deleted").orElse(null));
            assertEquals(-1, response.body().read(), "a 204 answer has no body");
        }
    }

    // ---- headers ----------------------------------------------------------------------------

    /**
     * Every value of a repeated request header reaches the server, in order.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void repeatedRequestHeaderValuesAllReachTheServerInOrder() throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("GET", uri)
                .header("X-Repeated", "one")
                .header("X-Repeated", "two")
                .header("x-repeated", "three")
                .build()).close();

        // A client may send them as separate fields or fold them into one; both mean the same.
        assertEquals("one, two, three", String.join(", ", recorder.only().headers("X-Repeated")));
    }

    /**
     * Request headers reach the server whatever the case of their names, {@code Authorization} included.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void requestHeadersReachTheServerWhateverTheCaseOfTheirNames() throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("GET", uri)
                .header("x-lower-case", "a")
                .header("X-UPPER-CASE", "b")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer token-123")
                .build()).close();

        Recorded seen = recorder.only();
        assertEquals(List.of("a"), seen.headers("X-Lower-Case"));
        assertEquals(List.of("b"), seen.headers("x-upper-case"));
        assertEquals(List.of("application/json"), seen.headers("accept"));
        assertEquals(List.of("Bearer token-123"), seen.headers("AUTHORIZATION"));
    }

    /**
     * Every value of a repeated response header, such as {@code Set-Cookie}, is kept, in order.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void repeatedResponseHeaderValuesAreAllKeptInOrder() throws Exception {
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "a=1; Path=/");
            exchange.getResponseHeaders().add("Set-Cookie", "b=2; Path=/");
            exchange.getResponseHeaders().add("X-Multi", "first");
            exchange.getResponseHeaders().add("X-Multi", "second");
            respond(exchange, 200, "ok");
        });

        try (TransportResponse response = send(get(uri))) {
            assertEquals(List.of("a=1; Path=/", "b=2; Path=/"), response.headers().all("Set-Cookie"));
            assertEquals(List.of("first", "second"), response.headers().all("X-Multi"));
        }
    }

    /**
     * Response headers are found whatever the case of the name asked for.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void responseHeadersAreFoundWhateverTheCaseOfTheName() throws Exception {
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("X-Mixed-Case", "value");
            exchange.getResponseHeaders().add("Retry-After", "7");
            respond(exchange, 200, "ok");
        });

        try (TransportResponse response = send(get(uri))) {
            Headers headers = response.headers();
            assertEquals("value", headers.first("x-mixed-case").orElse(null));
            assertEquals("value", headers.first("X-MIXED-CASE").orElse(null));
            assertEquals("7", headers.first("retry-after").orElse(null));
            assertTrue(headers.names().stream().noneMatch(name -> name.startsWith(":")),
                    "HTTP/2 pseudo-headers are not header fields: " + headers.names());
        }
    }

    /**
     * The path and the query string reach the server byte for byte: percent-encodings are neither decoded nor re-encoded.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void queryStringAndPathReachTheServerByteExact() throws Exception {
        Recorder recorder = new Recorder();
        URI base = route(recorder.thenRespond(200, "ok"));
        String path = base.getRawPath() + "/rooms/a%20b%2Fc/Y2lzY29zcGFyazovL3VzL1JPT00vMTIz";
        String query = "q=a%26b%3Dc&email=x%40y.example&space=a%20b&plus=1%2B1&slash=%2F&empty="
                + "&utf8=h%C3%A9llo%20%E2%9C%93&percent=100%25&hash=%23&question=%3F"
                + "&raw=a:b@c/d?e,f;g!h$i*j(k)l~m-n_o.p&max=50&before=2024-01-02T03%3A04%3A05.000Z";
        URI uri = URI.create("http://127.0.0.1:" + base.getPort() + path + "?" + query);

        send(TransportRequest.builder("GET", uri).build()).close();

        Recorded seen = recorder.only();
        assertEquals(path, seen.rawPath());
        assertEquals(query, seen.rawQuery());
    }

    // ---- bodies -----------------------------------------------------------------------------

    /**
     * A JSON body travels both ways with its content type exactly as given.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void jsonBodyTravelsWithItsContentType() throws Exception {
        String json = "{\"roomId\":\"r1\",\"markdown\":\"**hi** \\u00e9\",\"files\":[]}";
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder("POST", uri)
                .body(RequestBody.of(json.getBytes(StandardCharsets.UTF_8), "application/json;charset=utf-8"))
                .build())) {
            assertEquals(200, response.status());
            assertEquals("application/json;charset=utf-8", response.headers().first("Content-Type").orElse(null));
            assertEquals(json, new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        Recorded seen = recorder.only();
        assertEquals(List.of("application/json;charset=utf-8"), seen.headers("Content-Type"));
        assertEquals(json, new String(seen.body(), StandardCharsets.UTF_8));
    }

    /**
     * The body's content type is sent, once, even when the headers also name one.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void bodyContentTypeWinsOverAContentTypeHeader() throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("PUT", uri)
                .header("Content-Type", "text/plain")
                .body(RequestBody.of(new byte[] {1, 2, 3}, "application/octet-stream"))
                .build()).close();

        assertEquals(List.of("application/octet-stream"), recorder.only().headers("Content-Type"));
    }

    /**
     * A UTF-8 text body travels both ways byte for byte.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void utf8BodyTravelsByteExactBothWays() throws Exception {
        byte[] text = "h\u00e9llo w\u00f6rld \u2713 \ud83d\ude00 \u65e5\u672c".getBytes(StandardCharsets.UTF_8);
        assertBodyTravelsByteExact(text, "text/plain; charset=UTF-8");
    }

    /**
     * An ISO-8859-1 text body travels both ways byte for byte: no transport decodes or re-encodes text.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
    @Test
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
    @Test
    public void emptyBodyIsSentAndReceivedAsEmpty() throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder("POST", uri)
                .body(RequestBody.of(new byte[0], "application/json"))
                .build())) {
            assertEquals(200, response.status());
            assertEquals(-1, response.body().read());
        }
        Recorded seen = recorder.only();
        assertEquals(0, seen.body().length);
        String length = seen.first("Content-Length");
        assertTrue(length == null || length.equals("0"), "Content-Length of an empty body: " + length);
    }

    /**
     * A {@code POST} without a body is sent with an empty one.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void postWithoutBodyIsSentWithAnEmptyOne() throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenRespond(201, "{}"));

        try (TransportResponse response = send(TransportRequest.builder("POST", uri).build())) {
            assertEquals(201, response.status());
        }
        assertEquals(0, recorder.only().body().length);
    }

    /**
     * A multipart body, encoded as the SDK encodes file uploads, arrives byte for byte with its boundary.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenRespond(200, "{}"));

        send(TransportRequest.builder("POST", uri)
                .body(RequestBody.ofStream(() -> new ByteArrayInputStream(bytes), bytes.length, contentType))
                .build()).close();

        Recorded seen = recorder.only();
        assertEquals(List.of(contentType), seen.headers("Content-Type"));
        assertEquals(String.valueOf(bytes.length), seen.first("Content-Length"));
        assertArrayEquals(bytes, seen.body());
    }

    /**
     * A 32 MB upload is streamed from its source as it is sent, with its {@code Content-Length}, and never held whole.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
            assertEquals(200, response.status());
        }

        long[] countAndCrc = received.get(30, TimeUnit.SECONDS);
        assertEquals(LARGE_BODY, countAndCrc[0]);
        assertEquals(PatternStream.crc(LARGE_BODY), countAndCrc[1]);
        assertEquals(String.valueOf(LARGE_BODY), seenHeaders.first("Content-Length"));
    }

    /**
     * A streamed upload of unknown length is sent with chunked transfer coding.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
        assertEquals(size, countAndCrc[0]);
        assertEquals(PatternStream.crc(size), countAndCrc[1]);
        assertEquals("chunked", String.valueOf(seenHeaders.first("Transfer-Encoding")).toLowerCase(Locale.ROOT));
    }

    /**
     * A 32 MB download is handed to the caller as soon as its headers arrive and read as it comes.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
                        // caller cannot release this wait, and the test fails below.
                        awaitQuietly(callerHasHeaders, 20);
                    }
                    out.write(chunk, 0, n);
                }
                serverFinished.set(true);
            } catch (IOException clientGone) {
                // The test failed and closed the connection.
            }
        });

        try (TransportResponse response = send(get(uri))) {
            assertFalse(serverFinished.get(), "execute() returned only after the whole body was sent");
            callerHasHeaders.countDown();
            long[] countAndCrc = drain(response.body(), Long.MAX_VALUE, null);
            assertEquals(LARGE_BODY, countAndCrc[0]);
            assertEquals(PatternStream.crc(LARGE_BODY), countAndCrc[1]);
        } finally {
            callerHasHeaders.countDown();
        }
    }

    /**
     * Closing an answer's body before its end releases the connection without reading the rest, and the transport goes on working.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
            assertEquals(200, response.status());
            assertEquals(1024, response.body().readNBytes(1024).length);
        }

        assertTrue(handlerDone.await(8, TimeUnit.SECONDS), "the server is still sending: the transport is reading the rest");
        assertTrue(written.get() < total, "the whole body was read after close()");
        try (TransportResponse next = send(get(route(ex -> respond(ex, 200, "next"))))) {
            assertEquals("next", new String(next.body().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /**
     * The source stream of a streamed body is closed once the exchange is over.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenRespond(200, "ok"));

        send(TransportRequest.builder("POST", uri).body(body).build()).close();

        assertTrue(sourceClosed.get(), "the body's source stream was left open");
        assertArrayEquals(bytes, recorder.only().body());
    }

    /**
     * A body whose source fails to open makes the exchange fail with that {@link IOException}.
     */
    @Test
    public void bodySourceThatFailsToOpenSurfacesAsIOException() {
        RequestBody failing = RequestBody.ofStream(() -> {
            throw new IOException("file vanished");
        }, 10, "application/octet-stream");
        URI uri = route(exchange -> {
            drain(exchange.getRequestBody(), Long.MAX_VALUE, null);
            respond(exchange, 200, "ok");
        });

        IOException e = assertThrows(IOException.class,
                () -> send(TransportRequest.builder("POST", uri).body(failing).build()).close());
        assertTrue(causes(e).contains("file vanished"), "the source's failure is lost: " + causes(e));
    }

    // ---- statuses ---------------------------------------------------------------------------

    /**
     * {@code 400} is returned as a response, with its headers and body, not thrown.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void badRequestIsReturnedNotThrown() throws Exception {
        assertErrorStatusPassesThrough(400);
    }

    /**
     * {@code 401} is returned as a response, not answered with credentials of the transport's own.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void unauthorizedIsReturnedNotAnswered() throws Exception {
        assertErrorStatusPassesThrough(401);
    }

    /**
     * {@code 404} is returned as a response, not thrown.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void notFoundIsReturnedNotThrown() throws Exception {
        assertErrorStatusPassesThrough(404);
    }

    /**
     * {@code 409} is returned as a response, not thrown.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void conflictIsReturnedNotThrown() throws Exception {
        assertErrorStatusPassesThrough(409);
    }

    /**
     * {@code 429} is returned with its {@code Retry-After} untouched, and not retried.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void tooManyRequestsIsReturnedWithRetryAfterUntouched() throws Exception {
        assertErrorStatusPassesThrough(429);
    }

    /**
     * {@code 500} is returned as a response, and not retried.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void internalServerErrorIsReturnedNotRetried() throws Exception {
        assertErrorStatusPassesThrough(500);
    }

    /**
     * {@code 503} is returned with its {@code Retry-After} untouched, and not retried.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void serviceUnavailableIsReturnedWithRetryAfterUntouched() throws Exception {
        assertErrorStatusPassesThrough(503);
    }

    /**
     * {@code 503} with {@code Retry-After: 0} is returned, not resent at once (OkHttp resends it unless stopped).
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void serviceUnavailableWithRetryAfterZeroIsReturnedNotRetried() throws Exception {
        assertRetryAfterPassesThrough(503, "0");
    }

    /**
     * {@code 429} with {@code Retry-After: 0} is returned, not resent at once.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void tooManyRequestsWithRetryAfterZeroIsReturnedNotRetried() throws Exception {
        assertRetryAfterPassesThrough(429, "0");
    }

    /**
     * A {@code Retry-After} holding an HTTP date is passed through untouched.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void retryAfterAsAnHttpDateIsPassedThroughUntouched() throws Exception {
        assertRetryAfterPassesThrough(503, "Wed, 21 Oct 2015 07:28:00 GMT");
    }

    // ---- timeouts and broken connections ----------------------------------------------------

    /**
     * A connection that is never answered fails with an {@link IOException} after the connect timeout, not the read timeout.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void connectTimeoutSurfacesAsIOException() throws Exception {
        ServerSocket listener = new ServerSocket(0, 1, LOOPBACK);
        perTest.add(listener);
        boolean backlogFull = false;
        for (int i = 0; i < 32 && !backlogFull; i++) {
            Socket filler = new Socket();
            perTest.add(filler);
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

        try (Transport impatient = createTransport(options().connectTimeout(Duration.ofMillis(300)).build())) {
            URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/never-accepted");
            long start = System.nanoTime();
            assertThrows(IOException.class, () -> impatient.execute(get(uri)).close());
            assertTrue(elapsed(start).compareTo(Duration.ofSeconds(8)) < 0,
                    "the connect timeout was not applied: " + elapsed(start));
        }
    }

    /**
     * A server that never answers makes the exchange fail with an {@link IOException} after the options' read timeout.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void readTimeoutOfTheOptionsSurfacesAsIOException() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = pooledRoute(exchange -> {
            awaitQuietly(release, 20);
            respond(exchange, 200, "late");
        });

        try (Transport impatient = createTransport(options().readTimeout(Duration.ofMillis(300)).build())) {
            long start = System.nanoTime();
            assertThrows(IOException.class, () -> impatient.execute(get(uri)).close());
            assertTrue(elapsed(start).compareTo(Duration.ofSeconds(8)) < 0,
                    "the read timeout was not applied: " + elapsed(start));
        } finally {
            release.countDown();
        }
    }

    /**
     * A request's own timeout applies instead of the options' read timeout.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void requestTimeoutWinsOverTheOptionsReadTimeout() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = pooledRoute(exchange -> {
            awaitQuietly(release, 20);
            respond(exchange, 200, "late");
        });

        try {
            long start = System.nanoTime();
            assertThrows(IOException.class,
                    () -> send(TransportRequest.builder("GET", uri).timeout(Duration.ofMillis(300)).build()).close());
            assertTrue(elapsed(start).compareTo(Duration.ofSeconds(8)) < 0,
                    "the request's timeout was not applied: " + elapsed(start));
        } finally {
            release.countDown();
        }
    }

    /**
     * A body that stops arriving fails the read with an {@link IOException} after the timeout, instead of blocking for ever.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void stalledBodyTimesOutInsteadOfBlocking() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = stallingRoute(release, 0, "partial".getBytes(StandardCharsets.UTF_8),
                "rest".getBytes(StandardCharsets.UTF_8));

        try (TransportResponse response = send(TransportRequest.builder("GET", uri)
                .timeout(Duration.ofMillis(400)).build())) {
            InputStream body = response.body();
            // readNBytes ends with a read of zero bytes, which must return at once, not wait for more.
            assertEquals("partial", new String(body.readNBytes(7), StandardCharsets.UTF_8));
            long start = System.nanoTime();
            assertThrows(IOException.class, body::read);
            assertTrue(elapsed(start).compareTo(Duration.ofSeconds(8)) < 0,
                    "the body read was not bounded by the timeout: " + elapsed(start));
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
    @Test
    public void stalledBodyOfDeclaredLengthTimesOutInsteadOfBlocking() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        URI uri = stallingRoute(release, 100_000, new byte[20_000], new byte[80_000]);

        long start = System.nanoTime();
        try {
            assertThrows(IOException.class, () -> {
                try (TransportResponse response = send(TransportRequest.builder("GET", uri)
                        .timeout(Duration.ofMillis(400)).build())) {
                    response.body().readAllBytes();
                }
            });
            assertTrue(elapsed(start).compareTo(Duration.ofSeconds(8)) < 0,
                    "the body was not bounded by the timeout: " + elapsed(start));
        } finally {
            release.countDown();
        }
    }

    /**
     * A body that keeps flowing is read whole even when it takes longer in total than the request's timeout: after the headers, the timeout bounds each wait, not the whole body.
     *
     * @throws Exception when the exchange fails
     */
    @Test
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
            assertEquals(chunks * 1024, response.body().readAllBytes().length);
        }
    }

    /**
     * A refused connection fails with a {@link ConnectException}: the request was certainly not sent.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void refusedConnectionThrowsConnectException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = socket.getLocalPort();
        }
        URI uri = URI.create("http://127.0.0.1:" + closedPort + "/nothing-listens");

        IOException e = assertThrows(IOException.class, () -> send(get(uri)).close());
        assertInstanceOf(ConnectException.class, e,
                "a connection that was never established must be a ConnectException: " + causes(e));
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
    @Test
    public void connectionDroppedBeforeTheResponseSurfacesAsIOExceptionAndThePostIsNotResent() throws Exception {
        RawServer raw = rawServer(socket -> {
            readRequestHead(socket.getInputStream());
            socket.close();
        });

        assertThrows(IOException.class, () -> send(TransportRequest.builder("POST", raw.uri())
                .body(RequestBody.of("{\"text\":\"once\"}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .build()).close());
        assertEquals(1, raw.connections(), "the POST was sent again");
    }

    /**
     * A connection dropped in the middle of a body fails with an {@link IOException}; a body cut short never reads as complete.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void connectionDroppedMidBodySurfacesAsIOException() throws Exception {
        RawServer raw = rawServer(socket -> {
            readRequestHead(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 1000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[10]);
            out.flush();
            socket.close();
        });

        // Either execute() or the read fails; a body cut short must never read as a complete one.
        assertThrows(IOException.class, () -> {
            try (TransportResponse response = send(get(raw.uri()))) {
                response.body().readAllBytes();
            }
        });
    }

    // ---- TLS --------------------------------------------------------------------------------

    /**
     * A server whose certificate the JDK does not trust is refused by default.
     */
    @Test
    public void untrustedCertificateIsRejected() {
        URI uri = tlsRoute(exchange -> respond(exchange, 200, "secret"));

        assertThrows(IOException.class, () -> send(get(uri)).close());
    }

    /**
     * A server trusted by the options' {@link SSLContext} is accepted.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void certificateTrustedByTheOptionsSslContextIsAccepted() throws Exception {
        URI uri = tlsRoute(exchange -> respond(exchange, 200, "secure"));

        try (Transport trusting = createTransport(options().sslContext(clientTlsContext()).build());
             TransportResponse response = trusting.execute(get(uri))) {
            assertEquals(200, response.status());
            assertEquals("secure", new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    // ---- redirects, concurrency, closing ----------------------------------------------------

    /**
     * A redirect to another host is returned as it is and never followed, so the {@code Authorization} header never reaches that host.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void redirectToAnotherHostIsReturnedNotFollowed() throws Exception {
        AtomicInteger otherHostRequests = new AtomicInteger();
        String otherContext = "/elsewhere-" + routes.incrementAndGet();
        otherServer.createContext(otherContext, exchange -> {
            otherHostRequests.incrementAndGet();
            respond(exchange, 200, "stolen");
        });
        String location = "http://127.0.0.1:" + otherServer.getAddress().getPort() + otherContext + "/target";
        URI uri = route(exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });

        try (TransportResponse response = send(TransportRequest.builder("GET", uri)
                .header("Authorization", "Bearer secret-token")
                .build())) {
            assertEquals(302, response.status());
            assertEquals(location, response.headers().first("Location").orElse(null));
        }
        assertEquals(0, otherHostRequests.get(), "the redirect was followed, Authorization included");
    }

    /**
     * Eight threads sending 50 requests each through one transport all get their own answers.
     *
     * @throws Exception when the exchange fails
     */
    @Test
    public void eightThreadsSharingOneTransportAllGetTheirOwnAnswers() throws Exception {
        int threads = 8;
        int perThread = 50;
        URI uri = route(new Recorder().thenEcho());
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
                        try (TransportResponse response = transport.execute(request)) {
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
                assertEquals(perThread, result.get(45, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * After {@link Transport#close()} (twice, to no further effect), {@code execute} fails with an {@link IOException}.
     */
    @Test
    public void executeAfterCloseThrowsIOException() {
        URI uri = route(exchange -> respond(exchange, 200, "ok"));
        transport.close();
        transport.close(); // a second close has no further effect

        assertThrows(IOException.class, () -> send(get(uri)).close());
    }

    // ---- shared checks ----------------------------------------------------------------------

    private Recorded exchangeWithoutBody(String method) throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenRespond(200, "answer to " + method));

        try (TransportResponse response = send(TransportRequest.builder(method, uri).build())) {
            assertEquals(200, response.status());
            assertEquals("answer to " + method, new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        return recorder.only();
    }

    private Recorded exchangeWithBody(String method) throws Exception {
        byte[] json = ("{\"method\":\"" + method + "\"}").getBytes(StandardCharsets.UTF_8);
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder(method, uri)
                .body(RequestBody.of(json, "application/json"))
                .build())) {
            assertEquals(200, response.status());
            assertArrayEquals(json, response.body().readAllBytes());
        }
        Recorded seen = recorder.only();
        assertArrayEquals(json, seen.body());
        assertEquals(List.of("application/json"), seen.headers("Content-Type"));
        return seen;
    }

    private void assertBodyTravelsByteExact(byte[] bytes, String contentType) throws Exception {
        Recorder recorder = new Recorder();
        URI uri = route(recorder.thenEcho());

        try (TransportResponse response = send(TransportRequest.builder("POST", uri)
                .body(RequestBody.of(bytes, contentType))
                .build())) {
            assertEquals(200, response.status());
            assertEquals(contentType, response.headers().first("Content-Type").orElse(null));
            assertArrayEquals(bytes, response.body().readAllBytes(), "the body the server sent back");
        }
        Recorded seen = recorder.only();
        assertEquals(List.of(contentType), seen.headers("Content-Type"));
        assertArrayEquals(bytes, seen.body(), "the body the server received");
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
                .header("Authorization", "Bearer token")
                .body(RequestBody.of("{}".getBytes(StandardCharsets.UTF_8), "application/json"))
                .build())) {
            assertEquals(status, response.status());
            assertEquals(List.of("7"), response.headers().all("Retry-After"));
            assertEquals("ROUTER_" + status, response.headers().first("TrackingId").orElse(null));
            assertEquals(json, new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(1, requests.get(), "the request was sent more than once");
    }

    private void assertRetryAfterPassesThrough(int status, String retryAfter) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        URI uri = route(exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
            respond(exchange, status, "{\"message\":\"later\"}");
        });

        try (TransportResponse response = send(get(uri))) {
            assertEquals(status, response.status());
            assertEquals(List.of(retryAfter), response.headers().all("Retry-After"));
            assertEquals("{\"message\":\"later\"}", new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(1, requests.get(), "the request was sent more than once");
    }

    // ---- helpers ----------------------------------------------------------------------------

    private TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        TransportResponse response = transport.execute(request);
        assertNotNull(response, "execute() returned null");
        return response;
    }

    private static TransportRequest get(URI uri) {
        return TransportRequest.builder("GET", uri).build();
    }

    private static TransportOptions.Builder options() {
        return TransportOptions.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10));
    }

    private URI route(HttpHandler handler) {
        return register(server, "http", handler);
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

    private URI pooledRoute(HttpHandler handler) {
        return register(pooledServer, "http", handler);
    }

    private URI tlsRoute(HttpHandler handler) {
        return register(tlsServer, "https", handler);
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

    private RawServer rawServer(SocketHandler handler) throws IOException {
        RawServer raw = new RawServer(handler);
        perTest.add(raw);
        return raw;
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
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

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int total = 0; total < 65_536 && matched < end.length; total++) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private static void writeAscii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String causes(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    private static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private static KeyStore keyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = TransportConformanceTest.class.getResourceAsStream(KEYSTORE)) {
            Objects.requireNonNull(in, "resource " + KEYSTORE + " is missing");
            store.load(in, KEYSTORE_PASSWORD);
        }
        return store;
    }

    private static SSLContext serverTlsContext() throws IOException, GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), KEYSTORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A client context that trusts the conformance server's self-signed certificate alone. */
    private static SSLContext clientTlsContext() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("conformance", keyStore().getCertificate("conformance"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    // ---- test fixtures ----------------------------------------------------------------------

    /** What the server saw of one request. */
    private record Recorded(String method, String rawPath, String rawQuery, Map<String, List<String>> headerMap,
                            byte[] body) {

        List<String> headers(String name) {
            return headerMap.getOrDefault(name, List.of());
        }

        String first(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.get(0);
        }
    }

    /** Records the requests a route receives. */
    private static final class Recorder {
        private final ConcurrentLinkedQueue<Recorded> seen = new ConcurrentLinkedQueue<>();

        Recorded record(HttpExchange exchange) throws IOException {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
            URI uri = exchange.getRequestURI();
            Recorded recorded = new Recorded(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body);
            seen.add(recorded);
            return recorded;
        }

        HttpHandler thenRespond(int status, String text) {
            return exchange -> {
                record(exchange);
                respond(exchange, status, text);
            };
        }

        /** Answers with the request's own body and content type. */
        HttpHandler thenEcho() {
            return exchange -> {
                byte[] body = record(exchange).body();
                String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
                if (contentType != null) {
                    exchange.getResponseHeaders().add("Content-Type", contentType);
                }
                if (exchange.getRequestMethod().equals("HEAD")) {
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            };
        }

        Recorded only() {
            List<Recorded> all = List.copyOf(seen);
            if (all.size() != 1) {
                fail("expected exactly one request, the server saw " + all.size());
            }
            return all.get(0);
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

    /** What a raw server does with one accepted connection. */
    @FunctionalInterface
    private interface SocketHandler {
        void handle(Socket socket) throws IOException;
    }

    /** A server on a plain loopback socket, for exchanges an HTTP server will not break. */
    private static final class RawServer implements AutoCloseable {
        private final ServerSocket listener;
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor;

        RawServer(SocketHandler handler) throws IOException {
            listener = new ServerSocket(0, 50, LOOPBACK);
            acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket socket = listener.accept()) {
                        connections.incrementAndGet();
                        handler.handle(socket);
                    } catch (IOException closedOrBroken) {
                        // The listener was closed, or the client went away.
                    }
                }
            }, "conformance-raw-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/raw");
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }
}
