package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The pages of one listing of a {@link SyntheticSpark} room, recorded once and then served from
 * memory: as a {@link Transport} for the SDK, and as plain bodies for the bare parser. Measures
 * what the SDK itself costs per listed message (its session, paging, JSON reading and models)
 * with no socket, no HTTP client and no server in the way.
 *
 * <p>Thread-safe: the recorded bytes are never changed, and every response gets its own stream.
 */
public final class RecordedPages implements Transport {

    /** One recorded page: the URL asked for, its body and its next link (or {@code null}). */
    record Page(URI uri, byte[] body, String link) {
    }

    private final URI baseUrl;
    private final List<Page> pages;
    private final Map<URI, Page> byUri = new HashMap<>();

    private RecordedPages(URI baseUrl, List<Page> pages) {
        this.baseUrl = baseUrl;
        this.pages = pages;
        pages.forEach(p -> byUri.put(p.uri(), p));
    }

    /**
     * Lists a synthetic room of {@code items} messages over loopback once, in pages of
     * {@link ListingBenchmark#MAX}, and keeps what it answered.
     *
     * @param items how many messages the room holds
     * @return the recording
     * @throws IOException when the listing fails
     * @throws InterruptedException when interrupted
     */
    public static RecordedPages record(long items) throws IOException, InterruptedException {
        try (SyntheticSpark server = SyntheticSpark.start(items)) {
            URI base = server.baseUrl();
            HttpClient client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            List<Page> pages = new ArrayList<>();
            URI next = Baseline.firstPage(Baseline.withSlash(base), SyntheticSpark.ROOM_ID, ListingBenchmark.MAX);
            while (next != null) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(next)
                        .header("Authorization", "Bearer " + SyntheticSpark.TOKEN).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IOException("GET " + next + " answered " + response.statusCode());
                }
                String link = response.headers().firstValue("Link").orElse(null);
                pages.add(new Page(next, response.body(), link));
                next = Baseline.nextLink(next, response.headers().allValues("Link"));
            }
            return new RecordedPages(base, List.copyOf(pages));
        }
    }

    /**
     * The base URL the recorded links point at; an SDK client on this transport must use it.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Reads every recorded page with the bare client's parser, as {@link Baseline} does.
     *
     * @param sink receives each item
     * @return how many items were read
     * @throws IOException never, the pages being in memory
     */
    public long readAll(Consumer<Baseline.Item> sink) throws IOException {
        long count = 0;
        for (Page page : pages) {
            count += Baseline.readPage(new ByteArrayInputStream(page.body()), sink);
        }
        return count;
    }

    /** Answers a GET of a recorded page with its body and {@code Link} header; anything else is a 404. */
    @Override
    public TransportResponse execute(TransportRequest request) {
        Page page = request.method().equals("GET") ? byUri.get(request.uri()) : null;
        if (page == null) {
            return new TransportResponse(404, Headers.of("Content-Type", "application/json"),
                    new ByteArrayInputStream("{\"message\":\"not recorded\"}".getBytes(StandardCharsets.UTF_8)));
        }
        Headers headers = page.link() == null
                ? Headers.of("Content-Type", "application/json;charset=UTF-8",
                        "Content-Length", Integer.toString(page.body().length))
                : Headers.of("Content-Type", "application/json;charset=UTF-8",
                        "Content-Length", Integer.toString(page.body().length), "Link", page.link());
        InputStream body = new ByteArrayInputStream(page.body());
        return new TransportResponse(200, headers, body);
    }

    /** Nothing to release. */
    @Override
    public void close() {
        // the recording stays usable
    }
}
