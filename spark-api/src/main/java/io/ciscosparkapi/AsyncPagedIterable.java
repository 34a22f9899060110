package io.ciscosparkapi;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * A listing of the async client: what {@code api.async()...list(...)} methods return. Like
 * {@link PagedIterable}, nothing is requested until it is used, each use starts afresh from the
 * first page, and pages are requested one at a time, following Spark's next links; but no thread
 * waits for a page.
 *
 * <pre>{@code
 * api.async().messages().list(q -> q.roomId(roomId)).forEach(m -> log(m.text()))
 *         .thenRun(() -> log("done"));
 * Flow.Publisher<Message> stream = api.async().messages().list(q -> q.roomId(roomId)).publisher();
 * }</pre>
 *
 * <p>Failures complete the futures (or reach {@code onError}) with the SDK's own exceptions, as
 * the blocking listing throws them. Cancelling a returned future stops the listing and cancels
 * the page request in flight. Thread-safe; each use is independent.
 *
 * @param <T> the type of the items
 */
public interface AsyncPagedIterable<T> {

    /**
     * Hands every item to {@code action}, page by page, in order; a page is requested only once
     * the items of the one before have all been handed out.
     *
     * @param action receives each item, on a thread of the client's async executor
     * @return completes when the last item has been handed out
     */
    CompletableFuture<Void> forEach(Consumer<? super T> action);

    /**
     * Fetches every page and collects every item.
     *
     * @return the unmodifiable list of every item
     */
    CompletableFuture<List<T>> toList();

    /**
     * At most the first {@code n} items, asking Spark for pages of {@code max=n} items so that a
     * small slice costs a single request (a resumed listing keeps its pages as they are).
     *
     * @param n how many items at most; at least 1
     * @return the unmodifiable list of at most {@code n} items
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    CompletableFuture<List<T>> first(int n);

    /**
     * The listing page by page, as a publisher that requests a page from Spark only when its
     * subscriber asks for one.
     *
     * @return a publisher; each subscription starts afresh from the first page
     */
    Flow.Publisher<Page<T>> pages();

    /**
     * The listing item by item, as a publisher that requests the next page from Spark only when
     * its subscriber has taken every item of the page before and asks for more: however slow the
     * subscriber, no more than one page is held for it.
     *
     * @return a publisher; each subscription starts afresh from the first page
     */
    Flow.Publisher<T> publisher();

    /**
     * A listing that starts at a page seen earlier, from its {@link Page#nextLink()}.
     *
     * @param nextLink a next link from a page of this listing
     * @return a listing that continues from that link
     * @throws SparkException when the link does not point at the client's base URL host
     */
    AsyncPagedIterable<T> resumeAt(URI nextLink);
}
