package io.ciscosparkapi.model;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A person invited to a meeting, as returned by the {@code meetingInvitees} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class MeetingInvitee extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "meetingId", "email", "displayName", "coHost");

    /**
     * Creates a meeting invitee from its JSON object as the API returns it; Jackson reads it through this
     * constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingInvitee(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the invitation (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the id of the meeting (JSON field {@code meetingId}).
     *
     * @return the value; null when absent
     */
    public String meetingId() {
        return string("meetingId");
    }

    /**
     * Returns the e-mail address of the invitee (JSON field {@code email}).
     *
     * @return the value; null when absent
     */
    public String email() {
        return string("email");
    }

    /**
     * Returns the name of the invitee as shown to others (JSON field {@code displayName}).
     *
     * @return the value; null when absent
     */
    public String displayName() {
        return string("displayName");
    }

    /**
     * Returns whether the invitee is a co-host of the meeting (JSON field {@code coHost}).
     *
     * @return the value; null when absent
     */
    public Boolean coHost() {
        return bool("coHost");
    }
}
