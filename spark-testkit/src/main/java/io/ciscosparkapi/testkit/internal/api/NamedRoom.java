package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.http.Query;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The room a request names, for the per-room rate limit: in its path ({@code rooms/{id}...}),
 * else its {@code roomId} query parameter, else the {@code roomId} of its JSON or multipart body.
 */
final class NamedRoom {

    private NamedRoom() {
    }

    /**
     * Finds the room a request names; reads the body without judging it (the endpoint does).
     *
     * @param request the request
     * @param match its route
     * @return the room id as given, or {@code null} when the request names none
     */
    static String of(ApiRequest request, Router.Match match) {
        if (match.pattern().startsWith("rooms/{}")) {
            return match.id();
        }
        String query = Query.parse(request.rawQuery()).get("roomId");
        if (query != null && !query.isEmpty()) {
            return query;
        }
        byte[] body = request.body();
        String contentType = request.header("Content-Type");
        if (body.length == 0 || contentType == null) {
            return null;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("application/json")) {
                JsonNode roomId = Json.MAPPER.readTree(body).path("roomId");
                return roomId.isString() ? roomId.stringValue() : null;
            }
            if (type.startsWith("multipart/form-data")) {
                for (Multipart.Part part : Multipart.parse(contentType, body)) {
                    if (part.filename() == null && part.name().equals("roomId")) {
                        return part.text();
                    }
                }
            }
        } catch (JacksonException | ApiError e) {
            return null;
        }
        return null;
    }
}
