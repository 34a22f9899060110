package io.ciscosparkapi;

import io.ciscosparkapi.model.AdminAuditEvent;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The async twin of {@link AdminAuditEventsApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#adminAuditEvents()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncAdminAuditEventsApi {

    private final Session session;

    AsyncAdminAuditEventsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the admin audit events of an organization in a time window. The async twin of
     * {@link AdminAuditEventsApi#list(String, Instant, Instant)}.
     *
     * @param orgId the organization's id
     * @param from the start of the window
     * @param to the end of the window
     * @return an async listing
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when {@code orgId} is blank
     */
    public AsyncPagedIterable<AdminAuditEvent> list(String orgId, Instant from, Instant to) {
        return session.listAsync(AdminAuditEventsApi.listCall(orgId, from, to));
    }

    /**
     * Lists admin audit events with filters, e.g.
     * {@code list(q -> q.orgId(org).from(since).to(now).actorId(adminId))}. The async twin of
     * {@link AdminAuditEventsApi#list(Consumer)}.
     *
     * @param query sets the filters; {@code orgId}, {@code from} and {@code to} are required
     * @return an async listing
     * @throws NullPointerException when {@code orgId}, {@code from} or {@code to} is not set
     * @throws IllegalArgumentException when {@code max} is over 200, the largest page the endpoint
     *     serves
     */
    public AsyncPagedIterable<AdminAuditEvent> list(Consumer<AdminAuditEventsApi.ListQuery> query) {
        return session.listAsync(AdminAuditEventsApi.listCall(query));
    }
}
