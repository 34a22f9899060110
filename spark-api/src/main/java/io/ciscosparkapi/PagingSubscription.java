package io.ciscosparkapi;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A subscription to a listing that requests a page from Spark only when its subscriber's demand
 * cannot be met from the page already held, so a slow subscriber never has more than one page
 * held for it. Signals to the subscriber are serialised (one drain loop at a time), as
 * {@link Flow} requires; a request for zero or fewer elements fails the subscription.
 *
 * @param <T> the item type of the listing
 * @param <E> what is published: the pages themselves, or their items
 */
final class PagingSubscription<T, E> implements Flow.Subscription {

    private final Flow.Subscriber<? super E> subscriber;
    private final Session session;
    private final PageCursor<T> cursor;
    private final Function<Page<T>, List<? extends E>> elements;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private final ArrayDeque<E> held = new ArrayDeque<>();
    private volatile boolean cancelled;
    private volatile List<? extends E> arrived;
    private volatile Throwable failure;
    private volatile CompletableFuture<Page<T>> inFlight;
    private boolean fetching;
    private boolean done;

    private PagingSubscription(Flow.Subscriber<? super E> subscriber, Session session, PageCursor<T> cursor,
                               Function<Page<T>, List<? extends E>> elements) {
        this.subscriber = subscriber;
        this.session = session;
        this.cursor = cursor;
        this.elements = elements;
    }

    /**
     * Subscribes a subscriber to a fresh traversal.
     *
     * @param subscriber the subscriber
     * @param session the session pages are requested through
     * @param cursor the traversal
     * @param elements what of each page is published
     * @param <T> the item type
     * @param <E> the published type
     */
    static <T, E> void subscribe(Flow.Subscriber<? super E> subscriber, Session session, PageCursor<T> cursor,
                                 Function<Page<T>, List<? extends E>> elements) {
        Objects.requireNonNull(subscriber, "subscriber must not be null");
        PagingSubscription<T, E> subscription = new PagingSubscription<>(subscriber, session, cursor, elements);
        subscriber.onSubscribe(subscription);
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            failure = new IllegalArgumentException("a subscriber must request at least one element, not " + n);
        } else {
            demand.accumulateAndGet(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
        }
        drain();
    }

    @Override
    public void cancel() {
        cancelled = true;
        CompletableFuture<Page<T>> page = inFlight;
        if (page != null) {
            page.cancel(true);
        }
    }

    /** Hands out what is held and due, asks for the next page when needed; one loop at a time. */
    private void drain() {
        if (work.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        while (missed != 0) {
            step();
            missed = work.addAndGet(-missed);
        }
    }

    private void step() {
        while (!done && !cancelled) {
            Throwable failed = failure;
            if (failed != null) {
                finish(failed);
                return;
            }
            List<? extends E> page = arrived;
            if (page != null) {
                arrived = null;
                fetching = false;
                held.addAll(page);
            }
            if (!held.isEmpty() && demand.get() > 0) {
                demand.decrementAndGet();
                try {
                    subscriber.onNext(held.poll());
                } catch (RuntimeException e) {
                    cancel();
                    return;
                }
                continue;
            }
            if (held.isEmpty() && !fetching) {
                if (!cursor.hasNext()) {
                    done = true;
                    subscriber.onComplete();
                    return;
                }
                if (demand.get() > 0) {
                    fetch();
                }
            }
            return;
        }
    }

    private void fetch() {
        fetching = true;
        CompletableFuture<Page<T>> page;
        try {
            page = session.executeAsync(cursor.nextCall());
        } catch (RuntimeException e) {
            finish(e);
            return;
        }
        inFlight = page;
        page.whenComplete((read, error) -> {
            if (error != null) {
                failure = error;
            } else {
                try {
                    cursor.advance(read);
                    arrived = List.copyOf(elements.apply(read));
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            drain();
        });
    }

    private void finish(Throwable error) {
        done = true;
        held.clear();
        subscriber.onError(error);
    }
}
