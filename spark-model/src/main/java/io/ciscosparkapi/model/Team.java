package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A team: a group of people with a set of rooms, as returned by the {@code teams} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Team extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "name", "creatorId", "created", "description");

    /**
     * Creates a team from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Team(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the team (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the name of the team (JSON field {@code name}).
     *
     * @return the value; null when absent
     */
    public String name() {
        return string("name");
    }

    /**
     * Returns the person id of the creator of the team (JSON field {@code creatorId}).
     *
     * @return the value; null when absent
     */
    public String creatorId() {
        return string("creatorId");
    }

    /**
     * Returns when the team was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /**
     * Returns the description of the team (JSON field {@code description}).
     *
     * @return the value; null when absent
     */
    public String description() {
        return string("description");
    }
}
