package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Meetings;
import io.ciscosparkapi.testkit.internal.state.Meetings.Recording;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code recordings} (spec §2.17): the recordings a test seeded, seen and deleted by their host or
 * an admin of the host's org (404 for anyone else). Lists are newest first.
 */
final class RecordingsEndpoint {

    private RecordingsEndpoint() {
    }

    private static Recording visibleRecording(RequestContext ctx, String id) {
        Recording r = Replies.find(ctx.store.meetings.recordings, "RECORDING", id, "recording");
        if (!MeetingsEndpoint.mayManage(ctx, r.hostUserId, r.hostOrgId)) {
            throw ApiError.notFound("The requested recording was not found.");
        }
        return r;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Instant from = MeetingTimes.query(ctx, "from");
        Instant to = MeetingTimes.query(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("'from' must not be after 'to'.");
        }
        String meetingId = ctx.query.get("meetingId");
        String siteUrl = ctx.query.get("siteUrl");
        String tag = ctx.query.get("integrationTag");
        Person host = MeetingsEndpoint.host(ctx, ctx.query.get("hostEmail"));
        List<Recording> out = new ArrayList<>();
        for (Recording r : host == null ? List.<Recording>of() : ctx.store.meetings.recordings.values()) {
            if (r.hostUserId.equals(host.id)
                    && (from == null || !r.createTime.isBefore(from))
                    && (to == null || r.createTime.isBefore(to))
                    && (meetingId == null || meetingId.equals(r.meetingId))
                    && (siteUrl == null || siteUrl.equalsIgnoreCase(Meetings.SITE))
                    && (tag == null || r.integrationTags.contains(tag))) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing((Recording r) -> r.createTime).reversed());
        return Paging.page(ctx, out, r -> r.id, MeetingsJson::recording, MeetingsEndpoint.MAX_PAGE);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(MeetingsJson.recording(visibleRecording(ctx, id)));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        ctx.store.meetings.recordings.remove(visibleRecording(ctx, id).id);
        return Replies.noContent();
    }
}
