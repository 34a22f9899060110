package io.ciscosparkapi.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A scheduled Webex meeting or webinar, as returned by the {@code meetings} endpoints.
 *
 * <p>Times are read as instants; the start and end, when sent without an offset, are read in the meeting's time
 * zone. The text as sent stays readable with {@link #get(String)}.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Meeting extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "meetingNumber", "title", "agenda", "password", "meetingType", "state", "timezone", "start", "end",
            "hostUserId", "hostDisplayName", "hostEmail", "webLink", "sipAddress", "siteUrl", "scheduledType",
            "registration", "enabledAutoRecordMeeting", "allowAnyUserToBeCoHost", "integrationTags", "created");

    private static final Map<String, Function<Map<String, Object>, ? extends SparkObject>> NESTED = Map.of(
            "registration", Registration::new);

    /**
     * Creates a meeting from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Meeting(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the meeting (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the number people dial or type to join the meeting (JSON field {@code meetingNumber}).
     *
     * @return the value; null when absent
     */
    public String meetingNumber() {
        return string("meetingNumber");
    }

    /**
     * Returns the title of the meeting (JSON field {@code title}).
     *
     * @return the value; null when absent
     */
    public String title() {
        return string("title");
    }

    /**
     * Returns the agenda of the meeting (JSON field {@code agenda}).
     *
     * @return the value; null when absent
     */
    public String agenda() {
        return string("agenda");
    }

    /**
     * Returns the password to join the meeting; sent to its host (JSON field {@code password}).
     *
     * @return the value; null when absent
     */
    public String password() {
        return string("password");
    }

    /**
     * Returns whether this is a series, a scheduled occurrence of one or a meeting in progress:
     * {@code meetingSeries}, {@code scheduledMeeting} or {@code meeting} (JSON field {@code meetingType}).
     *
     * @return the value; null when absent
     */
    public String meetingType() {
        return string("meetingType");
    }

    /**
     * Returns the state of the meeting, such as {@code active}, {@code scheduled}, {@code inProgress} or
     * {@code ended} (JSON field {@code state}).
     *
     * @return the value; null when absent
     */
    public String state() {
        return string("state");
    }

    /**
     * Returns the time zone of the meeting as an IANA name, such as {@code Europe/Paris} (JSON field
     * {@code timezone}).
     *
     * @return the value; null when absent
     */
    public String timezone() {
        return string("timezone");
    }

    /**
     * Returns when the meeting starts (JSON field {@code start}); a time sent without an offset is read in the
     * meeting's {@link #timezone() time zone}.
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant start() {
        return meetingTime("start");
    }

    /**
     * Returns when the meeting ends (JSON field {@code end}); a time sent without an offset is read in the
     * meeting's {@link #timezone() time zone}.
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant end() {
        return meetingTime("end");
    }

    /**
     * Returns the person id of the host (JSON field {@code hostUserId}).
     *
     * @return the value; null when absent
     */
    public String hostUserId() {
        return string("hostUserId");
    }

    /**
     * Returns the display name of the host (JSON field {@code hostDisplayName}).
     *
     * @return the value; null when absent
     */
    public String hostDisplayName() {
        return string("hostDisplayName");
    }

    /**
     * Returns the e-mail address of the host (JSON field {@code hostEmail}).
     *
     * @return the value; null when absent
     */
    public String hostEmail() {
        return string("hostEmail");
    }

    /**
     * Returns the URL that opens the meeting in a browser (JSON field {@code webLink}).
     *
     * @return the value; null when absent
     */
    public String webLink() {
        return string("webLink");
    }

    /**
     * Returns the SIP address to join the meeting from a video system (JSON field {@code sipAddress}).
     *
     * @return the value; null when absent
     */
    public String sipAddress() {
        return string("sipAddress");
    }

    /**
     * Returns the Webex site the meeting is scheduled on, such as {@code example.webex.com} (JSON field
     * {@code siteUrl}); the value {@code recordings} and templates are filtered and labelled by.
     *
     * @return the value; null when absent
     */
    public String siteUrl() {
        return string("siteUrl");
    }

    /**
     * Returns whether this is a meeting, a webinar or a personal room meeting (JSON field {@code scheduledType}).
     *
     * @return the value; null when absent; {@link MeetingScheduledType#UNKNOWN} for a value this version does not know
     */
    public MeetingScheduledType scheduledType() {
        return MeetingScheduledType.of(string("scheduledType"));
    }

    /**
     * Returns how people register for the webinar; webinars with registration only (JSON field
     * {@code registration}).
     *
     * @return the value; null when absent or not an object
     */
    public Registration registration() {
        return object("registration", Registration::new);
    }

    /**
     * Returns whether the meeting is recorded as soon as it starts (JSON field {@code enabledAutoRecordMeeting}).
     *
     * @return the value; null when absent
     */
    public Boolean enabledAutoRecordMeeting() {
        return bool("enabledAutoRecordMeeting");
    }

    /**
     * Returns whether anyone who joins with a host account may be a co-host (JSON field
     * {@code allowAnyUserToBeCoHost}).
     *
     * @return the value; null when absent
     */
    public Boolean allowAnyUserToBeCoHost() {
        return bool("allowAnyUserToBeCoHost");
    }

    /**
     * Returns the tags an integration set on the meeting to find it again, such as a CRM record's id (JSON field
     * {@code integrationTags}); its recordings are listed by them.
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> integrationTags() {
        return strings("integrationTags");
    }

    /**
     * Returns when the meeting was scheduled (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /** A time with an offset as it says; one without, in the meeting's time zone (UTC when it has none). */
    private Instant meetingTime(String name) {
        String text = string(name);
        String zone = timezone();
        if (text != null && zone != null) {
            try {
                return LocalDateTime.parse(text).atZone(ZoneId.of(zone)).toInstant();
            } catch (DateTimeException e) {
                // has an offset, or the zone is not one this JDK knows: read as any other timestamp
            }
        }
        return instant(name);
    }

    /**
     * Returns the names of the fields present that this model does not document, including those of its
     * registration (named {@code registration.inner}).
     *
     * @return the unknown field names in the server's order, unmodifiable; empty when every field is known
     */
    @Override
    public Set<String> unknownFields() {
        return unknownFieldsWith(NESTED);
    }

    /**
     * How people register for a webinar (the {@link Meeting#registration()} of a webinar).
     *
     * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the
     * whole object. Instances are immutable and thread-safe.
     */
    public static final class Registration extends SparkObject {

        private static final Set<String> FIELDS = Set.of(
                "autoAcceptRequest", "requireFirstName", "requireLastName", "requireEmail");

        /**
         * Creates registration settings from its JSON object as the API returns it; Jackson reads it through this
         * constructor.
         *
         * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
         * @throws NullPointerException if {@code json} is null
         * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Registration(Map<String, Object> json) {
            super(json, FIELDS);
        }

        /**
         * Returns whether registrations are approved without the host (JSON field {@code autoAcceptRequest}).
         *
         * @return the value; null when absent
         */
        public Boolean autoAcceptRequest() {
            return bool("autoAcceptRequest");
        }

        /**
         * Returns whether a registrant must give a first name (JSON field {@code requireFirstName}).
         *
         * @return the value; null when absent
         */
        public Boolean requireFirstName() {
            return bool("requireFirstName");
        }

        /**
         * Returns whether a registrant must give a last name (JSON field {@code requireLastName}).
         *
         * @return the value; null when absent
         */
        public Boolean requireLastName() {
            return bool("requireLastName");
        }

        /**
         * Returns whether a registrant must give an e-mail address (JSON field {@code requireEmail}).
         *
         * @return the value; null when absent
         */
        public Boolean requireEmail() {
            return bool("requireEmail");
        }
    }
}
