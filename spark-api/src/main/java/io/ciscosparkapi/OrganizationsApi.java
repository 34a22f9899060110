package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Organization;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Organizations: the {@code organizations} endpoints. Obtain it from
 * {@link CiscoSparkAPI#organizations()}. Listing is for admins. Thread-safe.
 */
public final class OrganizationsApi {

    private static final String PATH = "organizations";

    private final Session session;

    OrganizationsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the organizations the caller administers (its own; partner admins also the ones
     * they manage).
     *
     * @return a lazy listing
     */
    public PagedIterable<Organization> list() {
        return session.list(listCall());
    }

    static ListCall<Organization> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists organizations with a page size, e.g. {@code list(q -> q.max(10))}.
     *
     * @param query sets the parameters
     * @return a lazy listing
     */
    public PagedIterable<Organization> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Organization> listCall(Consumer<ListQuery> query) {
        return new ListCall<>(PATH, Arguments.apply(new ListQuery(), query).params(), Organization::new);
    }

    /**
     * Gets one organization.
     *
     * @param orgId the organization's id
     * @return the organization
     */
    public Organization get(String orgId) {
        return session.execute(getCall(orgId));
    }

    static Call<Organization> getCall(String orgId) {
        return Call.get(Urls.path(PATH, Arguments.id(orgId, "orgId")), Map.of(), Organization::new);
    }

    /** Parameters of {@link #list(Consumer)}: the page size and any parameter by name. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }
    }
}
