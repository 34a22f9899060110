package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Meetings.Invitee;
import io.ciscosparkapi.testkit.internal.state.Meetings.Meeting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code meetingInvitees} (spec §2.17): who is invited to a meeting, seen and changed by those
 * who manage the meeting. An address is invited once per meeting (409 for a second time).
 */
final class MeetingInviteesEndpoint {

    /** The most items one bulk insert takes. */
    static final int BULK_LIMIT = 100;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MeetingInviteesEndpoint() {
    }

    /** Reads a required e-mail address, 400 when missing or not an address. */
    static String requiredEmail(JsonNode body, String field) {
        String email = Json.required(body, field).trim();
        if (!EMAIL.matcher(email).matches()) {
            throw ApiError.badRequest("Invalid value for field '" + field + "': " + email + " is not an e-mail address.");
        }
        return email;
    }

    /** A meeting named in a body or query: 400 when missing, 404 when unknown or not the caller's to manage. */
    private static Meeting meetingNamed(RequestContext ctx, String meetingId) {
        if (meetingId == null || meetingId.isBlank()) {
            throw ApiError.badRequest("Missing required field 'meetingId'.");
        }
        return MeetingsEndpoint.visibleMeeting(ctx, meetingId);
    }

    /** An invitee of a meeting the caller manages, else 404. */
    private static Invitee visibleInvitee(RequestContext ctx, String id) {
        Invitee i = Replies.find(ctx.store.meetings.invitees, "MEETING_INVITEE", id, "invitee");
        Meeting m = ctx.store.meetings.meetings.get(i.meetingId);
        if (m == null || !MeetingsEndpoint.mayManage(ctx, m.hostUserId, m.hostOrgId)) {
            throw ApiError.notFound("The requested invitee was not found.");
        }
        return i;
    }

    /**
     * Reads invitees for a meeting from a JSON array, all or nothing: each item an object with
     * {@code email} (required), {@code displayName} and {@code coHost}. Nothing is stored.
     *
     * @param ctx the request
     * @param m the meeting, its id set
     * @param items the array
     * @param field the field, for errors
     * @return the invitees, not yet stored
     * @throws ApiError 400 for a malformed item, 409 for an address invited already or twice
     */
    static List<Invitee> drafts(RequestContext ctx, Meeting m, JsonNode items, String field) {
        if (!items.isArray()) {
            throw ApiError.badRequest("Invalid value for field '" + field + "': expected a list of invitees.");
        }
        List<Invitee> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw ApiError.badRequest("Invalid value for field '" + field + "': each invitee must be an object.");
            }
            Invitee i = new Invitee();
            i.id = Ids.encode("MEETING_INVITEE", Ids.uuid());
            i.meetingId = m.id;
            set(i, item);
            if (!seen.add(i.email.toLowerCase(Locale.ROOT)) || ctx.store.meetings.invitee(m.id, i.email) != null) {
                throw duplicate(i.email);
            }
            out.add(i);
        }
        return out;
    }

    private static void set(Invitee i, JsonNode body) {
        String email = requiredEmail(body, "email");
        String displayName = Json.str(body, "displayName");
        Boolean coHost = Json.bool(body, "coHost");
        i.email = email;
        i.displayName = displayName == null || displayName.isBlank() ? email : displayName;
        i.coHost = Boolean.TRUE.equals(coHost);
    }

    private static ApiError duplicate(String email) {
        return ApiError.conflict(email + " is already invited to this meeting.");
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Meeting m = meetingNamed(ctx, ctx.query.get("meetingId"));
        return Paging.page(ctx, ctx.store.meetings.inviteesOf(m.id), i -> i.id, MeetingsJson::invitee,
                MeetingsEndpoint.MAX_PAGE);
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        Meeting m = meetingNamed(ctx, Json.str(body, "meetingId"));
        Invitee i = drafts(ctx, m, Json.MAPPER.createArrayNode().add(body), "body").get(0);
        ctx.store.meetings.invitees.put(i.id, i);
        return Replies.ok(MeetingsJson.invitee(i));
    }

    static ApiResponse bulkInsert(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        Meeting m = meetingNamed(ctx, Json.str(body, "meetingId"));
        JsonNode items = body.get("items");
        if (items == null || items.isNull() || (items.isArray() && items.isEmpty())) {
            throw ApiError.badRequest("Missing required field 'items'.");
        }
        if (items.size() > BULK_LIMIT) {
            throw ApiError.badRequest("Too many items: at most " + BULK_LIMIT + " invitees at once.");
        }
        List<Invitee> added = drafts(ctx, m, items, "items");
        ObjectNode out = Json.object();
        ArrayNode array = out.putArray("items");
        for (Invitee i : added) {
            ctx.store.meetings.invitees.put(i.id, i);
            array.add(MeetingsJson.invitee(i));
        }
        return Replies.ok(out);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(MeetingsJson.invitee(visibleInvitee(ctx, id)));
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Invitee i = visibleInvitee(ctx, id);
        JsonNode body = ctx.body();
        Invitee changed = new Invitee();
        set(changed, body);
        Invitee other = ctx.store.meetings.invitee(i.meetingId, changed.email);
        if (other != null && other != i) {
            throw duplicate(changed.email);
        }
        i.email = changed.email;
        i.displayName = changed.displayName;
        i.coHost = changed.coHost;
        return Replies.ok(MeetingsJson.invitee(i));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        ctx.store.meetings.invitees.remove(visibleInvitee(ctx, id).id);
        return Replies.noContent();
    }
}
