package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A tab of a room that shows a web page, as returned by the {@code room/tabs} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class RoomTab extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "roomId", "roomType", "displayName", "contentUrl", "creatorId", "created");

    /**
     * Creates a room tab from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RoomTab(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the room tab (JSON field {@code id}).
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
     * Returns the type of the room (JSON field {@code roomType}).
     *
     * @return the value; null when absent; {@link RoomType#UNKNOWN} for a value this version does not know
     */
    public RoomType roomType() {
        return RoomType.of(string("roomType"));
    }

    /**
     * Returns the name of the tab (JSON field {@code displayName}).
     *
     * @return the value; null when absent
     */
    public String displayName() {
        return string("displayName");
    }

    /**
     * Returns the URL of the page the tab shows (JSON field {@code contentUrl}).
     *
     * @return the value; null when absent
     */
    public String contentUrl() {
        return string("contentUrl");
    }

    /**
     * Returns the person id of the creator of the tab (JSON field {@code creatorId}).
     *
     * @return the value; null when absent
     */
    public String creatorId() {
        return string("creatorId");
    }

    /**
     * Returns when the tab was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }
}
