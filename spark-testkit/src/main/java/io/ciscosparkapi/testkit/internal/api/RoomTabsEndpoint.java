package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.RoomTab;
import io.ciscosparkapi.testkit.internal.state.Ids;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * {@code room/tabs} (spec §2.15): named {@code https} links shown in a room, for its members; in a
 * locked room only moderators add, change or remove them.
 */
final class RoomTabsEndpoint {

    private RoomTabsEndpoint() {
    }

    /** A room the caller is a member of, else 404. */
    private static Room memberRoom(RequestContext ctx, String roomId) {
        Room r = Replies.find(ctx.store.rooms, "ROOM", roomId, "room");
        if (ctx.store.membership(ctx.caller, r) == null) {
            throw ApiError.notFound("The requested room was not found.");
        }
        return r;
    }

    private static RoomTab visible(RequestContext ctx, String id) {
        RoomTab t = Replies.find(ctx.store.roomTabs, "ROOM_TAB", id, "room tab");
        Room r = ctx.store.rooms.get(t.roomId);
        if (r == null || ctx.store.membership(ctx.caller, r) == null) {
            throw ApiError.notFound("The requested room tab was not found.");
        }
        return t;
    }

    private static void requireModeratorOfLocked(RequestContext ctx, Room r) {
        if (r.isLocked && !RoomsEndpoint.isModerator(ctx.store, r, ctx.caller)) {
            throw ApiError.forbidden("Only moderators may change the tabs of a locked room.");
        }
    }

    private static String contentUrl(JsonNode body) {
        String url = Json.required(body, "contentUrl");
        try {
            URI u = new URI(url);
            if (u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).equals("https") && u.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ApiError.badRequest("Invalid value for field 'contentUrl': it must be an https URL.");
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        if (!ctx.query.has("roomId")) {
            throw ApiError.badRequest("The parameter 'roomId' is required.");
        }
        Room r = memberRoom(ctx, ctx.query.get("roomId"));
        List<RoomTab> tabs = new ArrayList<>();
        for (RoomTab t : ctx.store.roomTabs.values()) {
            if (t.roomId.equals(r.id)) {
                tabs.add(t);
            }
        }
        return Paging.page(ctx, tabs, t -> t.id, t -> ResourceJson.roomTab(ctx.store, t), 1000);
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        String roomId = Json.required(body, "roomId");
        String displayName = Json.required(body, "displayName");
        String url = contentUrl(body);
        Room r = memberRoom(ctx, roomId);
        requireModeratorOfLocked(ctx, r);
        RoomTab t = new RoomTab();
        t.id = Ids.encode("ROOM_TAB", Ids.uuid());
        t.roomId = r.id;
        t.displayName = displayName;
        t.contentUrl = url;
        t.creatorId = ctx.caller.id;
        t.created = ctx.store.now();
        ctx.store.roomTabs.put(t.id, t);
        return Replies.ok(ResourceJson.roomTab(ctx.store, t));
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.roomTab(ctx.store, visible(ctx, id)));
    }

    static ApiResponse update(RequestContext ctx, String id) {
        RoomTab t = visible(ctx, id);
        JsonNode body = ctx.body();
        String roomId = Json.required(body, "roomId");
        String displayName = Json.required(body, "displayName");
        String url = contentUrl(body);
        if (!roomId.equals(t.roomId)) {
            throw ApiError.badRequest("Invalid value for field 'roomId': a tab cannot move to another room.");
        }
        requireModeratorOfLocked(ctx, ctx.store.rooms.get(t.roomId));
        t.displayName = displayName;
        t.contentUrl = url;
        return Replies.ok(ResourceJson.roomTab(ctx.store, t));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        RoomTab t = visible(ctx, id);
        requireModeratorOfLocked(ctx, ctx.store.rooms.get(t.roomId));
        ctx.store.roomTabs.remove(t.id);
        return Replies.noContent();
    }
}
