package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.Entities.Role;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** {@code roles} (spec §2.10): admins only. */
final class RolesEndpoint {

    private RolesEndpoint() {
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        ctx.requireAdmin();
        List<ObjectNode> out = new ArrayList<>();
        for (Role r : ctx.store.roles.values()) {
            out.add(ResourceJson.role(r));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        ctx.requireAdmin();
        return Replies.ok(ResourceJson.role(Replies.find(ctx.store.roles, "ROLE", id, "role")));
    }
}
