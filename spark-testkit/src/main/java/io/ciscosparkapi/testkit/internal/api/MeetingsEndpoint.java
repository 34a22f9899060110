package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Meetings;
import io.ciscosparkapi.testkit.internal.state.Meetings.Meeting;
import io.ciscosparkapi.testkit.internal.state.Meetings.Registration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * {@code meetings} (spec §2.17). Only a meeting's host, or an admin of the host's org, sees or
 * changes it; to anyone else it does not exist (404). Its state follows the fake's clock.
 */
final class MeetingsEndpoint {

    /** The largest page of every list in the meetings family. */
    static final int MAX_PAGE = 100;

    private static final Set<String> SCHEDULED_TYPES = Set.of("meeting", "webinar", "personalRoomMeeting");
    private static final Set<String> STATES = Set.of("scheduled", "active", "ended");
    private static final Set<String> MEETING_TYPES = Set.of("meetingSeries", "scheduledMeeting", "meeting");

    private MeetingsEndpoint() {
    }

    /** Whether the caller may see and change what a host owns: the host itself, or an admin of its org. */
    static boolean mayManage(RequestContext ctx, String hostUserId, String hostOrgId) {
        Person caller = ctx.caller;
        return caller.id.equals(hostUserId) || (caller.isAdmin() && caller.orgId.equals(hostOrgId));
    }

    /** A meeting the caller may manage, else 404. */
    static Meeting visibleMeeting(RequestContext ctx, String id) {
        Meeting m = Replies.find(ctx.store.meetings.meetings, "MEETING", id, "meeting");
        if (!mayManage(ctx, m.hostUserId, m.hostOrgId)) {
            throw ApiError.notFound("The requested meeting was not found.");
        }
        return m;
    }

    /**
     * Whose things a call is about: the caller, or with {@code hostEmail} someone else, which only
     * an admin may ask for (403 otherwise).
     *
     * @return the person, or {@code null} when an admin named an address nobody of the org has
     */
    static Person host(RequestContext ctx, String hostEmail) {
        if (hostEmail == null || hostEmail.isBlank() || ctx.caller.emails.stream().anyMatch(hostEmail::equalsIgnoreCase)) {
            return ctx.caller;
        }
        if (!ctx.caller.isAdmin()) {
            throw ApiError.forbidden("Only an administrator may act for another user with 'hostEmail'.");
        }
        Person p = ctx.store.personByEmail(hostEmail);
        return p == null || !p.orgId.equals(ctx.caller.orgId) ? null : p;
    }

    private static String oneOf(String value, Set<String> allowed, String name) {
        if (value != null && !allowed.contains(value)) {
            throw ApiError.badRequest("Invalid value for '" + name + "': " + value + "; expected one of "
                    + new TreeSet<>(allowed) + ".");
        }
        return value;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        String meetingType = oneOf(ctx.query.get("meetingType"), MEETING_TYPES, "meetingType");
        String state = oneOf(ctx.query.get("state"), STATES, "state");
        String scheduledType = oneOf(ctx.query.get("scheduledType"), SCHEDULED_TYPES, "scheduledType");
        Instant now = ctx.store.clock.peek();
        Instant from = MeetingTimes.query(ctx, "from");
        Instant to = MeetingTimes.query(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiError.badRequest("'from' must not be after 'to'.");
        }
        if (from == null && !"ended".equals(state)) {
            from = now;
        }
        Person host = host(ctx, ctx.query.get("hostEmail"));
        List<Meeting> out = new ArrayList<>();
        // Every meeting of the fake is a series: the other meeting types list nothing.
        if (host != null && (meetingType == null || meetingType.equals("meetingSeries"))) {
            for (Meeting m : ctx.store.meetings.meetings.values()) {
                if (m.hostUserId.equals(host.id)
                        && (state == null || state.equals(m.state(now)))
                        && (scheduledType == null || scheduledType.equals(m.scheduledType))
                        && (from == null || m.end.isAfter(from))
                        && (to == null || m.start.isBefore(to))) {
                    out.add(m);
                }
            }
        }
        out.sort(Comparator.comparing((Meeting m) -> m.start).thenComparing(m -> m.created));
        return Paging.page(ctx, out, m -> m.id, m -> MeetingsJson.meeting(m, now), MAX_PAGE);
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        Person host = host(ctx, Json.str(body, "hostEmail"));
        if (host == null) {
            throw ApiError.badRequest("Invalid value for field 'hostEmail': no user of your organization has it.");
        }
        String scheduledType = oneOf(Json.str(body, "scheduledType"), SCHEDULED_TYPES, "scheduledType");
        Meeting m = new Meeting();
        m.scheduledType = scheduledType == null ? "meeting" : scheduledType;
        Instant now = ctx.store.clock.peek();
        fill(m, body, now, true);
        JsonNode invitees = body.get("invitees");
        String uuid = Ids.uuid();
        m.id = Ids.encode("MEETING", uuid);
        m.meetingNumber = ctx.store.meetings.freeMeetingNumber();
        m.hostUserId = host.id;
        m.hostDisplayName = host.displayName;
        m.hostEmail = host.email();
        m.hostOrgId = host.orgId;
        m.webLink = "https://" + Meetings.SITE + "/example/j.php?MTID=m" + uuid.replace("-", "").toLowerCase(Locale.ROOT);
        m.sipAddress = m.meetingNumber + "@" + Meetings.SITE;
        List<Meetings.Invitee> drafts = invitees == null || invitees.isNull() ? List.of()
                : MeetingInviteesEndpoint.drafts(ctx, m, invitees, "invitees");
        m.created = ctx.store.now();
        ctx.store.meetings.meetings.put(m.id, m);
        drafts.forEach(i -> ctx.store.meetings.invitees.put(i.id, i));
        return Replies.ok(MeetingsJson.meeting(m, now));
    }

    /**
     * Sets what create and update share from a body, or refuses it whole (400) before changing
     * anything: {@code title}, {@code start} and {@code end} required; every optional field not
     * given takes its default, so an update replaces the whole meeting.
     */
    private static void fill(Meeting m, JsonNode body, Instant now, boolean creating) {
        String title = Json.required(body, "title");
        ZoneId zone = MeetingTimes.zone(Json.str(body, "timezone"), "timezone");
        Instant start = MeetingTimes.parse(Json.required(body, "start"), zone, "start");
        Instant end = MeetingTimes.parse(Json.required(body, "end"), zone, "end");
        if (!end.isAfter(start)) {
            throw ApiError.badRequest("The meeting's 'end' must be after its 'start'.");
        }
        if ((creating || !start.equals(m.start)) && start.isBefore(now.truncatedTo(ChronoUnit.SECONDS))) {
            throw ApiError.badRequest("The meeting's 'start' must not be in the past.");
        }
        String password = Json.str(body, "password");
        if (creating ? password != null && password.isBlank() : password == null || password.isBlank()) {
            throw ApiError.badRequest(creating ? "Invalid value for field 'password': it must not be blank."
                    : "Missing required field 'password'.");
        }
        String agenda = Json.str(body, "agenda");
        Boolean autoRecord = Json.bool(body, "enabledAutoRecordMeeting");
        Boolean anyCoHost = Json.bool(body, "allowAnyUserToBeCoHost");
        List<String> tags = Json.strList(body, "integrationTags");
        Registration registration = registration(body, m.scheduledType);
        m.title = title;
        m.timezone = zone;
        m.start = start;
        m.end = end;
        m.password = password == null ? Meetings.newPassword() : password;
        m.agenda = agenda;
        m.enabledAutoRecordMeeting = Boolean.TRUE.equals(autoRecord);
        m.allowAnyUserToBeCoHost = Boolean.TRUE.equals(anyCoHost);
        m.integrationTags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
        m.registration = registration;
    }

    private static Registration registration(JsonNode body, String scheduledType) {
        JsonNode r = body.get("registration");
        if (r == null || r.isNull()) {
            return null;
        }
        if (!r.isObject()) {
            throw ApiError.badRequest("Invalid value for field 'registration': expected an object.");
        }
        if (!scheduledType.equals("webinar")) {
            throw ApiError.badRequest("Registration is only available for a webinar, not for scheduledType '"
                    + scheduledType + "'.");
        }
        return new Registration(flag(r, "autoAcceptRequest", false), flag(r, "requireFirstName", true),
                flag(r, "requireLastName", true), flag(r, "requireEmail", true));
    }

    private static boolean flag(JsonNode r, String field, boolean otherwise) {
        Boolean b = Json.bool(r, field);
        return b == null ? otherwise : b;
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(MeetingsJson.meeting(visibleMeeting(ctx, id), ctx.store.clock.peek()));
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Meeting m = visibleMeeting(ctx, id);
        Instant now = ctx.store.clock.peek();
        if (m.state(now).equals("ended")) {
            throw ApiError.badRequest("The meeting has ended and can no longer be changed.");
        }
        JsonNode body = ctx.body();
        String scheduledType = oneOf(Json.str(body, "scheduledType"), SCHEDULED_TYPES, "scheduledType");
        if (scheduledType != null && !scheduledType.equals(m.scheduledType)) {
            throw ApiError.badRequest("The 'scheduledType' of a meeting cannot be changed.");
        }
        fill(m, body, now, false);
        return Replies.ok(MeetingsJson.meeting(m, now));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        ctx.store.meetings.remove(visibleMeeting(ctx, id));
        return Replies.noContent();
    }
}
