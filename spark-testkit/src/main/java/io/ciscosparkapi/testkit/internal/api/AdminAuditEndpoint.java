package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.AuditEvent;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code adminAudit/events} (spec §2.14): admins list their own org's audit events within a time
 * window, newest first, paged by {@code max} (at most 200) after skipping {@code offset}.
 */
final class AdminAuditEndpoint {

    private AdminAuditEndpoint() {
    }

    private static String required(RequestContext ctx, String name) {
        if (!ctx.query.has(name)) {
            throw ApiError.badRequest("The parameter '" + name + "' is required.");
        }
        return ctx.query.get(name);
    }

    private static Instant time(RequestContext ctx, String name) {
        String raw = required(ctx, name);
        Instant t = FakeClock.parse(raw);
        if (t == null) {
            throw ApiError.badRequest("Invalid value for '" + name + "': " + raw);
        }
        return t;
    }

    private static int offset(RequestContext ctx) {
        String raw = ctx.query.get("offset");
        if (raw == null || raw.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(raw.trim());
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest("Invalid value for 'offset': " + raw);
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        ctx.requireAdmin();
        String orgId = required(ctx, "orgId");
        Instant from = time(ctx, "from");
        Instant to = time(ctx, "to");
        if (to.isBefore(from)) {
            throw ApiError.badRequest("Invalid value for 'to': it is before 'from'.");
        }
        int offset = offset(ctx);
        if (!ctx.store.orgs.containsKey(orgId)) {
            throw ApiError.notFound("The requested organization was not found.");
        }
        if (!orgId.equals(ctx.caller.orgId)) {
            throw ApiError.forbidden("You may only read the audit events of your own organization.");
        }
        String actorId = ctx.query.get("actorId");
        List<AuditEvent> recorded = new ArrayList<>(ctx.store.auditEvents.values());
        List<AuditEvent> matching = new ArrayList<>();
        for (int i = recorded.size() - 1; i >= 0; i--) {
            AuditEvent e = recorded.get(i);
            if (e.orgId.equals(orgId) && !e.created.isBefore(from) && e.created.isBefore(to)
                    && (!ctx.query.has("actorId") || e.actorId.equals(actorId))) {
                matching.add(e);
            }
        }
        // Newest first; among equal times the later recorded first (the list is already in that order).
        matching.sort(Comparator.comparing((AuditEvent e) -> e.created).reversed());
        List<AuditEvent> window = matching.subList(Math.min(offset, matching.size()), matching.size());
        return Paging.page(ctx, window, e -> e.id, ResourceJson::auditEvent, 200);
    }
}
