package io.ciscosparkapi.model;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The meeting details of a room, as returned by {@code GET rooms/{roomId}/meetingInfo}.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class RoomMeetingInfo extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "roomId", "meetingLink", "sipAddress", "meetingNumber", "callInTollFreeNumber", "callInTollNumber");

    /**
     * Creates room meeting details from its JSON object as the API returns it; Jackson reads it through this
     * constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RoomMeetingInfo(Map<String, Object> json) {
        super(json, FIELDS);
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
     * Returns the URL to join the meeting of the room (JSON field {@code meetingLink}).
     *
     * @return the value; null when absent
     */
    public String meetingLink() {
        return string("meetingLink");
    }

    /**
     * Returns the SIP address to join the meeting of the room (JSON field {@code sipAddress}).
     *
     * @return the value; null when absent
     */
    public String sipAddress() {
        return string("sipAddress");
    }

    /**
     * Returns the meeting number of the room (JSON field {@code meetingNumber}).
     *
     * @return the value; null when absent
     */
    public String meetingNumber() {
        return string("meetingNumber");
    }

    /**
     * Returns the toll-free number to call into the meeting (JSON field {@code callInTollFreeNumber}).
     *
     * @return the value; null when absent
     */
    public String callInTollFreeNumber() {
        return string("callInTollFreeNumber");
    }

    /**
     * Returns the toll number to call into the meeting (JSON field {@code callInTollNumber}).
     *
     * @return the value; null when absent
     */
    public String callInTollNumber() {
        return string("callInTollNumber");
    }
}
