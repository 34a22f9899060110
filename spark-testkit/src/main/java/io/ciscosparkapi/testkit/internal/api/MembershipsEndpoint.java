package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code memberships} (spec §2.3). */
final class MembershipsEndpoint {

    private MembershipsEndpoint() {
    }

    /** A membership in a room the caller can see, else 404. */
    static Membership visible(RequestContext ctx, String id) {
        Membership m = Replies.find(ctx.store.memberships, "MEMBERSHIP", id, "membership");
        Room r = ctx.store.rooms.get(m.roomId);
        if (r == null || !Visibility.canSee(ctx.store, ctx.caller, r)) {
            throw ApiError.notFound("The requested membership was not found.");
        }
        return m;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Store store = ctx.store;
        String personId = ctx.query.get("personId");
        String personEmail = ctx.query.get("personEmail");
        List<ObjectNode> out = new ArrayList<>();
        if (!ctx.query.has("roomId")) {
            if (ctx.query.has("personId") || ctx.query.has("personEmail")) {
                throw ApiError.badRequest("personId or personEmail can only be used together with roomId.");
            }
            for (Membership m : store.memberships.values()) {
                if (m.personId.equals(ctx.caller.id)) {
                    out.add(ResourceJson.membership(store, m));
                }
            }
            return Paging.page(ctx, out, 1000);
        }
        Room r = RoomsEndpoint.visibleRoom(ctx, ctx.query.get("roomId"));
        for (Membership m : store.membershipsOf(r.id)) {
            Person p = store.people.get(m.personId);
            if (ctx.query.has("personId") && !m.personId.equals(personId)) {
                continue;
            }
            if (ctx.query.has("personEmail") && (p == null || !p.email().equalsIgnoreCase(personEmail))) {
                continue;
            }
            out.add(ResourceJson.membership(store, m));
        }
        return Paging.page(ctx, out, 1000);
    }

    /** Resolves exactly one of personId / personEmail (unknown email: a placeholder invitee). */
    static Person target(RequestContext ctx, JsonNode body) {
        String personId = Json.str(body, "personId");
        String personEmail = Json.str(body, "personEmail");
        if ((personId == null) == (personEmail == null)) {
            throw ApiError.badRequest("Exactly one of personId or personEmail is required.");
        }
        if (personId != null) {
            return Replies.find(ctx.store.people, "PEOPLE", personId, "person");
        }
        Person p = ctx.store.personByEmail(personEmail);
        return p != null ? p : PeopleEndpoint.invite(ctx, personEmail);
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        Store store = ctx.store;
        JsonNode body = ctx.body();
        String roomId = Json.required(body, "roomId");
        Boolean moderator = Json.bool(body, "isModerator");
        Room r = RoomsEndpoint.visibleRoom(ctx, roomId);
        if ("direct".equals(r.type)) {
            throw ApiError.badRequest("People cannot be added to a direct room.");
        }
        if (r.isLocked && !RoomsEndpoint.isModerator(store, r, ctx.caller)) {
            throw ApiError.forbidden("Only moderators may add people to a locked room.");
        }
        Person p = target(ctx, body);
        if (store.membership(p, r) != null) {
            throw ApiError.conflict("Person is already a member of the room.");
        }
        Membership m = RoomChanges.addMembership(ctx, r, p, Boolean.TRUE.equals(moderator));
        if (Boolean.TRUE.equals(moderator) && !r.isLocked) {
            RoomChanges.lockForModerator(ctx, r);
        }
        return Replies.ok(ResourceJson.membership(store, m));
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.membership(ctx.store, visible(ctx, id)));
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Store store = ctx.store;
        Membership m = visible(ctx, id);
        JsonNode body = ctx.body();
        Boolean moderator = Json.bool(body, "isModerator");
        if (moderator == null) {
            throw ApiError.badRequest("Missing required field 'isModerator'.");
        }
        Boolean hidden = Json.bool(body, "isRoomHidden");
        Room r = store.rooms.get(m.roomId);
        boolean self = m.personId.equals(ctx.caller.id);
        if (moderator && "direct".equals(r.type)) {
            throw ApiError.badRequest("A direct room has no moderators.");
        }
        if (moderator != m.isModerator && r.isLocked && !RoomsEndpoint.isModerator(store, r, ctx.caller)) {
            throw ApiError.forbidden("Only moderators may change moderators of a locked room.");
        }
        if (hidden != null && !self) {
            throw ApiError.forbidden("Only the member may hide a room.");
        }
        if (Boolean.TRUE.equals(hidden) && !"direct".equals(r.type)) {
            throw ApiError.badRequest("Invalid value for field 'isRoomHidden': only direct rooms can be hidden.");
        }
        m.isModerator = moderator;
        if (hidden != null) {
            m.isRoomHidden = hidden;
        }
        ctx.notifier.membership(store, "updated", m, ctx.caller);
        if (moderator && !r.isLocked) {
            RoomChanges.lockForModerator(ctx, r);
        }
        return Replies.ok(ResourceJson.membership(store, m));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        Store store = ctx.store;
        Membership m = visible(ctx, id);
        Room r = store.rooms.get(m.roomId);
        boolean self = m.personId.equals(ctx.caller.id);
        if (!self && r.isLocked && !RoomsEndpoint.isModerator(store, r, ctx.caller)) {
            throw ApiError.forbidden("Only moderators may remove people from a locked room.");
        }
        RoomChanges.removeMembership(ctx, m);
        return Replies.noContent();
    }
}
