package io.ciscosparkapi.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/**
 * A bare Apache HttpClient 5 (classic) client listing messages with Jackson's streaming parser,
 * as {@link Baseline} does with {@code java.net.http}: the {@code Authorization} header, a status
 * check, each item's fields read, each body read to its end, {@code Link: <...>; rel="next"}
 * followed, nothing else.
 *
 * <p>Thread-safe.
 */
public final class BareApache implements AutoCloseable {

    private final CloseableHttpClient client = HttpClients.custom().disableRedirectHandling().build();
    private final String base;
    private final String authorization;

    /**
     * Creates the client.
     *
     * @param baseUrl the API base URL ending in {@code /v1/}
     * @param token the access token
     */
    public BareApache(URI baseUrl, String token) {
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
            HttpGet get = new HttpGet(next);
            get.addHeader("Authorization", authorization);
            get.addHeader("Accept", "application/json");
            URI current = next;
            long[] page = new long[1];
            next = client.execute(get, (ClassicHttpResponse response) -> {
                if (response.getCode() != 200) {
                    throw new IOException("GET " + current + " answered " + response.getCode());
                }
                try (InputStream in = response.getEntity().getContent()) {
                    page[0] = Baseline.readPage(in, sink);
                }
                List<String> links = new ArrayList<>();
                for (Header link : response.getHeaders("Link")) {
                    links.add(link.getValue());
                }
                return Baseline.nextLink(current, links);
            });
            count += page[0];
        }
        return count;
    }

    /** Closes the client and its connections. */
    @Override
    public void close() throws IOException {
        client.close();
    }
}
