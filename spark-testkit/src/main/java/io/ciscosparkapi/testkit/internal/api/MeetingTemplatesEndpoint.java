package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Meetings.Template;
import java.util.ArrayList;
import java.util.List;

/** {@code meetings/templates} (spec §2.17): the seeded templates, read-only, the same for everyone. */
final class MeetingTemplatesEndpoint {

    private MeetingTemplatesEndpoint() {
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        String type = ctx.query.get("templateType");
        if (type != null && !type.equals("meeting") && !type.equals("webinar")) {
            throw ApiError.badRequest("Invalid value for 'templateType': " + type + "; expected meeting or webinar.");
        }
        List<Template> out = new ArrayList<>();
        for (Template t : ctx.store.meetings.templates.values()) {
            if (type == null || type.equals(t.templateType)) {
                out.add(t);
            }
        }
        return Paging.page(ctx, out, t -> t.id, MeetingsJson::template, MeetingsEndpoint.MAX_PAGE);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(MeetingsJson.template(Replies.find(ctx.store.meetings.templates, "MEETING_TEMPLATE", id,
                "template")));
    }
}
