package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Meetings.Meeting;
import io.ciscosparkapi.testkit.internal.state.Meetings.Registrant;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * {@code meetings/{meetingId}/registrants} (spec §2.17): who registered for a webinar with
 * registration, seen and changed by those who manage the webinar. For any other meeting every
 * call is a 400. An address registers once per webinar (409 for a second time).
 */
final class MeetingRegistrantsEndpoint {

    private MeetingRegistrantsEndpoint() {
    }

    /** The webinar a registrants path names: 404 when not the caller's to manage, 400 without registration. */
    private static Meeting webinar(RequestContext ctx, String meetingId) {
        Meeting m = MeetingsEndpoint.visibleMeeting(ctx, meetingId);
        if (!m.scheduledType.equals("webinar") || m.registration == null) {
            throw ApiError.badRequest("Registration is not supported for this meeting series.");
        }
        return m;
    }

    /**
     * The meeting id of {@code /v1/meetings/{meetingId}/registrants/{registrantId}}: the route
     * hands over the last id only.
     */
    private static String meetingIdInPath(RequestContext ctx) {
        String[] parts = ctx.request.path().split("/");
        try {
            return URLDecoder.decode(parts[3].replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw ApiError.notFound("The requested meeting was not found.");
        }
    }

    private static Registrant registrant(RequestContext ctx, String id) {
        Meeting m = webinar(ctx, meetingIdInPath(ctx));
        Registrant r = Replies.find(ctx.store.meetings.registrants, "MEETING_REGISTRANT", id, "registrant");
        if (!r.meetingId.equals(m.id)) {
            throw ApiError.notFound("The requested registrant was not found.");
        }
        return r;
    }

    static ApiResponse list(RequestContext ctx, String meetingId) {
        Meeting m = webinar(ctx, meetingId);
        return Paging.page(ctx, ctx.store.meetings.registrantsOf(m.id), r -> r.id, MeetingsJson::registrant,
                MeetingsEndpoint.MAX_PAGE);
    }

    static ApiResponse create(RequestContext ctx, String meetingId) {
        Meeting m = webinar(ctx, meetingId);
        JsonNode body = ctx.body();
        String firstName = Json.required(body, "firstName");
        String lastName = Json.required(body, "lastName");
        String email = MeetingInviteesEndpoint.requiredEmail(body, "email");
        String jobTitle = Json.str(body, "jobTitle");
        String companyName = Json.str(body, "companyName");
        for (Registrant other : ctx.store.meetings.registrantsOf(m.id)) {
            if (other.email.equalsIgnoreCase(email)) {
                throw ApiError.conflict(email + " is already registered for this webinar.");
            }
        }
        Registrant r = new Registrant();
        r.id = Ids.encode("MEETING_REGISTRANT", Ids.uuid());
        r.meetingId = m.id;
        r.status = m.registration.autoAcceptRequest() ? "approved" : "pending";
        r.firstName = firstName;
        r.lastName = lastName;
        r.email = email;
        r.jobTitle = jobTitle;
        r.companyName = companyName;
        r.registrationTime = ctx.store.now();
        ctx.store.meetings.registrants.put(r.id, r);
        return Replies.ok(MeetingsJson.registrant(r));
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(MeetingsJson.registrant(registrant(ctx, id)));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        ctx.store.meetings.registrants.remove(registrant(ctx, id).id);
        return Replies.noContent();
    }
}
