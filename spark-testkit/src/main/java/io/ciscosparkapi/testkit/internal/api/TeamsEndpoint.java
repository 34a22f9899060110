package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.Team;
import io.ciscosparkapi.testkit.internal.state.Entities.TeamMembership;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code teams} (spec §2.5). */
final class TeamsEndpoint {

    private TeamsEndpoint() {
    }

    /** A team the caller belongs to, else 404. */
    static Team visibleTeam(RequestContext ctx, String id) {
        Team t = Replies.find(ctx.store.teams, "TEAM", id, "team");
        if (ctx.store.teamMembership(ctx.caller, t) == null) {
            throw ApiError.notFound("The requested team was not found.");
        }
        return t;
    }

    static boolean isModerator(Store store, Team t, Person p) {
        TeamMembership m = store.teamMembership(p, t);
        return m != null && m.isModerator;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        List<ObjectNode> out = new ArrayList<>();
        for (Team t : ctx.store.teams.values()) {
            if (ctx.store.teamMembership(ctx.caller, t) != null) {
                out.add(ResourceJson.team(t));
            }
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        Store store = ctx.store;
        JsonNode body = ctx.body();
        String name = Json.required(body, "name");
        Team t = new Team();
        t.uuid = Ids.uuid();
        t.id = Ids.encode("TEAM", t.uuid);
        t.name = name;
        t.description = Json.str(body, "description");
        t.creatorId = ctx.caller.id;
        t.created = store.now();
        store.teams.put(t.id, t);
        addTeamMember(ctx, t, ctx.caller, true);
        Room general = RoomChanges.createRoom(ctx, name, "group", t.id, false);
        t.generalRoomId = general.id;
        return Replies.ok(ResourceJson.team(t));
    }

    static TeamMembership addTeamMember(RequestContext ctx, Team t, Person p, boolean moderator) {
        Store store = ctx.store;
        TeamMembership m = new TeamMembership();
        m.id = Store.teamMembershipId(p, t);
        m.teamId = t.id;
        m.personId = p.id;
        m.isModerator = moderator;
        m.created = store.now();
        store.teamMemberships.put(m.id, m);
        return m;
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.team(visibleTeam(ctx, id)));
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Store store = ctx.store;
        Team t = visibleTeam(ctx, id);
        JsonNode body = ctx.body();
        String name = Json.required(body, "name");
        if (!isModerator(store, t, ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may change the team.");
        }
        t.name = name;
        String description = Json.str(body, "description");
        if (description != null) {
            t.description = description;
        }
        Room general = store.rooms.get(t.generalRoomId);
        if (general != null) {
            general.title = name;
        }
        return Replies.ok(ResourceJson.team(t));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        Store store = ctx.store;
        Team t = visibleTeam(ctx, id);
        if (!isModerator(store, t, ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may delete the team.");
        }
        for (Room r : List.copyOf(store.rooms.values())) {
            if (t.id.equals(r.teamId)) {
                RoomChanges.deleteRoom(store, r);
            }
        }
        store.teamMemberships.values().removeIf(m -> m.teamId.equals(t.id));
        store.teams.remove(t.id);
        return Replies.noContent();
    }
}
