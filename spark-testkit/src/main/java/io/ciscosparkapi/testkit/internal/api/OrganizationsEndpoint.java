package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Org;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code organizations} (spec §2.8): admins list their own org; anyone may read their own org. */
final class OrganizationsEndpoint {

    private OrganizationsEndpoint() {
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        ctx.requireAdmin();
        List<ObjectNode> out = new ArrayList<>();
        Org own = ctx.store.orgs.get(ctx.caller.orgId);
        if (own != null) {
            out.add(ResourceJson.org(own));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        Org org = Replies.find(ctx.store.orgs, "ORGANIZATION", id, "organization");
        if (!org.id.equals(ctx.caller.orgId)) {
            throw ApiError.notFound("The requested organization was not found.");
        }
        return Replies.ok(ResourceJson.org(org));
    }
}
