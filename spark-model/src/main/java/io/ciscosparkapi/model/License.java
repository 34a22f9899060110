package io.ciscosparkapi.model;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A license of an organization, as returned by the {@code licenses} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class License extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "name", "totalUnits", "consumedUnits", "subscriptionId", "siteUrl", "siteType");

    /**
     * Creates a license from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public License(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the license (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the name of the license, such as {@code Messaging} (JSON field {@code name}).
     *
     * @return the value; null when absent
     */
    public String name() {
        return string("name");
    }

    /**
     * Returns the number of units the organization has (JSON field {@code totalUnits}).
     *
     * @return the value; null when absent
     */
    public Integer totalUnits() {
        return integer("totalUnits");
    }

    /**
     * Returns the number of units in use (JSON field {@code consumedUnits}).
     *
     * @return the value; null when absent
     */
    public Integer consumedUnits() {
        return integer("consumedUnits");
    }

    /**
     * Returns the id of the subscription the license belongs to (JSON field {@code subscriptionId}).
     *
     * @return the value; null when absent
     */
    public String subscriptionId() {
        return string("subscriptionId");
    }

    /**
     * Returns the meeting site URL the license is for (JSON field {@code siteUrl}).
     *
     * @return the value; null when absent
     */
    public String siteUrl() {
        return string("siteUrl");
    }

    /**
     * Returns the kind of meeting site, such as {@code Control Hub managed site} (JSON field {@code siteType}).
     *
     * @return the value; null when absent
     */
    public String siteType() {
        return string("siteType");
    }
}
