package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.AdminAuditEvent;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What administrators did in an organization: the {@code adminAudit/events} endpoint (newer API
 * generation; administrators only). Obtain it from {@link CiscoSparkAPI#adminAuditEvents()}.
 * Thread-safe.
 */
public final class AdminAuditEventsApi {

    /** The largest page the endpoint serves. */
    static final int MAX_PAGE = 200;

    private final Session session;

    AdminAuditEventsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the admin audit events of an organization in a time window.
     *
     * @param orgId the organization's id
     * @param from the start of the window
     * @param to the end of the window
     * @return a lazy listing
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when {@code orgId} is blank
     */
    public PagedIterable<AdminAuditEvent> list(String orgId, Instant from, Instant to) {
        return session.list(listCall(orgId, from, to));
    }

    static ListCall<AdminAuditEvent> listCall(String orgId, Instant from, Instant to) {
        Arguments.required(orgId, "orgId");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        return listCall(q -> q.orgId(orgId).from(from).to(to));
    }

    /**
     * Lists admin audit events with filters, e.g.
     * {@code list(q -> q.orgId(org).from(since).to(now).actorId(adminId))}.
     *
     * @param query sets the filters; {@code orgId}, {@code from} and {@code to} are required
     * @return a lazy listing
     * @throws NullPointerException when {@code orgId}, {@code from} or {@code to} is not set
     * @throws IllegalArgumentException when {@code max} is over 200, the largest page the endpoint serves
     */
    public PagedIterable<AdminAuditEvent> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<AdminAuditEvent> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        for (String name : new String[] {"orgId", "from", "to"}) {
            Arguments.requiredText(params.get(name), name);
        }
        Arguments.atMost(params, "max", MAX_PAGE, "Listing admin audit events");
        return new ListCall<>(Urls.path("adminAudit", "events"), params, AdminAuditEvent::new);
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * The organization whose events to list (required).
         *
         * @param orgId the organization's id
         * @return this query
         */
        public ListQuery orgId(String orgId) {
            return param("orgId", orgId);
        }

        /**
         * Only events at or after this time (required).
         *
         * @param from the start of the window
         * @return this query
         */
        public ListQuery from(Instant from) {
            return param("from", from);
        }

        /**
         * Only events before this time (required).
         *
         * @param to the end of the window
         * @return this query
         */
        public ListQuery to(Instant to) {
            return param("to", to);
        }

        /**
         * Only events caused by this administrator.
         *
         * @param actorId the administrator's person id
         * @return this query
         */
        public ListQuery actorId(String actorId) {
            return param("actorId", actorId);
        }

        /**
         * Skips this many events of the window before the first one listed; {@code 0} when not
         * set. The listing still follows the next-page links from there.
         *
         * @param offset the number of events to skip, at least 0
         * @return this query
         * @throws IllegalArgumentException when {@code offset} is negative
         */
        public ListQuery offset(int offset) {
            if (offset < 0) {
                throw new IllegalArgumentException("offset must not be negative: " + offset);
            }
            return param("offset", offset);
        }
    }
}
