package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Event;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compliance events: the {@code events} endpoints. Obtain it from {@link CiscoSparkAPI#events()}.
 * For compliance officers. Thread-safe.
 */
public final class EventsApi {

    private static final String PATH = "events";

    private final Session session;

    EventsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the events of the caller's organization.
     *
     * @return a lazy listing
     */
    public PagedIterable<Event> list() {
        return session.list(listCall());
    }

    static ListCall<Event> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists events with filters, e.g.
     * {@code list(q -> q.resource("messages").type("created").from(since))}.
     *
     * @param query sets the filters
     * @return a lazy listing
     */
    public PagedIterable<Event> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Event> listCall(Consumer<ListQuery> query) {
        return new ListCall<>(PATH, Arguments.apply(new ListQuery(), query).params(), Event::new);
    }

    /**
     * Gets one event.
     *
     * @param eventId the event's id
     * @return the event
     */
    public Event get(String eventId) {
        return session.execute(getCall(eventId));
    }

    static Call<Event> getCall(String eventId) {
        return Call.get(Urls.path(PATH, Arguments.id(eventId, "eventId")), Map.of(), Event::new);
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * Only events about this resource: {@code messages}, {@code memberships} and, in the
         * newer API generation, {@code attachmentActions}, {@code files}, {@code rooms} and others.
         *
         * @param resource the resource
         * @return this query
         */
        public ListQuery resource(String resource) {
            return param("resource", resource);
        }

        /**
         * Only events of this type: {@code created}, {@code updated}, {@code deleted} (and
         * {@code ended} in the newer API generation).
         *
         * @param type the event type
         * @return this query
         */
        public ListQuery type(String type) {
            return param("type", type);
        }

        /**
         * Only events caused by this person.
         *
         * @param actorId the person's id
         * @return this query
         */
        public ListQuery actorId(String actorId) {
            return param("actorId", actorId);
        }

        /**
         * Only events after this time.
         *
         * @param from the time
         * @return this query
         */
        public ListQuery from(Instant from) {
            return param("from", from);
        }

        /**
         * Only events before this time (not in the future).
         *
         * @param to the time
         * @return this query
         */
        public ListQuery to(Instant to) {
            return param("to", to);
        }
    }
}
