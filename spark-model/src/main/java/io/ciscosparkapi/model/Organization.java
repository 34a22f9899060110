package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * An organization, as returned by the {@code organizations} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Organization extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "displayName", "created");

    /**
     * Creates an organization from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Organization(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the organization (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the name of the organization (JSON field {@code displayName}).
     *
     * @return the value; null when absent
     */
    public String displayName() {
        return string("displayName");
    }

    /**
     * Returns when the organization was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }
}
