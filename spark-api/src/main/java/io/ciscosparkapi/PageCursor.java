package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.internal.NextLinks;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where one traversal of a listing stands: the next page to read and the pages read so far. It
 * describes the call for the next page, whose reader checks the page's next link (not a URL, back
 * to a page already read, past the page cap: a {@link SparkException} naming it) and repairs it
 * for the server's known defects ({@link NextLinks#repair}). The blocking {@link Listing} and the
 * {@link AsyncListing} walk the same cursor.
 *
 * <p>Used by one traversal at a time; its steps may run on different threads, one after another.
 *
 * @param <T> the item type
 */
final class PageCursor<T> {

    private final Session session;
    private final String name;
    private final Map<String, String> query;
    private final Function<Map<String, Object>, T> type;
    private final VisitedPages visited = new VisitedPages();
    private URI next;
    private int read;

    /**
     * Starts a traversal.
     *
     * @param session the session
     * @param name names the listing in error messages
     * @param first the first page to read
     * @param query the listing's own query parameters, to repair next links with
     * @param type makes the model of an item
     */
    PageCursor(Session session, String name, URI first, Map<String, String> query,
               Function<Map<String, Object>, T> type) {
        this.session = session;
        this.name = name;
        this.query = query;
        this.type = type;
        this.next = first;
        visited.add(first);
    }

    /**
     * Whether a page is left to read.
     *
     * @return {@code false} after the last page
     */
    boolean hasNext() {
        return next != null;
    }

    /**
     * The call that reads the next page; {@link #advance} with its result before the next one.
     *
     * @return the call
     * @throws SparkException when the listing has read as many pages as the client's cap allows
     */
    Call<Page<T>> nextCall() {
        int cap = session.config().maxPages();
        if (read == cap) {
            throw new SparkException("The listing " + name + " has read " + cap + " pages, the client's cap (see "
                    + "CiscoSparkAPI.Builder.maxPages); it stops before " + next);
        }
        URI uri = next;
        return Call.page(uri.toString(), Map.of(),
                answer -> new ReadPage<>(List.copyOf(answer.items(type)), follow(uri, answer.nextLink())));
    }

    /**
     * Moves past a page read with {@link #nextCall()}.
     *
     * @param page the page
     */
    void advance(Page<T> page) {
        read++;
        next = page.nextLink().orElse(null);
    }

    /** The next page's URL: the link as sent, resolved, repaired and checked. */
    private URI follow(URI current, String link) {
        if (link == null) {
            return null;
        }
        URI target;
        try {
            target = NextLinks.repair(current.resolve(new URI(link)), query);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SparkException("GET " + current + " sent a next link that is not a valid URL: '" + link
                    + "' (" + e.getMessage() + "); the listing stops here", e);
        }
        if (link.contains("max=null")) {
            Log.logger().log(Level.WARNING, "Spark sent a next link with 'max=null'; removing it");
        }
        if (!visited.add(target)) {
            throw new SparkException("GET " + current + " sent a next link to "
                    + (target.equals(current) ? "the page itself" : "a page this listing has already read") + ": "
                    + target + "; the listing stops here instead of reading pages forever");
        }
        return target;
    }

    /** One page as read, with the link to the one after it. */
    private record ReadPage<T>(List<T> items, URI next) implements Page<T> {
        @Override
        public Optional<URI> nextLink() {
            return Optional.ofNullable(next);
        }
    }
}
