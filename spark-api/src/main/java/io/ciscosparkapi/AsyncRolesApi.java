package io.ciscosparkapi;

import io.ciscosparkapi.model.Role;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link RolesApi}: the same operations with the same parameters, each returning
 * a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#roles()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncRolesApi {

    private final Session session;

    AsyncRolesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the roles. The async twin of {@link RolesApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Role> list() {
        return session.listAsync(RolesApi.listCall());
    }

    /**
     * Lists the roles with a page size, e.g. {@code list(q -> q.max(10))}. The async twin of
     * {@link RolesApi#list(Consumer)}.
     *
     * @param query sets the parameters
     * @return an async listing
     */
    public AsyncPagedIterable<Role> list(Consumer<RolesApi.ListQuery> query) {
        return session.listAsync(RolesApi.listCall(query));
    }

    /**
     * Gets one role. The async twin of {@link RolesApi#get(String)}.
     *
     * @param roleId the role's id
     * @return completes with the role
     */
    public CompletableFuture<Role> get(String roleId) {
        return session.executeAsync(RolesApi.getCall(roleId));
    }
}
