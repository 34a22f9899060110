package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Meeting;
import io.ciscosparkapi.model.MeetingScheduledType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Webex meetings and webinars: the {@code meetings} endpoints (newer API generation). Obtain it
 * from {@link CiscoSparkAPI#meetings()}; templates, invitees, registrants and recordings have
 * their own groups ({@link CiscoSparkAPI#meetingTemplates()}, {@link CiscoSparkAPI#meetingInvitees()},
 * {@link CiscoSparkAPI#meetingRegistrants()}, {@link CiscoSparkAPI#recordings()}). Thread-safe.
 *
 * <p>Times go out as instants ({@code 2026-12-02T09:00:00.000Z}) or, given as a
 * {@link LocalDateTime}, as a wall-clock time in the meeting's {@code timezone}
 * ({@code 2026-12-02T10:00:00}).
 */
public final class MeetingsApi {

    private static final String PATH = "meetings";
    /** The largest page the endpoint serves. */
    private static final int MAX_PAGE = 100;
    /** The fields a meeting's update carries over from its current representation. */
    private static final List<String> UPDATABLE = List.of(
            "title", "agenda", "password", "start", "end", "timezone", "enabledAutoRecordMeeting",
            "allowAnyUserToBeCoHost", "registration");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final Session session;

    MeetingsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's upcoming meetings.
     *
     * @return a lazy listing
     */
    public PagedIterable<Meeting> list() {
        return session.list(listCall());
    }

    static ListCall<Meeting> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists meetings with filters, e.g.
     * {@code list(q -> q.scheduledType(MeetingScheduledType.WEBINAR).from(start).to(end))}.
     *
     * @param query sets the filters
     * @return a lazy listing
     * @throws IllegalArgumentException when {@code max} is over 100, the largest page the
     *     endpoint serves, or {@code hostEmail} cannot be an e-mail address
     */
    public PagedIterable<Meeting> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Meeting> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.atMost(params, "max", MAX_PAGE, "Listing meetings");
        Arguments.emails(params, "hostEmail");
        return new ListCall<>(PATH, params, Meeting::new);
    }

    /**
     * Schedules a meeting in UTC.
     *
     * @param title the meeting's title
     * @param start when it starts
     * @param end when it ends; after {@code start}
     * @return the new meeting
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when {@code title} is blank or {@code end} is not after
     *     {@code start}
     */
    public Meeting create(String title, Instant start, Instant end) {
        return session.execute(createCall(title, start, end));
    }

    static Call<Meeting> createCall(String title, Instant start, Instant end) {
        Arguments.required(title, "title");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        return createCall(m -> m.title(title).start(start).end(end));
    }

    /**
     * Schedules a meeting or webinar, e.g.
     * {@code create(m -> m.title("Review").start(at).end(at.plusSeconds(1800)).invitee("bob@example.com"))}.
     * Spark makes up a password when none is given.
     *
     * @param request sets the fields; {@code title}, {@code start} and {@code end} are required
     * @return the new meeting
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code end} is not after {@code start}, a
     *     {@code registration} is given for something else than a webinar, or an e-mail address
     *     cannot be valid
     */
    public Meeting create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<Meeting> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        checkRequired(r, "title", "start", "end");
        checkTimes(r);
        Object scheduledType = r.fieldValue("scheduledType");
        if (r.fieldValue("registration") != null
                && !MeetingScheduledType.WEBINAR.value().equalsIgnoreCase(String.valueOf(scheduledType))) {
            throw new IllegalArgumentException("registration is for webinars only: set scheduledType to "
                    + "MeetingScheduledType.WEBINAR, or leave registration out");
        }
        Invitees.check(r, "invitees", false);
        Arguments.emails(r.fields(), "hostEmail");
        return Call.post(PATH, r.fields(), Meeting::new);
    }

    /**
     * Gets one meeting.
     *
     * @param meetingId the meeting's id
     * @return the meeting
     */
    public Meeting get(String meetingId) {
        return session.execute(getCall(meetingId));
    }

    static Call<Meeting> getCall(String meetingId) {
        return Call.get(Urls.path(PATH, Arguments.id(meetingId, "meetingId")), Map.of(), Meeting::new);
    }

    /**
     * Updates a meeting with exactly the fields set in {@code request}. Spark replaces the whole
     * meeting: {@code title}, {@code password}, {@code start} and {@code end} must be sent every
     * time, and fields left out are reset. Prefer {@link #update(Meeting, Consumer)}, which starts
     * from the meeting's current fields.
     *
     * @param meetingId the meeting's id
     * @param request sets the fields; {@code title}, {@code password}, {@code start} and
     *     {@code end} are required
     * @return the updated meeting
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code end} is not after {@code start}
     */
    public Meeting update(String meetingId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(meetingId, request));
    }

    static Call<Meeting> updateCall(String meetingId, Consumer<UpdateRequest> request) {
        Arguments.id(meetingId, "meetingId");
        return putCall(meetingId, Arguments.apply(new UpdateRequest(), request));
    }

    /**
     * Updates a meeting starting from its current fields, so only what {@code request} changes is
     * changed: the body is pre-filled with the meeting's {@code title}, {@code agenda},
     * {@code password}, {@code start}, {@code end}, {@code timezone},
     * {@code enabledAutoRecordMeeting}, {@code allowAnyUserToBeCoHost} and {@code registration},
     * those present. To clear one, set it to {@code null} with {@code field(name, null)}. Example:
     * {@code update(meeting, m -> m.title("Moved").start(newStart).end(newEnd))}.
     *
     * @param current the meeting as last read, e.g. from {@link #get(String)}
     * @param request changes fields of the pre-filled body
     * @return the updated meeting
     * @throws NullPointerException when {@code current} is {@code null} or lacks a required field
     *     that {@code request} does not set
     */
    public Meeting update(Meeting current, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(current, request));
    }

    static Call<Meeting> updateCall(Meeting current, Consumer<UpdateRequest> request) {
        Objects.requireNonNull(current, "current must not be null");
        String meetingId = Arguments.id(Arguments.requiredText(current.id(), "current.id"), "current.id");
        UpdateRequest r = new UpdateRequest();
        for (String name : UPDATABLE) {
            Object value = current.get(name);
            if (value != null) {
                r.field(name, value);
            }
        }
        return putCall(meetingId, Arguments.apply(r, request));
    }

    /**
     * Cancels a meeting.
     *
     * @param meetingId the meeting's id
     */
    public void delete(String meetingId) {
        session.execute(deleteCall(meetingId));
    }

    static Call<Void> deleteCall(String meetingId) {
        return Call.delete(Urls.path(PATH, Arguments.id(meetingId, "meetingId")));
    }

    private static Call<Meeting> putCall(String meetingId, UpdateRequest r) {
        checkRequired(r, "title", "password", "start", "end");
        checkTimes(r);
        Arguments.emails(r.fields(), "hostEmail");
        return Call.put(Urls.path(PATH, meetingId), r.fields(), Meeting::new);
    }

    private static void checkRequired(BodyBuilder<?> r, String... names) {
        for (String name : names) {
            Arguments.requiredText(r.fieldValue(name), name);
        }
    }

    /** Refuses an end that is not after the start, when both are instants or both wall-clock times. */
    private static void checkTimes(BodyBuilder<?> r) {
        String start = (String) r.fieldValue("start");
        String end = (String) r.fieldValue("end");
        Instant startInstant = instantOrNull(start);
        Instant endInstant = instantOrNull(end);
        boolean endFirst;
        if (startInstant != null && endInstant != null) {
            endFirst = !endInstant.isAfter(startInstant);
        } else {
            LocalDateTime startLocal = localOrNull(start);
            LocalDateTime endLocal = localOrNull(end);
            endFirst = startLocal != null && endLocal != null && !endLocal.isAfter(startLocal);
        }
        if (endFirst) {
            throw new IllegalArgumentException("end (" + end + ") must be after start (" + start + ")");
        }
    }

    private static Instant instantOrNull(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime localOrNull(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String local(LocalDateTime time, String name) {
        return LOCAL_TIME.format(Objects.requireNonNull(time, name + " must not be null"));
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * Only meetings of this type: {@code meetingSeries}, {@code scheduledMeeting} or
         * {@code meeting}.
         *
         * @param meetingType the meeting type
         * @return this query
         */
        public ListQuery meetingType(String meetingType) {
            return param("meetingType", meetingType);
        }

        /**
         * Only meetings in this state, such as {@code scheduled}, {@code inProgress} or
         * {@code ended}.
         *
         * @param state the state
         * @return this query
         */
        public ListQuery state(String state) {
            return param("state", state);
        }

        /**
         * Only meetings, only webinars or only personal room meetings.
         *
         * @param scheduledType the kind of meeting
         * @return this query
         * @throws IllegalArgumentException for {@link MeetingScheduledType#UNKNOWN}, which has no
         *     wire value
         */
        public ListQuery scheduledType(MeetingScheduledType scheduledType) {
            return param("scheduledType", sendable(scheduledType));
        }

        /**
         * Only meetings that start at or after this time.
         *
         * @param from the time
         * @return this query
         */
        public ListQuery from(Instant from) {
            return param("from", from);
        }

        /**
         * Only meetings that start before this time.
         *
         * @param to the time
         * @return this query
         */
        public ListQuery to(Instant to) {
            return param("to", to);
        }

        /**
         * The meetings of this host (administrators, on behalf of a user).
         *
         * @param hostEmail the host's e-mail address
         * @return this query
         */
        public ListQuery hostEmail(String hostEmail) {
            return param("hostEmail", hostEmail);
        }
    }

    /**
     * Fields shared by scheduling and updating a meeting.
     *
     * @param <S> the concrete builder, returned for chaining
     */
    abstract static class MeetingFields<S extends MeetingFields<S>> extends BodyBuilder<S> {
        MeetingFields() {
        }

        /**
         * The meeting's title.
         *
         * @param title the title
         * @return this request
         */
        public S title(String title) {
            return field("title", title);
        }

        /**
         * The meeting's agenda.
         *
         * @param agenda the agenda
         * @return this request
         */
        public S agenda(String agenda) {
            return field("agenda", agenda);
        }

        /**
         * The password to join; Spark makes one up for a new meeting when none is given.
         *
         * @param password the password
         * @return this request
         */
        public S password(String password) {
            return field("password", password);
        }

        /**
         * When the meeting starts, as an instant.
         *
         * @param start the start
         * @return this request
         */
        public S start(Instant start) {
            return field("start", start);
        }

        /**
         * When the meeting starts, as a wall-clock time in the meeting's {@link #timezone(String)
         * time zone}.
         *
         * @param start the start
         * @return this request
         * @throws NullPointerException when {@code start} is {@code null}
         */
        public S start(LocalDateTime start) {
            return field("start", local(start, "start"));
        }

        /**
         * When the meeting ends, as an instant; after the start.
         *
         * @param end the end
         * @return this request
         */
        public S end(Instant end) {
            return field("end", end);
        }

        /**
         * When the meeting ends, as a wall-clock time in the meeting's {@link #timezone(String)
         * time zone}; after the start.
         *
         * @param end the end
         * @return this request
         * @throws NullPointerException when {@code end} is {@code null}
         */
        public S end(LocalDateTime end) {
            return field("end", local(end, "end"));
        }

        /**
         * The meeting's time zone, as an IANA name such as {@code Europe/Paris}; UTC when not set.
         *
         * @param timezone the time zone
         * @return this request
         */
        public S timezone(String timezone) {
            return field("timezone", timezone);
        }

        /**
         * Whether the meeting is recorded as soon as it starts.
         *
         * @param enabledAutoRecordMeeting whether to record automatically
         * @return this request
         */
        public S enabledAutoRecordMeeting(boolean enabledAutoRecordMeeting) {
            return field("enabledAutoRecordMeeting", enabledAutoRecordMeeting);
        }

        /**
         * Whether anyone who joins with a host account may be a co-host.
         *
         * @param allowAnyUserToBeCoHost whether any such user may be a co-host
         * @return this request
         */
        public S allowAnyUserToBeCoHost(boolean allowAnyUserToBeCoHost) {
            return field("allowAnyUserToBeCoHost", allowAnyUserToBeCoHost);
        }

        /**
         * How people register for the webinar (webinars only), e.g.
         * {@code registration(r -> r.autoAcceptRequest(true).requireEmail(true))}.
         *
         * @param registration sets the registration settings
         * @return this request
         */
        public S registration(Consumer<Registration> registration) {
            return field("registration", Arguments.apply(new Registration(), registration).fields());
        }

        /**
         * The host the meeting is scheduled for (administrators, on behalf of a user).
         *
         * @param hostEmail the host's e-mail address
         * @return this request
         */
        public S hostEmail(String hostEmail) {
            return field("hostEmail", hostEmail);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends MeetingFields<CreateRequest> {
        CreateRequest() {
        }

        /**
         * Whether this is a meeting (the default), a webinar or a personal room meeting.
         *
         * @param scheduledType the kind of meeting
         * @return this request
         * @throws IllegalArgumentException for {@link MeetingScheduledType#UNKNOWN}, which has no
         *     wire value
         */
        public CreateRequest scheduledType(MeetingScheduledType scheduledType) {
            return field("scheduledType", sendable(scheduledType));
        }

        /**
         * Invites a person; each call adds one invitee.
         *
         * @param email the invitee's e-mail address
         * @return this request
         */
        public CreateRequest invitee(String email) {
            Invitees.add(this, "invitees", email, null, null);
            return this;
        }

        /**
         * Invites a person with a name, perhaps as a co-host; each call adds one invitee.
         *
         * @param email the invitee's e-mail address
         * @param displayName the invitee's name as shown to others
         * @param coHost whether the invitee co-hosts the meeting
         * @return this request
         */
        public CreateRequest invitee(String email, String displayName, boolean coHost) {
            Invitees.add(this, "invitees", email, displayName, coHost);
            return this;
        }
    }

    /** Fields of {@link #update(String, Consumer)} and {@link #update(Meeting, Consumer)}. */
    public static final class UpdateRequest extends MeetingFields<UpdateRequest> {
        UpdateRequest() {
        }
    }

    /** Registration settings of a webinar, for {@link CreateRequest#registration(Consumer)}. */
    public static final class Registration extends BodyBuilder<Registration> {
        Registration() {
        }

        /**
         * Whether registrations are approved without the host.
         *
         * @param autoAcceptRequest whether to approve automatically
         * @return these settings
         */
        public Registration autoAcceptRequest(boolean autoAcceptRequest) {
            return field("autoAcceptRequest", autoAcceptRequest);
        }

        /**
         * Whether a registrant must give a first name.
         *
         * @param requireFirstName whether required
         * @return these settings
         */
        public Registration requireFirstName(boolean requireFirstName) {
            return field("requireFirstName", requireFirstName);
        }

        /**
         * Whether a registrant must give a last name.
         *
         * @param requireLastName whether required
         * @return these settings
         */
        public Registration requireLastName(boolean requireLastName) {
            return field("requireLastName", requireLastName);
        }

        /**
         * Whether a registrant must give an e-mail address.
         *
         * @param requireEmail whether required
         * @return these settings
         */
        public Registration requireEmail(boolean requireEmail) {
            return field("requireEmail", requireEmail);
        }
    }

    private static MeetingScheduledType sendable(MeetingScheduledType type) {
        if (type == MeetingScheduledType.UNKNOWN) {
            throw new IllegalArgumentException("scheduledType UNKNOWN cannot be sent; use MEETING, WEBINAR or "
                    + "PERSONAL_ROOM_MEETING");
        }
        return type;
    }
}
