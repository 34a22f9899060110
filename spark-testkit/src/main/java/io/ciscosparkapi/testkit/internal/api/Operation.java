package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;

/** One operation of the API, a verb on a path (e.g. {@code GET people/{id}}), as an endpoint implements it. */
@FunctionalInterface
public interface Operation {
    /**
     * Answers one request; runs with the store's lock held.
     *
     * @param ctx the request and the state
     * @param id the path id, or {@code null} for paths without one
     * @return the response
     */
    ApiResponse handle(RequestContext ctx, String id);
}
