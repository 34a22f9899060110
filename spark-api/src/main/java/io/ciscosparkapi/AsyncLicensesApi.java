package io.ciscosparkapi;

import io.ciscosparkapi.model.License;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link LicensesApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#licenses()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncLicensesApi {

    private final Session session;

    AsyncLicensesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the licenses of the caller's organization. The async twin of
     * {@link LicensesApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<License> list() {
        return session.listAsync(LicensesApi.listCall());
    }

    /**
     * Lists licenses with parameters, e.g. {@code list(q -> q.orgId(orgId))}. The async twin of
     * {@link LicensesApi#list(Consumer)}.
     *
     * @param query sets the parameters
     * @return an async listing
     */
    public AsyncPagedIterable<License> list(Consumer<LicensesApi.ListQuery> query) {
        return session.listAsync(LicensesApi.listCall(query));
    }

    /**
     * Gets one license. The async twin of {@link LicensesApi#get(String)}.
     *
     * @param licenseId the license's id
     * @return completes with the license
     */
    public CompletableFuture<License> get(String licenseId) {
        return session.executeAsync(LicensesApi.getCall(licenseId));
    }
}
