package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The membership of a person in a team, as returned by the {@code team/memberships} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class TeamMembership extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "teamId", "personId", "personEmail", "personDisplayName", "personOrgId", "isModerator", "created");

    /**
     * Creates a team membership from its JSON object as the API returns it; Jackson reads it through this
     * constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TeamMembership(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the team membership (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the id of the team (JSON field {@code teamId}).
     *
     * @return the value; null when absent
     */
    public String teamId() {
        return string("teamId");
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
     * Returns whether the member is a moderator of the team (JSON field {@code isModerator}).
     *
     * @return the value; null when absent
     */
    public Boolean isModerator() {
        return bool("isModerator");
    }

    /**
     * Returns when the team membership was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }
}
