package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Event;
import io.ciscosparkapi.testkit.internal.state.Entities.License;
import io.ciscosparkapi.testkit.internal.state.Entities.Org;
import io.ciscosparkapi.testkit.internal.state.Entities.Role;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code organizations}, {@code licenses}, {@code roles} and {@code events} (spec §2.8-2.11). */
final class AdminApi {

    private AdminApi() {
    }

    private static void requireAdmin(Ctx ctx) {
        if (!ctx.caller.isAdmin()) {
            throw ApiError.forbidden("This operation requires an administrator.");
        }
    }

    private static void requireCompliance(Ctx ctx) {
        if (!ctx.caller.complianceOfficer) {
            throw ApiError.forbidden("This operation requires a compliance officer.");
        }
    }

    static ApiResponse listOrgs(Ctx ctx, String unused) {
        requireAdmin(ctx);
        List<ObjectNode> out = new ArrayList<>();
        Org own = ctx.store.orgs.get(ctx.caller.orgId);
        if (own != null) {
            out.add(Views.org(own));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse getOrg(Ctx ctx, String id) {
        Org org = Replies.find(ctx.store.orgs, "ORGANIZATION", id, "organization");
        if (!org.id.equals(ctx.caller.orgId)) {
            throw ApiError.notFound("The requested organization was not found.");
        }
        return Replies.ok(Views.org(org));
    }

    static ApiResponse listLicenses(Ctx ctx, String unused) {
        requireAdmin(ctx);
        String orgId = ctx.query.has("orgId") ? ctx.query.get("orgId") : ctx.caller.orgId;
        if (!orgId.equals(ctx.caller.orgId)) {
            throw ApiError.forbidden("You may only list the licenses of your own organization.");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (License l : ctx.store.licenses.values()) {
            if (l.orgId.equals(orgId)) {
                out.add(Views.license(l));
            }
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse getLicense(Ctx ctx, String id) {
        requireAdmin(ctx);
        License l = Replies.find(ctx.store.licenses, "LICENSE", id, "license");
        if (!l.orgId.equals(ctx.caller.orgId)) {
            throw ApiError.notFound("The requested license was not found.");
        }
        return Replies.ok(Views.license(l));
    }

    static ApiResponse listRoles(Ctx ctx, String unused) {
        requireAdmin(ctx);
        List<ObjectNode> out = new ArrayList<>();
        for (Role r : ctx.store.roles.values()) {
            out.add(Views.role(r));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse getRole(Ctx ctx, String id) {
        requireAdmin(ctx);
        return Replies.ok(Views.role(Replies.find(ctx.store.roles, "ROLE", id, "role")));
    }

    private static Instant time(Ctx ctx, String name) {
        if (!ctx.query.has(name)) {
            return null;
        }
        Instant t = FakeClock.parse(ctx.query.get(name));
        if (t == null) {
            throw ApiError.badRequest("Invalid value for '" + name + "': " + ctx.query.get(name));
        }
        return t;
    }

    static ApiResponse listEvents(Ctx ctx, String unused) {
        requireCompliance(ctx);
        String resource = ctx.query.get("resource");
        String type = ctx.query.get("type");
        String actorId = ctx.query.get("actorId");
        Instant from = time(ctx, "from");
        Instant to = time(ctx, "to");
        List<Event> all = new ArrayList<>(ctx.store.events.values());
        List<ObjectNode> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Event e = all.get(i);
            if (!e.orgId.equals(ctx.caller.orgId)) {
                continue;
            }
            if (ctx.query.has("resource") && !e.resource.equals(resource)) {
                continue;
            }
            if (ctx.query.has("type") && !e.type.equals(type)) {
                continue;
            }
            if (ctx.query.has("actorId") && !e.actorId.equals(actorId)) {
                continue;
            }
            if (from != null && e.created.isBefore(from)) {
                continue;
            }
            if (to != null && !e.created.isBefore(to)) {
                continue;
            }
            out.add(Views.event(e));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse getEvent(Ctx ctx, String id) {
        requireCompliance(ctx);
        Event e = Replies.find(ctx.store.events, "EVENT", id, "event");
        if (!e.orgId.equals(ctx.caller.orgId)) {
            throw ApiError.notFound("The requested event was not found.");
        }
        return Replies.ok(Views.event(e));
    }
}
