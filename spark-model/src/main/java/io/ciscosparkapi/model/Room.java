package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A room (space): a group room or a one-to-one conversation, as returned by the {@code rooms} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Room extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "title", "type", "isLocked", "teamId", "lastActivity", "creatorId", "created", "ownerId",
            "sipAddress", "classificationId", "isAnnouncementOnly", "isReadOnly", "isPublic", "madePublic",
            "description");

    /**
     * Creates a room from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Room(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the room (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the title of the room; for a direct room, the display name of the other person (JSON field
     * {@code title}).
     *
     * @return the value; null when absent
     */
    public String title() {
        return string("title");
    }

    /**
     * Returns whether the room is a direct (one-to-one) or a group room (JSON field {@code type}).
     *
     * @return the value; null when absent; {@link RoomType#UNKNOWN} for a value this version does not know
     */
    public RoomType type() {
        return RoomType.of(string("type"));
    }

    /**
     * Returns whether the room is locked, that is moderated (JSON field {@code isLocked}).
     *
     * @return the value; null when absent
     */
    public Boolean isLocked() {
        return bool("isLocked");
    }

    /**
     * Returns the id of the team the room belongs to, present only for team rooms (JSON field {@code teamId}).
     *
     * @return the value; null when absent
     */
    public String teamId() {
        return string("teamId");
    }

    /**
     * Returns when the last activity (a message or a membership change) happened in the room (JSON field
     * {@code lastActivity}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant lastActivity() {
        return instant("lastActivity");
    }

    /**
     * Returns the person id of the creator of the room (JSON field {@code creatorId}).
     *
     * @return the value; null when absent
     */
    public String creatorId() {
        return string("creatorId");
    }

    /**
     * Returns when the room was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /**
     * Returns the id of the organization that owns the room (JSON field {@code ownerId}).
     *
     * @return the value; null when absent
     */
    public String ownerId() {
        return string("ownerId");
    }

    /**
     * Returns the SIP address of the room, sent by the 2017-2018 service (JSON field {@code sipAddress}).
     *
     * @return the value; null when absent
     */
    public String sipAddress() {
        return string("sipAddress");
    }

    /**
     * Returns the id of the space classification of the room (JSON field {@code classificationId}).
     *
     * @return the value; null when absent
     */
    public String classificationId() {
        return string("classificationId");
    }

    /**
     * Returns whether only moderators may post in the room (JSON field {@code isAnnouncementOnly}).
     *
     * @return the value; null when absent
     */
    public Boolean isAnnouncementOnly() {
        return bool("isAnnouncementOnly");
    }

    /**
     * Returns whether the room is read-only (JSON field {@code isReadOnly}).
     *
     * @return the value; null when absent
     */
    public Boolean isReadOnly() {
        return bool("isReadOnly");
    }

    /**
     * Returns whether the room is public and can be found by people of the organization (JSON field
     * {@code isPublic}).
     *
     * @return the value; null when absent
     */
    public Boolean isPublic() {
        return bool("isPublic");
    }

    /**
     * Returns when the room was made public (JSON field {@code madePublic}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant madePublic() {
        return instant("madePublic");
    }

    /**
     * Returns the description of the room, required for public rooms (JSON field {@code description}).
     *
     * @return the value; null when absent
     */
    public String description() {
        return string("description");
    }
}
