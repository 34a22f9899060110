package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The recording of a meeting, as returned by the {@code recordings} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Recording extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "meetingId", "topic", "createTime", "hostEmail", "siteUrl", "downloadUrl", "playbackUrl", "password",
            "format", "durationSeconds", "sizeBytes", "status");

    /**
     * Creates a recording from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Recording(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the recording (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the id of the meeting that was recorded (JSON field {@code meetingId}).
     *
     * @return the value; null when absent
     */
    public String meetingId() {
        return string("meetingId");
    }

    /**
     * Returns the topic of the recording, by default the title of the meeting (JSON field {@code topic}).
     *
     * @return the value; null when absent
     */
    public String topic() {
        return string("topic");
    }

    /**
     * Returns when the recording was made (JSON field {@code createTime}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant createTime() {
        return instant("createTime");
    }

    /**
     * Returns the e-mail address of the host of the meeting that was recorded (JSON field {@code hostEmail}).
     *
     * @return the value; null when absent
     */
    public String hostEmail() {
        return string("hostEmail");
    }

    /**
     * Returns the Webex site the recording is kept on, such as {@code example.webex.com} (JSON field
     * {@code siteUrl}).
     *
     * @return the value; null when absent
     */
    public String siteUrl() {
        return string("siteUrl");
    }

    /**
     * Returns the URL to download the recording from (JSON field {@code downloadUrl}).
     *
     * @return the value; null when absent
     */
    public String downloadUrl() {
        return string("downloadUrl");
    }

    /**
     * Returns the URL to play the recording in a browser (JSON field {@code playbackUrl}).
     *
     * @return the value; null when absent
     */
    public String playbackUrl() {
        return string("playbackUrl");
    }

    /**
     * Returns the password that protects the recording (JSON field {@code password}).
     *
     * @return the value; null when absent
     */
    public String password() {
        return string("password");
    }

    /**
     * Returns the file format of the recording, such as {@code MP4} (JSON field {@code format}).
     *
     * @return the value; null when absent
     */
    public String format() {
        return string("format");
    }

    /**
     * Returns the length of the recording in seconds (JSON field {@code durationSeconds}).
     *
     * @return the value; null when absent or not a whole number that fits in an {@code int}
     */
    public Integer durationSeconds() {
        return integer("durationSeconds");
    }

    /**
     * Returns the size of the recording in bytes (JSON field {@code sizeBytes}).
     *
     * @return the value; null when absent or not a whole number that fits in a {@code long}
     */
    public Long sizeBytes() {
        return longValue("sizeBytes");
    }

    /**
     * Returns the state of the recording, such as {@code available} or {@code deleted} (JSON field {@code status}).
     *
     * @return the value; null when absent
     */
    public String status() {
        return string("status");
    }
}
