package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Role;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Admin roles: the {@code roles} endpoints. Obtain it from {@link CiscoSparkAPI#roles()}.
 * Thread-safe.
 */
public final class RolesApi {

    private static final String PATH = "roles";

    private final Session session;

    RolesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the roles.
     *
     * @return a lazy listing
     */
    public PagedIterable<Role> list() {
        return session.list(listCall());
    }

    static ListCall<Role> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists the roles with a page size, e.g. {@code list(q -> q.max(10))}.
     *
     * @param query sets the parameters
     * @return a lazy listing
     */
    public PagedIterable<Role> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Role> listCall(Consumer<ListQuery> query) {
        return new ListCall<>(PATH, Arguments.apply(new ListQuery(), query).params(), Role::new);
    }

    /**
     * Gets one role.
     *
     * @param roleId the role's id
     * @return the role
     */
    public Role get(String roleId) {
        return session.execute(getCall(roleId));
    }

    static Call<Role> getCall(String roleId) {
        return Call.get(Urls.path(PATH, Arguments.id(roleId, "roleId")), Map.of(), Role::new);
    }

    /** Parameters of {@link #list(Consumer)}: the page size and any parameter by name. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }
    }
}
