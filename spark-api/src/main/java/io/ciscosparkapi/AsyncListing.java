package io.ciscosparkapi;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * The async twin of a {@link Listing}: the same listing, walked with the same {@link PageCursor},
 * each page requested with {@link Session#executeAsync} once the one before has been handed out.
 *
 * @param <T> the item type
 */
final class AsyncListing<T> implements AsyncPagedIterable<T> {

    private final Session session;
    private final Listing<T> listing;

    AsyncListing(Session session, Listing<T> listing) {
        this.session = session;
        this.listing = listing;
    }

    @Override
    public CompletableFuture<Void> forEach(Consumer<? super T> action) {
        if (action == null) {
            throw new NullPointerException("action must not be null");
        }
        return walk(listing, Integer.MAX_VALUE, action);
    }

    @Override
    public CompletableFuture<List<T>> toList() {
        List<T> items = new ArrayList<>();
        return walk(listing, Integer.MAX_VALUE, items::add).thenApply(done -> List.copyOf(items));
    }

    @Override
    public CompletableFuture<List<T>> first(int n) {
        List<T> items = new ArrayList<>(Math.min(n, 1000));
        return walk(listing.limited(n), n, items::add).thenApply(done -> List.copyOf(items));
    }

    /** Hands at most {@code limit} items of the listing to {@code action}, page by page. */
    private CompletableFuture<Void> walk(Listing<T> from, int limit, Consumer<? super T> action) {
        Walk<T> walk = new Walk<>(session, from.cursor(), limit, action);
        walk.next();
        return walk;
    }

    @Override
    public Flow.Publisher<Page<T>> pages() {
        return subscriber -> PagingSubscription.subscribe(subscriber, session, listing.cursor(), List::of);
    }

    @Override
    public Flow.Publisher<T> publisher() {
        return subscriber -> PagingSubscription.subscribe(subscriber, session, listing.cursor(), Page::items);
    }

    @Override
    public AsyncPagedIterable<T> resumeAt(URI nextLink) {
        return new AsyncListing<>(session, listing.resumeAt(nextLink));
    }

    @Override
    public String toString() {
        return "Async" + listing;
    }

    /**
     * One walk: the future of its end, which cancelling stops (and the page request in flight
     * with it).
     */
    private static final class Walk<T> extends CompletableFuture<Void> {
        private final Session session;
        private final PageCursor<T> cursor;
        private final Consumer<? super T> action;
        private int left;
        private volatile CompletableFuture<Page<T>> inFlight;

        Walk(Session session, PageCursor<T> cursor, int limit, Consumer<? super T> action) {
            this.session = session;
            this.cursor = cursor;
            this.left = limit;
            this.action = action;
        }

        void next() {
            if (isDone()) {
                return;
            }
            if (!cursor.hasNext() || left == 0) {
                complete(null);
                return;
            }
            CompletableFuture<Page<T>> page;
            try {
                page = session.executeAsync(cursor.nextCall());
            } catch (RuntimeException e) {
                completeExceptionally(e);
                return;
            }
            inFlight = page;
            page.whenComplete((read, failure) -> {
                if (failure != null) {
                    completeExceptionally(failure);
                    return;
                }
                try {
                    cursor.advance(read);
                    for (T item : read.items()) {
                        if (left == 0 || isDone()) {
                            break;
                        }
                        action.accept(item);
                        left--;
                    }
                } catch (RuntimeException e) {
                    completeExceptionally(e);
                    return;
                }
                next();
            });
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            CompletableFuture<Page<T>> page = inFlight;
            if (cancelled && page != null) {
                page.cancel(true);
            }
            return cancelled;
        }
    }
}
