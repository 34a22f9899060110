package io.ciscosparkapi.testkit.internal.state;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The meetings family of spec §2.17: meetings, their invitees and registrants, recordings (which
 * exist only when seeded) and the read-only templates every fake starts with. Plain mutable
 * objects guarded, like everything in the {@link Store}, by the store's lock.
 */
public final class Meetings {

    /** The one Webex site of the fake, as in {@code siteUrl}, web links and SIP addresses. */
    public static final String SITE = "example.webex.com";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String PASSWORD_DIGITS = "23456789";

    /** Meetings by id, in creation order. */
    public final Map<String, Meeting> meetings = new LinkedHashMap<>();
    /** Invitees by id, in creation order. */
    public final Map<String, Invitee> invitees = new LinkedHashMap<>();
    /** Registrants by id, in registration order. */
    public final Map<String, Registrant> registrants = new LinkedHashMap<>();
    /** Recordings by id, in seeding order. */
    public final Map<String, Recording> recordings = new LinkedHashMap<>();
    /** Templates by id: a few per type, the same in every fake. */
    public final Map<String, Template> templates = new LinkedHashMap<>();

    /** Creates the family with its seeded templates and nothing else. */
    public Meetings() {
        template("meeting-default", "Meeting", "meeting", true, true);
        template("meeting-team-sync", "Team sync", "meeting", false, false);
        template("meeting-customer-call", "Customer call", "meeting", false, false);
        template("webinar-default", "Webinar", "webinar", true, true);
        template("webinar-town-hall", "Town hall", "webinar", false, false);
        template("webinar-product-launch", "Product launch", "webinar", false, false);
    }

    private void template(String local, String name, String type, boolean isDefault, boolean isStandard) {
        Template t = new Template();
        t.id = Ids.encode("MEETING_TEMPLATE", local);
        t.name = name;
        t.templateType = type;
        t.isDefault = isDefault;
        t.isStandard = isStandard;
        templates.put(t.id, t);
    }

    /**
     * Returns a meeting number no meeting has yet: eleven digits, as the service's.
     *
     * @return the number
     */
    public String freeMeetingNumber() {
        while (true) {
            String n = String.valueOf(25_000_000_000L + (RANDOM.nextLong() & Long.MAX_VALUE) % 1_000_000_000L);
            if (meetings.values().stream().noneMatch(m -> m.meetingNumber.equals(n))) {
                return n;
            }
        }
    }

    /**
     * Returns a fresh meeting password: ten letters and digits, with at least one of each.
     *
     * @return the password
     */
    public static String newPassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(PASSWORD_LETTERS.charAt(RANDOM.nextInt(PASSWORD_LETTERS.length())));
        }
        for (int i = 0; i < 2; i++) {
            b.insert(RANDOM.nextInt(b.length() + 1), PASSWORD_DIGITS.charAt(RANDOM.nextInt(PASSWORD_DIGITS.length())));
        }
        return b.toString();
    }

    /**
     * The invitees of a meeting, oldest first.
     *
     * @param meetingId the meeting
     * @return the invitees
     */
    public List<Invitee> inviteesOf(String meetingId) {
        return invitees.values().stream().filter(i -> i.meetingId.equals(meetingId)).toList();
    }

    /**
     * The invitee of a meeting with an address, compared case-insensitively.
     *
     * @param meetingId the meeting
     * @param email the address
     * @return the invitee, or {@code null}
     */
    public Invitee invitee(String meetingId, String email) {
        for (Invitee i : invitees.values()) {
            if (i.meetingId.equals(meetingId) && i.email.equalsIgnoreCase(email)) {
                return i;
            }
        }
        return null;
    }

    /**
     * The registrants of a meeting, oldest first.
     *
     * @param meetingId the meeting
     * @return the registrants
     */
    public List<Registrant> registrantsOf(String meetingId) {
        return registrants.values().stream().filter(r -> r.meetingId.equals(meetingId)).toList();
    }

    /**
     * Removes a meeting with its invitees and registrants; its recordings stay.
     *
     * @param meeting the meeting
     */
    public void remove(Meeting meeting) {
        meetings.remove(meeting.id);
        invitees.values().removeIf(i -> i.meetingId.equals(meeting.id));
        registrants.values().removeIf(r -> r.meetingId.equals(meeting.id));
    }

    /**
     * Adds a recording of a meeting, made when it ended: its topic is the meeting's title, its
     * length the meeting's, its password the meeting's.
     *
     * @param meeting the meeting
     * @return the recording
     */
    public Recording addRecording(Meeting meeting) {
        Recording r = new Recording();
        String uuid = Ids.uuid();
        r.id = Ids.encode("RECORDING", uuid);
        r.meetingId = meeting.id;
        r.topic = meeting.title;
        r.createTime = meeting.end;
        r.durationSeconds = meeting.end.getEpochSecond() - meeting.start.getEpochSecond();
        // About what a shared-screen recording takes: 60 kB per second.
        r.sizeBytes = r.durationSeconds * 60_000L;
        r.password = meeting.password;
        r.hostUserId = meeting.hostUserId;
        r.hostEmail = meeting.hostEmail;
        r.hostOrgId = meeting.hostOrgId;
        r.integrationTags = List.copyOf(meeting.integrationTags);
        String local = uuid.replace("-", "").toLowerCase(Locale.ROOT);
        r.downloadUrl = "https://" + SITE + "/recordingservice/sites/example/recording/" + local + "/download";
        r.playbackUrl = "https://" + SITE + "/recordingservice/sites/example/recording/playback/" + local;
        recordings.put(r.id, r);
        return r;
    }

    /** A meeting series: what {@code POST meetings} creates. */
    public static final class Meeting {
        /** The id. */
        public String id;
        /** The eleven-digit number people dial or type to join. */
        public String meetingNumber;
        /** The title. */
        public String title;
        /** The agenda, or {@code null}. */
        public String agenda;
        /** The password. */
        public String password;
        /** {@code meeting}, {@code webinar} or {@code personalRoomMeeting}. */
        public String scheduledType;
        /** The time zone its times are shown in. */
        public ZoneId timezone;
        /** When it starts. */
        public Instant start;
        /** When it ends, after {@link #start}. */
        public Instant end;
        /** The host's person id. */
        public String hostUserId;
        /** The host's name when it was scheduled. */
        public String hostDisplayName;
        /** The host's address when it was scheduled. */
        public String hostEmail;
        /** The host's org, for its admins. */
        public String hostOrgId;
        /** The join link. */
        public String webLink;
        /** The SIP address. */
        public String sipAddress;
        /** Whether it is recorded from its start. */
        public boolean enabledAutoRecordMeeting;
        /** Whether anyone of the org may be a cohost. */
        public boolean allowAnyUserToBeCoHost;
        /** The integration tags, maybe empty. */
        public List<String> integrationTags = new ArrayList<>();
        /** The registration settings, webinars only; {@code null} for none. */
        public Registration registration;
        /** The creation time. */
        public Instant created;

        /**
         * The state on the fake's clock: {@code scheduled} before its start, {@code active} from
         * its start until its end, {@code ended} from then on.
         *
         * @param now the fake's time
         * @return the state
         */
        public String state(Instant now) {
            return now.isBefore(start) ? "scheduled" : now.isBefore(end) ? "active" : "ended";
        }
    }

    /**
     * A webinar's registration settings.
     *
     * @param autoAcceptRequest registrants are approved at once (else they wait, {@code pending})
     * @param requireFirstName the form asks for the first name
     * @param requireLastName the form asks for the last name
     * @param requireEmail the form asks for the address
     */
    public record Registration(boolean autoAcceptRequest, boolean requireFirstName, boolean requireLastName,
            boolean requireEmail) {
    }

    /** Someone invited to a meeting. */
    public static final class Invitee {
        /** The id. */
        public String id;
        /** The meeting. */
        public String meetingId;
        /** The address. */
        public String email;
        /** The name shown. */
        public String displayName;
        /** Whether a cohost. */
        public boolean coHost;
    }

    /** Someone registered for a webinar. */
    public static final class Registrant {
        /** The id. */
        public String id;
        /** The webinar. */
        public String meetingId;
        /** {@code approved} or {@code pending}. */
        public String status;
        /** The first name. */
        public String firstName;
        /** The last name. */
        public String lastName;
        /** The address. */
        public String email;
        /** The job title, or {@code null}. */
        public String jobTitle;
        /** The company, or {@code null}. */
        public String companyName;
        /** When registered. */
        public Instant registrationTime;
    }

    /** A recording of a meeting, seeded by a test. */
    public static final class Recording {
        /** The id. */
        public String id;
        /** The meeting recorded. */
        public String meetingId;
        /** The topic. */
        public String topic;
        /** When made. */
        public Instant createTime;
        /** The download link. */
        public String downloadUrl;
        /** The playback link. */
        public String playbackUrl;
        /** The password. */
        public String password;
        /** The file format. */
        public String format = "MP4";
        /** The length. */
        public long durationSeconds;
        /** The size of the file. */
        public long sizeBytes;
        /** {@code available}. */
        public String status = "available";
        /** The host's person id. */
        public String hostUserId;
        /** The host's address. */
        public String hostEmail;
        /** The host's org, for its admins. */
        public String hostOrgId;
        /** The integration tags of the meeting recorded. */
        public List<String> integrationTags = List.of();
    }

    /** A meeting or webinar template. */
    public static final class Template {
        /** The id. */
        public String id;
        /** The name. */
        public String name;
        /** {@code meeting} or {@code webinar}. */
        public String templateType;
        /** The template used when none is named. */
        public boolean isDefault;
        /** A template of the service rather than of the site. */
        public boolean isStandard;
    }
}
