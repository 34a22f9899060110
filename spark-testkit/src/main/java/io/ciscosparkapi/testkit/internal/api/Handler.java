package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;

/** Answers one operation. */
@FunctionalInterface
public interface Handler {
    /**
     * Handles the request.
     *
     * @param ctx the request
     * @param id the path id, or {@code null} for paths without one
     * @return the response
     */
    ApiResponse handle(Ctx ctx, String id);
}
