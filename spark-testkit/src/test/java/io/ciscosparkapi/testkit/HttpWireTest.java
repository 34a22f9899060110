package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fake over HTTP/1.1 as a client sees it on the wire: one connection carries many requests,
 * bodies come framed by length or in chunks, and what cannot be read is refused.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpWireTest {

    private FakeSpark spark;
    private URI base;
    private String token;

    @BeforeEach
    void start() {
        spark = FakeSpark.create();
        base = spark.startHttp();
        token = spark.admin().token();
    }

    @AfterEach
    void stop() {
        spark.close();
    }

    /** One response read off a connection. */
    private record Reply(String head, String body) {
        int status() {
            return Integer.parseInt(head.substring(9, 12));
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one response: its head, then Content-Length bytes (none for HEAD). */
    private static Reply read(Socket socket, boolean head) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!bytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection ended within a head: " + bytes);
            }
            bytes.write(b);
        }
        String text = bytes.toString(StandardCharsets.ISO_8859_1);
        Reply reply = new Reply(text, "");
        String length = reply.header("Content-Length");
        if (head || length == null) {
            return reply;
        }
        byte[] body = in.readNBytes(Integer.parseInt(length));
        return new Reply(text, new String(body, StandardCharsets.UTF_8));
    }

    private String get(String path) {
        return "GET /v1/" + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                + "\r\n\r\n";
    }

    @Test
    void oneConnectionCarriesRequestAfterRequestEvenWhenTheyArriveTogether() throws IOException {
        try (Socket socket = connect()) {
            send(socket, get("people/me"));
            Reply first = read(socket, false);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body()).contains(spark.admin().id());
            send(socket, get("roles") + get("licenses"));
            assertThat(read(socket, false).body()).contains("\"items\"");
            Reply third = read(socket, false);
            assertThat(third.status()).isEqualTo(200);
            assertThat(third.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
            assertThat(third.header("TrackingID")).startsWith("ROUTER_");
            assertThat(third.header("Date")).endsWith(" GMT");
        }
    }

    @Test
    void aChunkedBodyIsReadWholeAndTheConnectionStaysOpen() throws IOException {
        String json = "{\"title\":\"Chunked room\"}";
        try (Socket socket = connect()) {
            send(socket, "POST /v1/rooms HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(10) + "\r\n" + json.substring(0, 10) + "\r\n"
                    + Integer.toHexString(json.length() - 10) + ";ext=1\r\n" + json.substring(10) + "\r\n0\r\n\r\n");
            Reply created = read(socket, false);
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.body()).contains("\"title\":\"Chunked room\"");
            send(socket, get("rooms"));
            assertThat(read(socket, false).body()).contains("Chunked room");
        }
    }

    @Test
    void aClientThatExpectsContinueIsToldToSendItsBody() throws IOException {
        String json = "{\"title\":\"Continued\"}";
        try (Socket socket = connect()) {
            send(socket, "POST /v1/rooms HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                    + json.length() + "\r\n\r\n");
            Reply interim = read(socket, true);
            assertThat(interim.status()).isEqualTo(100);
            send(socket, json);
            Reply created = read(socket, false);
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.body()).contains("Continued");
        }
    }

    @Test
    void headAnswersTheLengthOfTheBodyItLeavesOut() throws IOException {
        try (Socket socket = connect()) {
            send(socket, get("people/me").replaceFirst("GET", "HEAD"));
            Reply head = read(socket, true);
            assertThat(head.status()).isEqualTo(200);
            assertThat(Integer.parseInt(head.header("Content-Length"))).isPositive();
            send(socket, get("people/me"));
            Reply me = read(socket, false);
            assertThat(me.body().getBytes(StandardCharsets.UTF_8)).hasSize(Integer.parseInt(head.header("Content-Length")));
        }
    }

    @Test
    void aDeleteAnswers204WithNoBodyAndNoLength() throws IOException {
        try (Socket socket = connect()) {
            String json = "{\"title\":\"Doomed\"}";
            send(socket, "POST /v1/rooms HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
            String body = read(socket, false).body();
            String roomId = body.substring(body.indexOf("\"id\":\"") + 6, body.indexOf('"', body.indexOf("\"id\":\"") + 6));
            send(socket, get("rooms/" + roomId).replaceFirst("GET", "DELETE"));
            Reply deleted = read(socket, true);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(deleted.header("Content-Length")).isNull();
            send(socket, get("rooms/" + roomId));
            assertThat(read(socket, false).status()).isEqualTo(404);
        }
    }

    @Test
    void connectionCloseAndHttp10AreAnsweredThenTheConnectionEnds() throws IOException {
        try (Socket socket = connect()) {
            send(socket, get("people/me").replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"));
            Reply reply = read(socket, false);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Connection")).isEqualTo("close");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        try (Socket socket = connect()) {
            send(socket, get("people/me").replace("HTTP/1.1", "HTTP/1.0"));
            assertThat(read(socket, false).status()).isEqualTo(200);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void whatIsNotAnHttpRequestIsRefusedWith400AndTheConnectionEnds() throws IOException {
        for (String garbage : new String[] {"HELLO\r\n\r\n", "GET /v1/people/me?x=| HTTP/1.1\r\nHost: h\r\n\r\n",
            "POST /v1/rooms HTTP/1.1\r\nHost: h\r\nContent-Length: ten\r\n\r\n", "GET /v1/people/me HTTP/1.1\r\nNo colon\r\n\r\n"}) {
            try (Socket socket = connect()) {
                send(socket, garbage);
                Reply refused = read(socket, false);
                assertThat(refused.status()).as(garbage).isEqualTo(400);
                assertThat(refused.head()).startsWith("HTTP/1.1 400 Bad Request\r\n");
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
        }
        try (Socket socket = connect()) {
            send(socket, "GET /v1/people/me HTTP/2.0\r\n\r\n");
            assertThat(read(socket, false).status()).isEqualTo(505);
        }
    }

    @Test
    void aDroppedConnectionFaultClosesTheConnectionWithoutAnAnswer() throws IOException {
        spark.faults().dropConnection("GET", ".*people/me", 1);
        try (Socket socket = connect()) {
            send(socket, get("people/me"));
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        try (Socket socket = connect()) {
            send(socket, get("people/me"));
            assertThat(read(socket, false).status()).isEqualTo(200);
        }
    }

    @Test
    void theStatusLineCarriesTheReasonPhrase() throws IOException {
        try (Socket socket = connect()) {
            send(socket, get("people/nobody"));
            Reply missing = read(socket, false);
            assertThat(missing.head().toLowerCase(Locale.ROOT)).startsWith("http/1.1 404 not found\r\n");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeTheClientIsToldToSendIt() throws IOException {
        try (Socket socket = connect()) {
            send(socket, "POST /v1/rooms HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                    + (129L * 1024 * 1024) + "\r\n\r\n");
            Reply refused = read(socket, false);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(spark.journal().requests()).isEmpty();
    }

    @Test
    void anHttp10ClientGetsNoInterimAnswerAndKeepsItsConnectionWhenItAsks() throws IOException {
        String json = "{\"title\":\"Old client\"}";
        try (Socket socket = connect()) {
            // Expect: 100-continue means nothing to HTTP/1.0: the body follows the head at once.
            send(socket, "POST /v1/rooms HTTP/1.0\r\nHost: " + base.getAuthority() + "\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nExpect: 100-continue"
                    + "\r\nContent-Length: " + json.length() + "\r\n\r\n" + json);
            Reply created = read(socket, false);
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.body()).contains("Old client");
            assertThat(created.header("Connection")).isEqualTo("keep-alive");
            send(socket, get("rooms").replace("HTTP/1.1", "HTTP/1.0"));
            Reply listed = read(socket, false);
            assertThat(listed.body()).contains("Old client");
            assertThat(listed.header("Connection")).isEqualTo("close");
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }
}
