package io.ciscosparkapi.bot;

import static io.ciscosparkapi.bot.FakeWorld.next;
import static io.ciscosparkapi.bot.FakeWorld.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.Webhooks;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Room;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded receiver over loopback: slow and oversized senders, methods, TLS and a port in use. */
class EmbeddedReceiverTest {

    private FakeWorld world;
    private Room room;
    private final BlockingQueue<String> handled = queue();

    @BeforeEach
    void setUp() {
        world = new FakeWorld();
        room = world.groupRoomWithTheBot("Receiver");
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private SparkBot.Builder builder() {
        return SparkBot.builder(world.botApi).webhookSecret(FakeWorld.SECRET)
                .command("/ping", ctx -> handled.add(ctx.args()));
    }

    private SparkBot startOnLoopback(SparkBot.Builder builder) {
        return world.start(builder.build(), 0);
    }

    private String delivery(String text) {
        Message m = world.aliceApi.messages().create(r -> r.roomId(room.id())
                .markdown("<@personId:" + world.botUser.id() + "|Concierge> " + text));
        return "{\"id\":\"WH\",\"resource\":\"messages\",\"event\":\"created\",\"data\":{\"id\":\"" + m.id()
                + "\",\"roomId\":\"" + room.id() + "\",\"personId\":\"" + world.alice.id() + "\"}}";
    }

    private static String signature(String body) {
        return Webhooks.signature(body.getBytes(StandardCharsets.UTF_8), FakeWorld.SECRET);
    }

    private static Socket connect(SparkBot bot) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), bot.address().getPort());
        s.setSoTimeout((int) FakeWorld.WAIT.toMillis());
        return s;
    }

    /** Reads until the server closes the connection; fails if it stays open for the whole wait. */
    private static void assertClosedByTheServer(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        try {
            while (in.read() != -1) {
                // whatever the server said before closing
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the receiver kept a slow sender's connection open for " + FakeWorld.WAIT, e);
        } catch (SocketException reset) {
            // closed with a reset: closed all the same
        }
    }

    private static String statusLine(Socket s) throws IOException {
        StringBuilder line = new StringBuilder();
        InputStream in = s.getInputStream();
        for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    @Test
    void sendersThatTrickleTheirRequestAreCutOffAndHoldNoReceiverThread() throws Exception {
        SparkBot bot = startOnLoopback(builder().readTimeout(Duration.ofMillis(300)));
        String body = delivery("/ping through");
        List<Socket> slow = new ArrayList<>();
        try {
            // More slow senders than the receiver has threads: some stall in their headers, some in their body.
            for (int i = 0; i < 6; i++) {
                Socket s = connect(bot);
                OutputStream out = s.getOutputStream();
                if (i % 2 == 0) {
                    out.write("POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(("POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n{\"id\"")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                slow.add(s);
            }

            CompletableFuture<Integer> honest = CompletableFuture.supplyAsync(
                    () -> world.post(bot, body, signature(body)));

            for (Socket s : slow) {
                assertClosedByTheServer(s);
            }
            assertThat(honest.get(FakeWorld.WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .isEqualTo(DeliveryResult.ACCEPTED.status());
            assertThat(next(handled)).isEqualTo("through");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aBodyDeclaredOverTheCapIsAnswered413WithoutBeingRead() throws Exception {
        SparkBot bot = startOnLoopback(builder().maxBodyBytes(1024));
        try (Socket s = connect(bot)) {
            s.getOutputStream().write(("POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();

            assertThat(statusLine(s)).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aChunkedBodyOverTheCapIsAnswered413() throws Exception {
        SparkBot bot = startOnLoopback(builder().maxBodyBytes(1024));
        try (Socket s = connect(bot)) {
            String chunk = "x".repeat(2000);
            s.getOutputStream().write(("POST /webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();

            assertThat(statusLine(s)).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void onlyPostIsTaken() throws Exception {
        SparkBot bot = startOnLoopback(builder());
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<Void> get = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + bot.address().getPort() + "/webhooks")).GET().build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void anySignedPostIsTakenWhateverItsPath() {
        SparkBot bot = startOnLoopback(builder());
        String body = delivery("/ping anywhere");

        assertThat(world.post(bot, body, signature(body))).isEqualTo(DeliveryResult.ACCEPTED.status());
    }

    @Test
    void withAnSslContextTheReceiverServesHttps(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("bot.p12");
        char[] password = "changeit".toCharArray();
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "bot", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            ks.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, tmf.getTrustManagers(), null);

        SparkBot bot = startOnLoopback(builder().tls(server));
        String body = delivery("/ping secure");
        HttpResponse<Void> response = HttpClient.newBuilder().sslContext(client).build().send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + bot.address().getPort() + "/webhooks"))
                        .header(Webhooks.SIGNATURE_HEADER, signature(body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(DeliveryResult.ACCEPTED.status());
        assertThat(next(handled)).isEqualTo("secure");
    }

    @Test
    void aPortInUseIsSaidSoAndTheBotCanStartElsewhere() throws Exception {
        SparkBot bot = builder().build();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), taken.getLocalPort());

            assertThatThrownBy(() -> bot.start(address)).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort())).hasMessageContaining("in use");
            assertThatThrownBy(bot::me).isInstanceOf(IllegalStateException.class);
        }
        world.start(bot, 0);
        assertThat(bot.me().id()).isEqualTo(world.botUser.id());
    }
}
