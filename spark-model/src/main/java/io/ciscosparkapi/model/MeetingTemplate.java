package io.ciscosparkapi.model;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A template meetings or webinars are scheduled from, as returned by the {@code meetings/templates} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class MeetingTemplate extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "name", "locale", "siteUrl", "templateType", "isDefault", "isStandard", "meeting");

    private static final Map<String, Function<Map<String, Object>, ? extends SparkObject>> NESTED = Map.of(
            "meeting", Meeting::new);

    /**
     * Creates a meeting template from its JSON object as the API returns it; Jackson reads it through this
     * constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingTemplate(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the template (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the name of the template (JSON field {@code name}).
     *
     * @return the value; null when absent
     */
    public String name() {
        return string("name");
    }

    /**
     * Returns the locale of the template, such as {@code en_US} (JSON field {@code locale}).
     *
     * @return the value; null when absent
     */
    public String locale() {
        return string("locale");
    }

    /**
     * Returns the Webex site the template belongs to, such as {@code example.webex.com} (JSON field
     * {@code siteUrl}).
     *
     * @return the value; null when absent
     */
    public String siteUrl() {
        return string("siteUrl");
    }

    /**
     * Returns whether the template schedules meetings or webinars (JSON field {@code templateType}).
     *
     * @return the value; null when absent; {@link MeetingTemplateType#UNKNOWN} for a value this version does not know
     */
    public MeetingTemplateType templateType() {
        return MeetingTemplateType.of(string("templateType"));
    }

    /**
     * Returns whether this is the default template of its site (JSON field {@code isDefault}).
     *
     * @return the value; null when absent
     */
    public Boolean isDefault() {
        return bool("isDefault");
    }

    /**
     * Returns whether this is a standard template rather than one made by the site (JSON field {@code isStandard}).
     *
     * @return the value; null when absent
     */
    public Boolean isStandard() {
        return bool("isStandard");
    }

    /**
     * Returns the meeting the template would schedule, sent when one template is read; its times are only valid for
     * a short while (JSON field {@code meeting}).
     *
     * @return the value; null when absent or not an object
     */
    public Meeting meeting() {
        return object("meeting", Meeting::new);
    }

    /**
     * Returns the names of the fields present that this model does not document, including those of its meeting
     * (named {@code meeting.inner}).
     *
     * @return the unknown field names in the server's order, unmodifiable; empty when every field is known
     */
    @Override
    public Set<String> unknownFields() {
        return unknownFieldsWith(NESTED);
    }
}
