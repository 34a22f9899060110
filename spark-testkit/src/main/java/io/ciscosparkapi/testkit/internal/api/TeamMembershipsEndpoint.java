package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.Team;
import io.ciscosparkapi.testkit.internal.state.Entities.TeamMembership;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code team/memberships} (spec §2.6): joining a team adds the person to its general room;
 * leaving it (or being removed) takes the person out of every room of the team.
 */
final class TeamMembershipsEndpoint {

    private TeamMembershipsEndpoint() {
    }
    static TeamMembership visible(RequestContext ctx, String id) {
        TeamMembership m = Replies.find(ctx.store.teamMemberships, "TEAM_MEMBERSHIP", id, "team membership");
        Team t = ctx.store.teams.get(m.teamId);
        if (t == null || ctx.store.teamMembership(ctx.caller, t) == null) {
            throw ApiError.notFound("The requested team membership was not found.");
        }
        return m;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Store store = ctx.store;
        if (!ctx.query.has("teamId")) {
            throw ApiError.badRequest("The parameter 'teamId' is required.");
        }
        Team t = TeamsEndpoint.visibleTeam(ctx, ctx.query.get("teamId"));
        String personId = ctx.query.get("personId");
        String personEmail = ctx.query.get("personEmail");
        List<ObjectNode> out = new ArrayList<>();
        for (TeamMembership m : store.teamMemberships.values()) {
            if (!m.teamId.equals(t.id)) {
                continue;
            }
            Person p = store.people.get(m.personId);
            if (ctx.query.has("personId") && !m.personId.equals(personId)) {
                continue;
            }
            if (ctx.query.has("personEmail") && (p == null || !p.email().equalsIgnoreCase(personEmail))) {
                continue;
            }
            out.add(ResourceJson.teamMembership(store, m));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        Store store = ctx.store;
        JsonNode body = ctx.body();
        String teamId = Json.required(body, "teamId");
        Boolean moderator = Json.bool(body, "isModerator");
        Team t = TeamsEndpoint.visibleTeam(ctx, teamId);
        Person p = MembershipsEndpoint.target(ctx, body);
        if (!p.id.equals(ctx.caller.id) && !TeamsEndpoint.isModerator(store, t, ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may add people to the team.");
        }
        if (store.teamMembership(p, t) != null) {
            throw ApiError.conflict("Person is already a member of the team.");
        }
        TeamMembership m = TeamsEndpoint.addTeamMember(ctx, t, p, Boolean.TRUE.equals(moderator));
        Room general = store.rooms.get(t.generalRoomId);
        if (general != null && store.membership(p, general) == null) {
            RoomChanges.addMembership(ctx, general, p, false);
        }
        return Replies.ok(ResourceJson.teamMembership(store, m));
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.teamMembership(ctx.store, visible(ctx, id)));
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Store store = ctx.store;
        TeamMembership m = visible(ctx, id);
        Boolean moderator = Json.bool(ctx.body(), "isModerator");
        if (moderator == null) {
            throw ApiError.badRequest("Missing required field 'isModerator'.");
        }
        if (!TeamsEndpoint.isModerator(store, store.teams.get(m.teamId), ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may change team memberships.");
        }
        m.isModerator = moderator;
        return Replies.ok(ResourceJson.teamMembership(store, m));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        Store store = ctx.store;
        TeamMembership m = visible(ctx, id);
        if (!m.personId.equals(ctx.caller.id) && !TeamsEndpoint.isModerator(store, store.teams.get(m.teamId), ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may remove others from the team.");
        }
        store.teamMemberships.remove(m.id);
        // Leaving a team is leaving its rooms (spec §2.6): each removal is a membership event.
        for (Membership rm : List.copyOf(store.memberships.values())) {
            Room room = store.rooms.get(rm.roomId);
            if (rm.personId.equals(m.personId) && room != null && m.teamId.equals(room.teamId)) {
                RoomChanges.removeMembership(ctx, rm);
            }
        }
        return Replies.noContent();
    }
}
