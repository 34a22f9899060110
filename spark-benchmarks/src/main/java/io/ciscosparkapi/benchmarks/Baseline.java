package io.ciscosparkapi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The bare client every SDK number is divided by: {@link HttpClient} and Jackson's streaming
 * parser, doing the same HTTP work as the SDK with nothing else: the {@code Authorization}
 * header, a status check, the items read field by field, {@code Link: <...>; rel="next"}
 * followed. No retries, no models, no checks beyond the status.
 *
 * <p>Thread-safe: one instance may be shared like one SDK client.
 */
public final class Baseline implements AutoCloseable {

    /** The fields of one listed item, as the baseline keeps them. */
    public record Item(String id, String roomId, String personEmail, String text, String created) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final HttpClient client;
    private final String base;
    private final String authorization;

    /**
     * Creates the baseline.
     *
     * @param baseUrl the API base URL ending in {@code /v1/}
     * @param token the access token
     */
    public Baseline(URI baseUrl, String token) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
        this.base = withSlash(baseUrl);
        this.authorization = "Bearer " + token;
    }

    /**
     * The base URL as text ending in {@code /}, which every bare client resolves its paths against.
     *
     * @param baseUrl the API base URL
     * @return its text, with a trailing slash
     */
    static String withSlash(URI baseUrl) {
        String b = baseUrl.toString();
        return b.endsWith("/") ? b : b + "/";
    }

    /**
     * The first page of a room's messages, as every bare client asks for it.
     *
     * @param base the base URL ending in {@code /}
     * @param roomId the room
     * @param max the page size asked for
     * @return the page's URL
     */
    static URI firstPage(String base, String roomId, int max) {
        return URI.create(base + "messages?roomId=" + URLEncoder.encode(roomId, StandardCharsets.UTF_8) + "&max=" + max);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    private HttpResponse<InputStream> send(HttpRequest request, int expected) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != expected) {
            try (InputStream in = response.body()) {
                throw new IOException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + ": " + new String(in.readNBytes(500), StandardCharsets.UTF_8));
            }
        }
        return response;
    }

    /**
     * Lists every message of a room, page by page.
     *
     * @param roomId the room
     * @param max the page size asked for
     * @param sink receives each item
     * @return how many items were read
     * @throws IOException on any failure
     */
    public long listMessages(String roomId, int max, Consumer<Item> sink) throws IOException {
        URI next = firstPage(base, roomId, max);
        long count = 0;
        while (next != null) {
            HttpResponse<InputStream> response = send(request(next).GET().build(), 200);
            count += readPage(response.body(), sink);
            next = nextLink(next, response.headers().allValues("Link"));
        }
        return count;
    }

    /**
     * Reads one page of a listing to its end, as every bare client does: each item's fields read
     * with the streaming parser; closes the body.
     *
     * @param body the page's body
     * @param sink receives each item
     * @return how many items the page held
     * @throws IOException when the body cannot be read or is not one JSON object
     */
    static long readPage(InputStream body, Consumer<Item> sink) throws IOException {
        try (InputStream in = body; JsonParser p = JSON.createParser(in)) {
            long count = readItems(p, sink);
            toEnd(p);
            return count;
        }
    }

    static long readItems(JsonParser p, Consumer<Item> sink) {
        long count = 0;
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalStateException("expected a JSON object");
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (!"items".equals(name) || t != JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                sink.accept(readItem(p));
                count++;
            }
        }
        return count;
    }

    private static Item readItem(JsonParser p) {
        String id = null;
        String roomId = null;
        String personEmail = null;
        String text = null;
        String created = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            String value = p.getString();
            switch (name) {
                case "id" -> id = value;
                case "roomId" -> roomId = value;
                case "personEmail" -> personEmail = value;
                case "text" -> text = value;
                case "created" -> created = value;
                default -> {
                    // read and dropped, as a hand-written client would
                }
            }
        }
        return new Item(id, roomId, personEmail, text, created);
    }

    static URI nextLink(URI current, List<String> links) {
        for (String header : links) {
            for (String part : header.split(",")) {
                int open = part.indexOf('<');
                int close = part.indexOf('>', open + 1);
                if (open >= 0 && close > open && part.substring(close).contains("rel=\"next\"")) {
                    return current.resolve(part.substring(open + 1, close).trim());
                }
            }
        }
        return null;
    }

    /**
     * GETs {@code people/me} and reads its fields.
     *
     * @return the id
     * @throws IOException on any failure
     */
    public String me() throws IOException {
        HttpResponse<InputStream> response = send(request(URI.create(base + "people/me")).GET().build(), 200);
        return readId(response.body());
    }

    /**
     * POSTs a text message.
     *
     * @param roomId the room
     * @param text the text
     * @return the new message's id
     * @throws IOException on any failure
     */
    public String createMessage(String roomId, String text) throws IOException {
        byte[] body;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(128);
        try (var g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("roomId", roomId);
            g.writeStringProperty("text", text);
            g.writeEndObject();
        }
        body = out.toByteArray();
        HttpRequest request = request(URI.create(base + "messages"))
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return readId(send(request, 200).body());
    }

    /**
     * Reads a JSON object's {@code id}, the other fields read and dropped, to the body's end;
     * closes the body.
     *
     * @param body the response body
     * @return the id, or {@code null} when there is none
     * @throws IOException when the body is not one JSON object
     */
    static String readId(InputStream body) throws IOException {
        String id = null;
        try (InputStream in = body; JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if ("id".equals(name)) {
                    id = p.getString();
                } else {
                    p.getString();
                }
            }
            toEnd(p);
        }
        return id;
    }

    /**
     * Reads to the end of the body, as the SDK does. Closing the JDK client's body stream before
     * its end closes the connection, so a client that stops at the last brace pays for a new
     * connection on every request (and meets the client's races on closed connections).
     */
    static void toEnd(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new IOException("content after the JSON object");
        }
    }

    /** Drops the client (its threads end once it is unreachable on Java 17). */
    @Override
    public void close() {
        // HttpClient.close() only exists from Java 21 on.
    }
}
