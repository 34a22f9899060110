package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.internal.NextLinks;
import io.ciscosparkapi.internal.Urls;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A listing that follows {@code Link: <...>; rel="next"} headers, one page at a time, only when
 * the previous page's items have all been handed out; it holds no page between iterations.
 *
 * <p>Each traversal checks the links it follows: a link that is not a URL, that leads back to a
 * page the traversal has read, or that goes past the client's page cap ends the listing with a
 * {@link SparkException} naming it; a link to another host is refused before the token is sent
 * there. Links are repaired for the server's known defects ({@link NextLinks#repair}).
 *
 * @param <T> the item type
 */
final class Listing<T> implements PagedIterable<T> {

    private final Session session;
    private final String path;
    private final Map<String, String> query;
    private final Function<Map<String, Object>, T> type;
    private final URI resumeAt;

    Listing(Session session, String path, Map<String, String> query, Function<Map<String, Object>, T> type) {
        this(session, path, Collections.unmodifiableMap(new LinkedHashMap<>(query)), type, null);
    }

    private Listing(Session session, String path, Map<String, String> query, Function<Map<String, Object>, T> type,
                    URI resumeAt) {
        this.session = session;
        this.path = path;
        this.query = query;
        this.type = type;
        this.resumeAt = resumeAt;
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = pages().iterator();
        return new Iterator<>() {
            private Iterator<T> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    current = pages.next().items().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the listing has no more items");
                }
                return current.next();
            }
        };
    }

    @Override
    public Iterable<Page<T>> pages() {
        return Traversal::new;
    }

    @Override
    public List<T> first(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        Iterable<T> source = this;
        if (resumeAt == null) {
            Map<String, String> limited = new LinkedHashMap<>(query);
            limited.put("max", Integer.toString(n));
            source = new Listing<>(session, path, Collections.unmodifiableMap(limited), type, null);
        }
        List<T> items = new ArrayList<>(Math.min(n, 1000));
        Iterator<T> it = source.iterator();
        while (items.size() < n && it.hasNext()) {
            items.add(it.next());
        }
        return List.copyOf(items);
    }

    @Override
    public PagedIterable<T> resumeAt(URI nextLink) {
        if (nextLink == null) {
            throw new NullPointerException("nextLink must not be null");
        }
        URI base = session.config().baseUrl();
        if (!nextLink.isAbsolute() || !Urls.sameOrigin(nextLink, base)) {
            throw new SparkException("Cannot resume a listing at " + nextLink + ": it is not on the base URL's host "
                    + base.getRawAuthority());
        }
        return new Listing<>(session, path, query, type, nextLink);
    }

    @Override
    public String toString() {
        return "PagedIterable{" + path + (query.isEmpty() ? "" : "?" + query)
                + (resumeAt == null ? "" : ", resumed at " + resumeAt) + "}";
    }

    /** One page as read, with the link to the one after it. */
    private record ReadPage<T>(List<T> items, URI next) implements Page<T> {
        @Override
        public Optional<URI> nextLink() {
            return Optional.ofNullable(next);
        }
    }

    /** What a page's answer holds before its next link is checked. */
    private record Fetched<T>(List<T> items, String link) {
    }

    /** One walk through the pages, from the first (or the resume point) to the last. */
    private final class Traversal implements Iterator<Page<T>> {
        private final VisitedPages visited = new VisitedPages();
        private URI next;
        private int read;

        Traversal() {
            next = resumeAt != null ? resumeAt : session.target(Call.page(path, query, answer -> null));
            visited.add(next);
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Page<T> next() {
            if (next == null) {
                throw new NoSuchElementException("the listing has no more pages");
            }
            int cap = session.config().maxPages();
            if (read == cap) {
                throw new SparkException("The listing " + Listing.this + " has read " + cap + " pages, the client's "
                        + "cap (see CiscoSparkAPI.Builder.maxPages); it stops before " + next);
            }
            URI uri = next;
            Fetched<T> page = session.execute(Call.page(uri.toString(), Map.of(),
                    answer -> new Fetched<>(List.copyOf(answer.items(type)), answer.nextLink())));
            read++;
            next = follow(uri, page.link());
            return new ReadPage<>(page.items(), next);
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
    }
}
