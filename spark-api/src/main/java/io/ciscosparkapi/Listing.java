package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A listing that follows {@code Link: <...>; rel="next"} headers, one page at a time, only when
 * the previous page's items have all been handed out; it holds no page between iterations.
 *
 * <p>Each traversal walks a {@link PageCursor}, which checks the links it follows; a link to
 * another host is refused before the token is sent there.
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
        Listing<T> limited = limited(n);
        List<T> items = new ArrayList<>(Math.min(n, 1000));
        Iterator<T> it = limited.iterator();
        while (items.size() < n && it.hasNext()) {
            items.add(it.next());
        }
        return List.copyOf(items);
    }

    /**
     * The listing for the first {@code n} items: pages of {@code max=n}, unless it is resumed
     * (a resumed listing keeps its pages as they are).
     *
     * @param n how many items at most
     * @return the listing to read them from
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    Listing<T> limited(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        if (resumeAt != null) {
            return this;
        }
        Map<String, String> limited = new LinkedHashMap<>(query);
        limited.put("max", Integer.toString(n));
        return new Listing<>(session, path, Collections.unmodifiableMap(limited), type, null);
    }

    @Override
    public Listing<T> resumeAt(URI nextLink) {
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

    /**
     * A new traversal, from the first page or the resume point.
     *
     * @return the cursor
     */
    PageCursor<T> cursor() {
        URI first = resumeAt != null ? resumeAt : session.target(Call.page(path, query, answer -> null));
        return new PageCursor<>(session, toString(), first, query, type);
    }

    /** One walk through the pages, from the first (or the resume point) to the last. */
    private final class Traversal implements Iterator<Page<T>> {
        private final PageCursor<T> cursor = cursor();

        @Override
        public boolean hasNext() {
            return cursor.hasNext();
        }

        @Override
        public Page<T> next() {
            if (!cursor.hasNext()) {
                throw new NoSuchElementException("the listing has no more pages");
            }
            Page<T> page = session.execute(cursor.nextCall());
            cursor.advance(page);
            return page;
        }
    }
}
