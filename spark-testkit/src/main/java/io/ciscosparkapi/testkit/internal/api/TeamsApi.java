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

/** {@code teams} and {@code team/memberships} (spec §2.5, §2.6). */
final class TeamsApi {

    private TeamsApi() {
    }

    /** A team the caller belongs to, else 404. */
    static Team visibleTeam(Ctx ctx, String id) {
        Team t = Replies.find(ctx.store.teams, "TEAM", id, "team");
        if (ctx.store.teamMembership(ctx.caller, t) == null) {
            throw ApiError.notFound("The requested team was not found.");
        }
        return t;
    }

    private static boolean isModerator(Store store, Team t, Person p) {
        TeamMembership m = store.teamMembership(p, t);
        return m != null && m.isModerator;
    }

    static ApiResponse list(Ctx ctx, String unused) {
        List<ObjectNode> out = new ArrayList<>();
        for (Team t : ctx.store.teams.values()) {
            if (ctx.store.teamMembership(ctx.caller, t) != null) {
                out.add(Views.team(t));
            }
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse create(Ctx ctx, String unused) {
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
        Room general = Ops.createRoom(ctx, name, "group", t.id, false);
        t.generalRoomId = general.id;
        return Replies.ok(Views.team(t));
    }

    private static TeamMembership addTeamMember(Ctx ctx, Team t, Person p, boolean moderator) {
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

    static ApiResponse get(Ctx ctx, String id) {
        return Replies.ok(Views.team(visibleTeam(ctx, id)));
    }

    static ApiResponse update(Ctx ctx, String id) {
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
        return Replies.ok(Views.team(t));
    }

    static ApiResponse delete(Ctx ctx, String id) {
        Store store = ctx.store;
        Team t = visibleTeam(ctx, id);
        if (!isModerator(store, t, ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may delete the team.");
        }
        for (Room r : List.copyOf(store.rooms.values())) {
            if (t.id.equals(r.teamId)) {
                Ops.deleteRoom(store, r);
            }
        }
        store.teamMemberships.values().removeIf(m -> m.teamId.equals(t.id));
        store.teams.remove(t.id);
        return Replies.noContent();
    }

    // ---- team memberships ---------------------------------------------------------------

    static TeamMembership visibleMembership(Ctx ctx, String id) {
        TeamMembership m = Replies.find(ctx.store.teamMemberships, "TEAM_MEMBERSHIP", id, "team membership");
        Team t = ctx.store.teams.get(m.teamId);
        if (t == null || ctx.store.teamMembership(ctx.caller, t) == null) {
            throw ApiError.notFound("The requested team membership was not found.");
        }
        return m;
    }

    static ApiResponse listMemberships(Ctx ctx, String unused) {
        Store store = ctx.store;
        if (!ctx.query.has("teamId")) {
            throw ApiError.badRequest("The parameter 'teamId' is required.");
        }
        Team t = visibleTeam(ctx, ctx.query.get("teamId"));
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
            out.add(Views.teamMembership(store, m));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse createMembership(Ctx ctx, String unused) {
        Store store = ctx.store;
        JsonNode body = ctx.body();
        String teamId = Json.required(body, "teamId");
        Boolean moderator = Json.bool(body, "isModerator");
        Team t = visibleTeam(ctx, teamId);
        Person p = MembershipsApi.target(ctx, body);
        if (!p.id.equals(ctx.caller.id) && !isModerator(store, t, ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may add people to the team.");
        }
        if (store.teamMembership(p, t) != null) {
            throw ApiError.conflict("Person is already a member of the team.");
        }
        TeamMembership m = addTeamMember(ctx, t, p, Boolean.TRUE.equals(moderator));
        Room general = store.rooms.get(t.generalRoomId);
        if (general != null && store.membership(p, general) == null) {
            Ops.addMembership(ctx, general, p, false);
        }
        return Replies.ok(Views.teamMembership(store, m));
    }

    static ApiResponse getMembership(Ctx ctx, String id) {
        return Replies.ok(Views.teamMembership(ctx.store, visibleMembership(ctx, id)));
    }

    static ApiResponse updateMembership(Ctx ctx, String id) {
        Store store = ctx.store;
        TeamMembership m = visibleMembership(ctx, id);
        Boolean moderator = Json.bool(ctx.body(), "isModerator");
        if (moderator == null) {
            throw ApiError.badRequest("Missing required field 'isModerator'.");
        }
        if (!isModerator(store, store.teams.get(m.teamId), ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may change team memberships.");
        }
        m.isModerator = moderator;
        return Replies.ok(Views.teamMembership(store, m));
    }

    static ApiResponse deleteMembership(Ctx ctx, String id) {
        Store store = ctx.store;
        TeamMembership m = visibleMembership(ctx, id);
        if (!m.personId.equals(ctx.caller.id) && !isModerator(store, store.teams.get(m.teamId), ctx.caller)) {
            throw ApiError.forbidden("Only team moderators may remove others from the team.");
        }
        store.teamMemberships.remove(m.id);
        return Replies.noContent();
    }
}
