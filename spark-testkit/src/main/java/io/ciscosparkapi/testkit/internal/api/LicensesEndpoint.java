package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.License;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code licenses} (spec §2.9): admins only, their own org's licenses. */
final class LicensesEndpoint {

    private LicensesEndpoint() {
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        ctx.requireAdmin();
        String orgId = ctx.query.has("orgId") ? ctx.query.get("orgId") : ctx.caller.orgId;
        if (!orgId.equals(ctx.caller.orgId)) {
            throw ApiError.forbidden("You may only list the licenses of your own organization.");
        }
        List<ObjectNode> out = new ArrayList<>();
        for (License l : ctx.store.licenses.values()) {
            if (l.orgId.equals(orgId)) {
                out.add(ResourceJson.license(ctx.store, l));
            }
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        ctx.requireAdmin();
        License l = Replies.find(ctx.store.licenses, "LICENSE", id, "license");
        if (!l.orgId.equals(ctx.caller.orgId)) {
            throw ApiError.notFound("The requested license was not found.");
        }
        return Replies.ok(ResourceJson.license(ctx.store, l));
    }
}
