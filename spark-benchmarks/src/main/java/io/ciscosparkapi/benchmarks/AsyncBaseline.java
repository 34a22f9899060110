package io.ciscosparkapi.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * What a hand-written async client does without the SDK: {@code HttpClient.sendAsync} with the
 * JDK's defaults (its own executor), each body received whole and read with Jackson 3's
 * streaming parser, the pages of a listing fetched one after another by following the
 * {@code Link} header. The same HTTP work as the SDK's async calls, none of their checks.
 */
final class AsyncBaseline implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .build();
    private final String base;
    private final String authorization;

    AsyncBaseline(URI baseUrl, String token) {
        this.base = Baseline.withSlash(baseUrl);
        this.authorization = "Bearer " + token;
    }

    /** POSTs a text message; the future gives its id. */
    CompletableFuture<String> createMessage(String roomId, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (var g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("roomId", roomId);
            g.writeStringProperty("text", text);
            g.writeEndObject();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "messages"))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    expect(200, request, response);
                    try {
                        return Baseline.readId(new ByteArrayInputStream(response.body()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Lists every message of a room, page after page; the future gives them all. */
    CompletableFuture<List<Baseline.Item>> listMessages(String roomId, int max) {
        URI first = Baseline.firstPage(base, roomId, max);
        return page(first, new ArrayList<>());
    }

    private CompletableFuture<List<Baseline.Item>> page(URI uri, List<Baseline.Item> items) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenCompose(response -> {
            expect(200, request, response);
            try (JsonParser p = JSON.createParser(response.body())) {
                Baseline.readItems(p, items::add);
                Baseline.toEnd(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            URI next = Baseline.nextLink(uri, response.headers().allValues("Link"));
            return next == null ? CompletableFuture.completedFuture(items) : page(next, items);
        });
    }

    private static void expect(int status, HttpRequest request, HttpResponse<byte[]> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    /** Drops the client (its threads end once it is unreachable on Java 17). */
    @Override
    public void close() {
        // HttpClient.close() only exists from Java 21 on.
    }
}
