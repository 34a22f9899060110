package io.ciscosparkapi.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A bare OkHttp client listing messages with Jackson's streaming parser, as {@link Baseline} does
 * with {@code java.net.http}: the {@code Authorization} header, a status check, each item's fields
 * read, each body read to its end, {@code Link: <...>; rel="next"} followed, nothing else. The
 * client-CPU scenario compares the SDK with it, the fastest bare client there is here.
 *
 * <p>Thread-safe.
 */
public final class BareOkHttp implements AutoCloseable {

    private final OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
    private final String base;
    private final String authorization;

    /**
     * Creates the client.
     *
     * @param baseUrl the API base URL ending in {@code /v1/}
     * @param token the access token
     */
    public BareOkHttp(URI baseUrl, String token) {
        this.base = Baseline.withSlash(baseUrl);
        this.authorization = "Bearer " + token;
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
    public long listMessages(String roomId, int max, Consumer<Baseline.Item> sink) throws IOException {
        URI next = Baseline.firstPage(base, roomId, max);
        long count = 0;
        while (next != null) {
            Request request = new Request.Builder().url(next.toString())
                    .header("Authorization", authorization)
                    .header("Accept", "application/json")
                    .build();
            try (Response response = client.newCall(request).execute()) {
                if (response.code() != 200) {
                    throw new IOException("GET " + next + " answered " + response.code());
                }
                count += Baseline.readPage(response.body().byteStream(), sink);
                next = Baseline.nextLink(next, response.headers("Link"));
            }
        }
        return count;
    }

    /** Releases the client's threads and connections. */
    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
