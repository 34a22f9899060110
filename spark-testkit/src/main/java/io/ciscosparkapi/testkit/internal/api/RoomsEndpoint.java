package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.Team;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code rooms} (spec §2.2). */
final class RoomsEndpoint {

    private static final List<String> OPTIONAL = List.of("description", "isPublic", "isAnnouncementOnly",
            "classificationId", "isReadOnly");

    private RoomsEndpoint() {
    }

    /** A room the caller can see, else 404. */
    static Room visibleRoom(RequestContext ctx, String id) {
        Room r = Replies.find(ctx.store.rooms, "ROOM", id, "room");
        if (!Visibility.canSee(ctx.store, ctx.caller, r)) {
            throw ApiError.notFound("The requested room was not found.");
        }
        return r;
    }

    static boolean isModerator(Store store, Room r, io.ciscosparkapi.testkit.internal.state.Entities.Person p) {
        Membership m = store.membership(p, r);
        return m != null && m.isModerator;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Store store = ctx.store;
        String teamId = ctx.query.get("teamId");
        String type = ctx.query.get("type");
        String sortBy = ctx.query.get("sortBy");
        if (ctx.query.has("teamId")) {
            Team t = Replies.find(store.teams, "TEAM", teamId, "team");
            if (store.teamMembership(ctx.caller, t) == null) {
                throw ApiError.notFound("The requested team was not found.");
            }
        }
        List<Room> rooms = new ArrayList<>();
        for (Room r : store.rooms.values()) {
            if (ctx.query.has("teamId") ? !teamId.equals(r.teamId) || !Visibility.canSee(store, ctx.caller, r)
                    : store.membership(ctx.caller, r) == null) {
                continue;
            }
            if (("direct".equals(type) || "group".equals(type)) && !type.equals(r.type)) {
                continue;
            }
            rooms.add(r);
        }
        if ("lastactivity".equalsIgnoreCase(sortBy)) {
            rooms.sort(Comparator.comparing((Room r) -> r.lastActivity).reversed());
        } else if ("created".equalsIgnoreCase(sortBy)) {
            rooms.sort(Comparator.comparing((Room r) -> r.created).reversed());
        } else if ("id".equalsIgnoreCase(sortBy)) {
            rooms.sort(Comparator.comparing((Room r) -> r.id));
        }
        List<ObjectNode> out = new ArrayList<>();
        rooms.forEach(r -> out.add(ResourceJson.room(store, r, ctx.caller)));
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        String title = Json.required(body, "title");
        String teamId = Json.str(body, "teamId");
        if (teamId != null) {
            Team t = Replies.find(ctx.store.teams, "TEAM", teamId, "team");
            if (ctx.store.teamMembership(ctx.caller, t) == null) {
                throw ApiError.forbidden("You are not a member of this team.");
            }
        }
        Boolean locked = Json.bool(body, "isLocked");
        Boolean isPublic = Json.bool(body, "isPublic");
        if (Boolean.TRUE.equals(isPublic) && Json.str(body, "description") == null) {
            throw ApiError.badRequest("A public space requires a description.");
        }
        Room r = RoomChanges.createRoom(ctx, title, "group", teamId, Boolean.TRUE.equals(locked));
        for (String a : OPTIONAL) {
            JsonNode n = body.get(a);
            if (n != null && !n.isNull()) {
                r.attributes.put(a, n.deepCopy());
            }
        }
        return Replies.ok(ResourceJson.room(ctx.store, r, ctx.caller));
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.room(ctx.store, visibleRoom(ctx, id), ctx.caller));
    }

    static ApiResponse meetingInfo(RequestContext ctx, String id) {
        Room r = visibleRoom(ctx, id);
        ObjectNode o = Json.object();
        String number = String.valueOf(Math.abs((long) r.uuid.hashCode()) % 1_000_000_000L);
        o.put("roomId", r.id);
        o.put("meetingLink", "https://meet.example.com/m/" + r.uuid);
        o.put("sipAddress", number + "@meet.example.com");
        o.put("meetingNumber", number);
        o.put("callInTollFreeNumber", "+1-800-555-0100");
        o.put("callInTollNumber", "+1-555-555-0100");
        return Replies.ok(o);
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Room r = visibleRoom(ctx, id);
        Store store = ctx.store;
        JsonNode body = ctx.body();
        String title = Json.required(body, "title");
        if (r.isLocked && !isModerator(store, r, ctx.caller)) {
            throw ApiError.forbidden("Only moderators may change a locked room.");
        }
        String teamId = Json.str(body, "teamId");
        if (teamId != null && !teamId.equals(r.teamId)) {
            if (r.teamId != null || "direct".equals(r.type)) {
                throw ApiError.badRequest("This room cannot be moved to another team.");
            }
            Team t = Replies.find(store.teams, "TEAM", teamId, "team");
            if (store.teamMembership(ctx.caller, t) == null) {
                throw ApiError.forbidden("You are not a member of this team.");
            }
            r.teamId = teamId;
        }
        Boolean locked = Json.bool(body, "isLocked");
        if (locked != null) {
            r.isLocked = locked;
            if (locked) {
                Membership m = store.membership(ctx.caller, r);
                if (m != null) {
                    m.isModerator = true;
                }
            }
        }
        if (!"direct".equals(r.type)) {
            r.title = title;
        }
        for (String a : OPTIONAL) {
            JsonNode n = body.get(a);
            if (n != null && !n.isNull()) {
                r.attributes.put(a, n.deepCopy());
            }
        }
        ctx.notifier.room(store, "updated", r, ctx.caller);
        return Replies.ok(ResourceJson.room(store, r, ctx.caller));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        Room r = visibleRoom(ctx, id);
        if (!r.creatorId.equals(ctx.caller.id) && !isModerator(ctx.store, r, ctx.caller)) {
            throw ApiError.forbidden("Only the creator or a moderator may delete this room.");
        }
        RoomChanges.deleteRoom(ctx.store, r);
        return Replies.noContent();
    }
}
