package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.Query;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pages a list: {@code max} (clamped, 400 below 1 or non-numeric), an opaque {@code cursor}
 * parameter, and an absolute {@code Link: <...>; rel="next"} header that repeats every original
 * query parameter, unless a defect switch says otherwise.
 */
public final class Paging {

    /** The name of the cursor query parameter. */
    public static final String CURSOR = "cursor";

    private Paging() {
    }

    /**
     * Reads and checks {@code max}.
     *
     * @param ctx the request
     * @param cap the endpoint's largest page
     * @return the page size
     */
    public static int pageSize(RequestContext ctx, int cap) {
        String raw = ctx.query.get("max");
        if (raw == null) {
            return Math.min(ctx.defaultPageSize, cap);
        }
        int max;
        try {
            max = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid value for 'max': " + raw);
        }
        if (max < 1) {
            throw ApiError.badRequest("Invalid value for 'max': must be at least 1.");
        }
        return Math.min(max, cap);
    }

    /**
     * Answers one page of {@code items}.
     *
     * @param ctx the request
     * @param items every matching item, in their stable order; each has an {@code id}
     * @param cap the endpoint's largest page
     * @return the 200 response with {@code items} and, when more remain, a next link
     */
    public static ApiResponse page(RequestContext ctx, List<ObjectNode> items, int cap) {
        return page(ctx, items, Paging::idOf, Function.identity(), cap);
    }

    /**
     * Answers one page of {@code items}, rendering only the items of that page.
     *
     * @param ctx the request
     * @param items every matching item, in their stable order
     * @param idOf an item's id
     * @param view renders an item as JSON
     * @param cap the endpoint's largest page
     * @param <T> the item type
     * @return the 200 response with {@code items} and, when more remain, a next link
     */
    public static <T> ApiResponse page(RequestContext ctx, List<T> items, Function<T, String> idOf,
                                       Function<T, ObjectNode> view, int cap) {
        int size = pageSize(ctx, cap);
        int start = 0;
        String cursor = ctx.query.get(CURSOR);
        if (cursor != null) {
            start = resolve(cursor, items, idOf);
        }
        int end = Math.min(items.size(), start + size);
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("items");
        for (int i = start; i < end; i++) {
            array.add(view.apply(items.get(i)));
        }
        ApiResponse response = ApiResponse.json(200, () -> Json.bytes(body));
        if (end < items.size()) {
            response = response.withHeader("Link", "<" + nextLink(ctx, size, encode(end, idOf.apply(items.get(end))))
                    + ">; rel=\"next\"");
        }
        return response;
    }

    private static String idOf(ObjectNode item) {
        JsonNode id = item.get("id");
        return id == null ? null : id.asString();
    }

    private static String encode(int offset, String nextId) {
        String text = offset + ":" + (nextId == null ? "" : nextId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> int resolve(String cursor, List<T> items, Function<T, String> idOf) {
        String text;
        int offset;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            offset = Integer.parseInt(text.substring(0, text.indexOf(':')));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw ApiError.badRequest("Invalid value for '" + CURSOR + "'.");
        }
        String id = text.substring(text.indexOf(':') + 1);
        if (!id.isEmpty()) {
            // Usually nothing changed since the previous page: the item is where the cursor says.
            if (offset >= 0 && offset < items.size() && id.equals(idOf.apply(items.get(offset)))) {
                return offset;
            }
            for (int i = 0; i < items.size(); i++) {
                if (id.equals(idOf.apply(items.get(i)))) {
                    return i;
                }
            }
        }
        return Math.max(0, Math.min(offset, items.size()));
    }

    private static String nextLink(RequestContext ctx, int size, String cursor) {
        URI u = ctx.request.uri();
        StringBuilder q = new StringBuilder();
        if (!ctx.pagingDefects.dropFilterParamsInNextLink()) {
            for (Query.Pair p : ctx.query.pairs()) {
                String key = p.key();
                if (key.equals("max") || key.equals(CURSOR)) {
                    continue;
                }
                q.append(q.length() == 0 ? "" : "&").append(p.raw());
            }
        }
        q.append(q.length() == 0 ? "" : "&").append("max=").append(ctx.pagingDefects.maxNullInNextLink() ? "null" : String.valueOf(size));
        q.append('&').append(CURSOR).append('=').append(cursor);
        return ctx.request.origin() + u.getRawPath() + "?" + q;
    }
}
