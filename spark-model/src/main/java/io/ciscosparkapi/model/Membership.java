package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The membership of a person in a room, as returned by the {@code memberships} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Membership extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "roomId", "personId", "personEmail", "personDisplayName", "personOrgId", "isModerator",
            "isMonitor", "isRoomHidden", "roomType", "created");

    /**
     * Creates a membership from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Membership(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the membership (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the id of the room (JSON field {@code roomId}).
     *
     * @return the value; null when absent
     */
    public String roomId() {
        return string("roomId");
    }

    /**
     * Returns the id of the member (JSON field {@code personId}).
     *
     * @return the value; null when absent
     */
    public String personId() {
        return string("personId");
    }

    /**
     * Returns the email address of the member (JSON field {@code personEmail}).
     *
     * @return the value; null when absent
     */
    public String personEmail() {
        return string("personEmail");
    }

    /**
     * Returns the display name of the member (JSON field {@code personDisplayName}).
     *
     * @return the value; null when absent
     */
    public String personDisplayName() {
        return string("personDisplayName");
    }

    /**
     * Returns the organization id of the member (JSON field {@code personOrgId}).
     *
     * @return the value; null when absent
     */
    public String personOrgId() {
        return string("personOrgId");
    }

    /**
     * Returns whether the member is a moderator of the room (JSON field {@code isModerator}).
     *
     * @return the value; null when absent
     */
    public Boolean isModerator() {
        return bool("isModerator");
    }

    /**
     * Returns whether the member is a monitoring bot, a deprecated flag (JSON field {@code isMonitor}).
     *
     * @return the value; null when absent
     */
    public Boolean isMonitor() {
        return bool("isMonitor");
    }

    /**
     * Returns whether the member has hidden the direct room (JSON field {@code isRoomHidden}).
     *
     * @return the value; null when absent
     */
    public Boolean isRoomHidden() {
        return bool("isRoomHidden");
    }

    /**
     * Returns the type of the room (JSON field {@code roomType}).
     *
     * @return the value; null when absent; {@link RoomType#UNKNOWN} for a value this version does not know
     */
    public RoomType roomType() {
        return RoomType.of(string("roomType"));
    }

    /**
     * Returns when the membership was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }
}
