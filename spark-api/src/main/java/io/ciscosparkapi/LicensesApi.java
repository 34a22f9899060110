package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.License;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Licenses: the {@code licenses} endpoints. Obtain it from {@link CiscoSparkAPI#licenses()}.
 * For admins. Thread-safe.
 */
public final class LicensesApi {

    private static final String PATH = "licenses";

    private final Session session;

    LicensesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the licenses of the caller's organization.
     *
     * @return a lazy listing
     */
    public PagedIterable<License> list() {
        return session.list(listCall());
    }

    static ListCall<License> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists licenses with parameters, e.g. {@code list(q -> q.orgId(orgId))}.
     *
     * @param query sets the parameters
     * @return a lazy listing
     */
    public PagedIterable<License> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<License> listCall(Consumer<ListQuery> query) {
        return new ListCall<>(PATH, Arguments.apply(new ListQuery(), query).params(), License::new);
    }

    /**
     * Gets one license.
     *
     * @param licenseId the license's id
     * @return the license
     */
    public License get(String licenseId) {
        return session.execute(getCall(licenseId));
    }

    static Call<License> getCall(String licenseId) {
        return Call.get(Urls.path(PATH, Arguments.id(licenseId, "licenseId")), Map.of(), License::new);
    }

    /** Parameters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * The organization whose licenses to list; the caller's own when not set.
         *
         * @param orgId the organization's id
         * @return this query
         */
        public ListQuery orgId(String orgId) {
            return param("orgId", orgId);
        }
    }
}
