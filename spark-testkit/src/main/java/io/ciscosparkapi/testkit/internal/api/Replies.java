package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Ids;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small response and lookup helpers for the endpoints. */
final class Replies {

    private Replies() {
    }

    static ApiResponse ok(JsonNode node) {
        return ApiResponse.json(200, () -> Json.bytes(node));
    }

    static ApiResponse noContent() {
        return ApiResponse.empty(204);
    }

    /** Looks up an object by id, checking the id's type; 404 otherwise. */
    static <T> T find(Map<String, T> map, String type, String id, String what) {
        T t = id == null || Ids.decode(type, id) == null ? null : map.get(id);
        if (t == null) {
            throw ApiError.notFound("The requested " + what + " was not found.");
        }
        return t;
    }
}
