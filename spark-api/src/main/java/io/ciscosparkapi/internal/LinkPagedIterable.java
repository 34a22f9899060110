package io.ciscosparkapi.internal;

import io.ciscosparkapi.Page;
import io.ciscosparkapi.PagedIterable;
import io.ciscosparkapi.SparkException;
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
 * the previous page's items have all been handed out. Holds no page between iterations.
 *
 * @param <T> the item type
 */
final class LinkPagedIterable<T> implements PagedIterable<T> {

    private final RestSession session;
    private final String path;
    private final Map<String, String> query;
    private final Function<Map<String, Object>, T> type;
    private final URI resumeAt;

    LinkPagedIterable(RestSession session, String path, Map<String, String> query,
                      Function<Map<String, Object>, T> type, URI resumeAt) {
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
            private Iterator<T> current = List.<T>of().iterator();

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
        return () -> new Iterator<>() {
            private URI next = resumeAt != null ? resumeAt : Urls.resolve(session.config().baseUrl(), path, query);

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Page<T> next() {
                if (next == null) {
                    throw new NoSuchElementException("the listing has no more pages");
                }
                Page<T> page = session.page(next, query, type);
                next = page.nextLink().orElse(null);
                return page;
            }
        };
    }

    @Override
    public List<T> first(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        Map<String, String> limited = new LinkedHashMap<>(query);
        limited.put("max", Integer.toString(n));
        List<T> items = new ArrayList<>(Math.min(n, 1000));
        Iterator<T> it = new LinkPagedIterable<>(session, path, Collections.unmodifiableMap(limited), type, null).iterator();
        while (items.size() < n && it.hasNext()) {
            items.add(it.next());
        }
        return List.copyOf(items);
    }

    @Override
    public PagedIterable<T> resumeAt(URI nextLink) {
        if (!nextLink.isAbsolute() || !Urls.sameOrigin(nextLink, session.config().baseUrl())) {
            throw new SparkException("Cannot resume a listing at " + nextLink + ": it is not on the base URL's host "
                    + session.config().baseUrl().getAuthority());
        }
        return new LinkPagedIterable<>(session, path, query, type, nextLink);
    }

    @Override
    public String toString() {
        return "PagedIterable{" + path + (query.isEmpty() ? "" : "?" + query) + "}";
    }
}
