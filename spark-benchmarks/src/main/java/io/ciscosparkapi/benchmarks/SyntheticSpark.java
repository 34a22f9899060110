package io.ciscosparkapi.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A tiny loopback server that answers {@code GET /v1/messages} of one room with pages of
 * synthetic messages made on the fly, so that listings of any length cost the server no
 * memory: {@code max} (capped at 1000, as Spark does for messages), an offset cursor and an
 * absolute {@code Link: <...>; rel="next"} header, as the fake Spark pages. It also answers
 * {@code GET /v1/people/me}. Every request needs {@code Authorization: Bearer <token>}.
 *
 * <p>The fake Spark keeps every message as objects and rebuilds the whole room for each page, so
 * it cannot serve a million messages in bounded time or memory; this server can.
 */
public final class SyntheticSpark implements AutoCloseable {

    /** The one room this server knows. */
    public static final String ROOM_ID = "Y2lzY29zcGFyazovL3VzL1JPT00vYmVuY2htYXJrLXJvb20";
    /** The access token it accepts. */
    public static final String TOKEN = "synthetic-benchmark-token";
    private static final String PERSON_ID = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9iZW5jaG1hcmstdXNlcg";
    private static final byte[] ME = ("{\"id\":\"" + PERSON_ID + "\",\"emails\":[\"bench@example.com\"],"
            + "\"displayName\":\"Bench Mark\",\"orgId\":\"Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9iZW5jaA\","
            + "\"created\":\"2026-01-01T00:00:00.000Z\",\"type\":\"person\"}").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final long total;
    private final URI baseUrl;

    private SyntheticSpark(long total) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.total = total;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/", this::serve);
        server.start();
        this.baseUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
    }

    /**
     * Starts a server whose room holds {@code total} messages.
     *
     * @param total how many messages the room lists
     * @return the running server
     * @throws IOException when no loopback port can be bound
     */
    public static SyntheticSpark start(long total) throws IOException {
        return new SyntheticSpark(total);
    }

    /**
     * The base URL, {@code http://127.0.0.1:PORT/v1/}.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return baseUrl;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.transferTo(OutputStream.nullOutputStream());
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (!("Bearer " + TOKEN).equals(auth)) {
                reply(exchange, 401, "{\"message\":\"The request requires a valid access token.\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/v1/people/me")) {
                reply(exchange, 200, ME);
            } else if (method.equals("GET") && path.equals("/v1/messages")) {
                listMessages(exchange);
            } else {
                reply(exchange, 404, "{\"message\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void listMessages(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (!ROOM_ID.equals(query.get("roomId"))) {
            reply(exchange, 404, "{\"message\":\"The requested room was not found.\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        int max = query.containsKey("max") ? Math.min(1000, Integer.parseInt(query.get("max"))) : 100;
        long start = query.containsKey("cursor") ? Long.parseLong(query.get("cursor")) : 0;
        long end = Math.min(total, start + max);
        ByteArrayOutputStream out = new ByteArrayOutputStream(max * 420);
        StringBuilder sb = new StringBuilder(512);
        out.writeBytes("{\"items\":[".getBytes(StandardCharsets.UTF_8));
        for (long i = start; i < end; i++) {
            sb.setLength(0);
            if (i > start) {
                sb.append(',');
            }
            // newest first, as Spark lists messages; made with plain appends so that the
            // server's share of each listing stays small
            long n = total - 1 - i;
            sb.append("{\"id\":\"Y2lzY29zcGFyazovL3VzL01FU1NBR0UvYmVuY2htYXJr").append(n)
                    .append("\",\"roomId\":\"").append(ROOM_ID)
                    .append("\",\"roomType\":\"group\",\"text\":\"benchmark message number ").append(n)
                    .append("\",\"personId\":\"").append(PERSON_ID)
                    .append("\",\"personEmail\":\"bench@example.com\",\"created\":\"");
            timestamp(sb, n);
            sb.append("\"}");
            out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        if (end < total) {
            exchange.getResponseHeaders().add("Link", "<" + baseUrl + "messages?roomId=" + ROOM_ID + "&max=" + max
                    + "&cursor=" + end + ">; rel=\"next\"");
        }
        reply(exchange, 200, out.toByteArray());
    }

    /** Appends {@code 2026-01-01T00:00:00.000Z} plus {@code millis} (within one day), cheaply. */
    private static void timestamp(StringBuilder sb, long millis) {
        long ms = millis % 86_400_000L;
        sb.append("2026-01-01T");
        two(sb, ms / 3_600_000L);
        sb.append(':');
        two(sb, ms / 60_000L % 60);
        sb.append(':');
        two(sb, ms / 1000 % 60);
        sb.append('.');
        long frac = ms % 1000;
        sb.append(frac < 100 ? (frac < 10 ? "00" : "0") : "").append(frac).append('Z');
    }

    private static void two(StringBuilder sb, long v) {
        sb.append(v < 10 ? "0" : "").append(v);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    /** Stops serving. */
    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Serves until killed: {@code SyntheticSpark [messages]}; prints the base URL, token and room.
     *
     * @param args the message count (default 1,000,000)
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        SyntheticSpark s = start(total);
        System.out.println("SPARK_BASE_URL=" + s.baseUrl());
        System.out.println("SPARK_ACCESS_TOKEN=" + TOKEN);
        System.out.println("SPARK_ROOM_ID=" + ROOM_ID);
        System.out.flush();
    }
}
