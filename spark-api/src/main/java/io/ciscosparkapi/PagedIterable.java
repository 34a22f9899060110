package io.ciscosparkapi;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, re-iterable listing that pages itself: what {@code list(...)} methods return.
 *
 * <p>Nothing is requested until iteration starts. Each call of {@link #iterator()} starts afresh
 * from the first page, so iterating again shows live data; pages are then requested one at a time,
 * only when the items of the previous page have all been handed out, by following Spark's
 * {@code Link: <...>; rel="next"} header. Items are parsed page by page, so a listing of any length
 * runs in a small, constant amount of memory.
 *
 * <pre>{@code
 * for (Room room : api.rooms().list()) {
 *     if (room.title().contains("ciscosparkapi")) {
 *         ...
 *     }
 * }
 * List<Room> rooms = api.rooms().list().toList();   // all pages, into a list
 * }</pre>
 *
 * <p>A listing object is thread-safe and may be iterated by several threads at once (each
 * iterator is confined to its thread). Iterators throw the SDK's own exceptions
 * ({@link SparkApiException}, {@link SparkTransportException}, ...) when a page cannot be fetched.
 *
 * @param <T> the type of the items
 */
public interface PagedIterable<T> extends Iterable<T> {

    /**
     * Returns a sequential stream over all items, fetching pages as the stream is consumed.
     *
     * @return a new stream, starting afresh from the first page
     */
    default Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /**
     * Fetches every page now and returns all items.
     *
     * @return an unmodifiable list of every item
     */
    default List<T> toList() {
        return stream().toList();
    }

    /**
     * Returns at most the first {@code n} items, asking Spark for pages of {@code max=n} items so
     * that a small slice costs a single request.
     *
     * @param n how many items at most; at least 1
     * @return an unmodifiable list of at most {@code n} items
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    List<T> first(int n);

    /**
     * Returns the listing page by page, for callers that want Spark's pages or their next links.
     * Like the listing itself, each iteration starts afresh and fetches lazily.
     *
     * @return an iterable of pages
     */
    Iterable<Page<T>> pages();

    /**
     * Returns a listing that starts at a page seen earlier, from its {@link Page#nextLink()},
     * instead of at the first page.
     *
     * @param nextLink a next link from a page of this listing
     * @return a listing that continues from that link
     * @throws SparkException when the link does not point at the client's base URL host
     */
    PagedIterable<T> resumeAt(URI nextLink);
}
