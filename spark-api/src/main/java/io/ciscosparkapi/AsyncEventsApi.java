package io.ciscosparkapi;

import io.ciscosparkapi.model.Event;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link EventsApi}: the same operations with the same parameters, each returning
 * a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#events()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncEventsApi {

    private final Session session;

    AsyncEventsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the events of the caller's organization. The async twin of {@link EventsApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Event> list() {
        return session.listAsync(EventsApi.listCall());
    }

    /**
     * Lists events with filters, e.g.
     * {@code list(q -> q.resource("messages").type("created").from(since))}. The async twin of
     * {@link EventsApi#list(Consumer)}.
     *
     * @param query sets the filters
     * @return an async listing
     */
    public AsyncPagedIterable<Event> list(Consumer<EventsApi.ListQuery> query) {
        return session.listAsync(EventsApi.listCall(query));
    }

    /**
     * Gets one event. The async twin of {@link EventsApi#get(String)}.
     *
     * @param eventId the event's id
     * @return completes with the event
     */
    public CompletableFuture<Event> get(String eventId) {
        return session.executeAsync(EventsApi.getCall(eventId));
    }
}
