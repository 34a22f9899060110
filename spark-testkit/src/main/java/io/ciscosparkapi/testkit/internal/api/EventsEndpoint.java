package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Event;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code events} (spec §2.11): compliance officers only, their own org's events, newest first. */
final class EventsEndpoint {

    private EventsEndpoint() {
    }

    private static void requireCompliance(RequestContext ctx) {
        if (!ctx.caller.complianceOfficer) {
            throw ApiError.forbidden("This operation requires a compliance officer.");
        }
    }

    private static Instant time(RequestContext ctx, String name) {
        if (!ctx.query.has(name)) {
            return null;
        }
        Instant t = FakeClock.parse(ctx.query.get(name));
        if (t == null) {
            throw ApiError.badRequest("Invalid value for '" + name + "': " + ctx.query.get(name));
        }
        return t;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
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
            out.add(ResourceJson.event(e));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        requireCompliance(ctx);
        Event e = Replies.find(ctx.store.events, "EVENT", id, "event");
        if (!e.orgId.equals(ctx.caller.orgId)) {
            throw ApiError.notFound("The requested event was not found.");
        }
        return Replies.ok(ResourceJson.event(e));
    }
}
