package io.ciscosparkapi;

import io.ciscosparkapi.model.Organization;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link OrganizationsApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#organizations()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncOrganizationsApi {

    private final Session session;

    AsyncOrganizationsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the organizations the caller administers (its own; partner admins also the ones they
     * manage). The async twin of {@link OrganizationsApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Organization> list() {
        return session.listAsync(OrganizationsApi.listCall());
    }

    /**
     * Lists organizations with a page size, e.g. {@code list(q -> q.max(10))}. The async twin of
     * {@link OrganizationsApi#list(Consumer)}.
     *
     * @param query sets the parameters
     * @return an async listing
     */
    public AsyncPagedIterable<Organization> list(Consumer<OrganizationsApi.ListQuery> query) {
        return session.listAsync(OrganizationsApi.listCall(query));
    }

    /**
     * Gets one organization. The async twin of {@link OrganizationsApi#get(String)}.
     *
     * @param orgId the organization's id
     * @return completes with the organization
     */
    public CompletableFuture<Organization> get(String orgId) {
        return session.executeAsync(OrganizationsApi.getCall(orgId));
    }
}
