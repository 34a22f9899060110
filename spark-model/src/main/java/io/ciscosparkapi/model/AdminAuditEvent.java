package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Something an administrator did in Control Hub or through the API, as returned by the {@code adminAudit/events}
 * endpoint.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class AdminAuditEvent extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "actorId", "orgId", "created", "data");

    private static final Map<String, Function<Map<String, Object>, ? extends SparkObject>> NESTED = Map.of(
            "data", Data::new);

    /**
     * Creates an admin audit event from its JSON object as the API returns it; Jackson reads it through this
     * constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AdminAuditEvent(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the event (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the person id of the administrator who acted (JSON field {@code actorId}).
     *
     * @return the value; null when absent
     */
    public String actorId() {
        return string("actorId");
    }

    /**
     * Returns the id of the organization the event belongs to (JSON field {@code orgId}).
     *
     * @return the value; null when absent
     */
    public String orgId() {
        return string("orgId");
    }

    /**
     * Returns when the event happened (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /**
     * Returns what happened: who did what to what (JSON field {@code data}).
     *
     * @return the value; null when absent or not an object
     */
    public Data data() {
        return object("data", Data::new);
    }

    /**
     * Returns the names of the fields present that this model does not document, including those of its
     * {@code data} (named {@code data.inner}).
     *
     * @return the unknown field names in the server's order, unmodifiable; empty when every field is known
     */
    @Override
    public Set<String> unknownFields() {
        return unknownFieldsWith(NESTED);
    }

    /**
     * What an admin audit event records (the {@link AdminAuditEvent#data()} of an event).
     *
     * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the
     * whole object. Instances are immutable and thread-safe.
     */
    public static final class Data extends SparkObject {

        private static final Set<String> FIELDS = Set.of(
                "actorOrgName", "targetName", "eventDescription", "actorName", "actorEmail", "adminRoles",
                "trackingId", "targetType", "targetId", "eventCategory", "actorUserAgent", "actorIp", "targetOrgId",
                "actionText", "targetOrgName");

        /**
         * Creates the data of an admin audit event from its JSON object as the API returns it; Jackson reads it
         * through this constructor.
         *
         * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
         * @throws NullPointerException if {@code json} is null
         * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Data(Map<String, Object> json) {
            super(json, FIELDS);
        }

        /**
         * Returns the name of the administrator's organization (JSON field {@code actorOrgName}).
         *
         * @return the value; null when absent
         */
        public String actorOrgName() {
            return string("actorOrgName");
        }

        /**
         * Returns the name of what was acted on, such as a person's name (JSON field {@code targetName}).
         *
         * @return the value; null when absent
         */
        public String targetName() {
            return string("targetName");
        }

        /**
         * Returns a description of the kind of event (JSON field {@code eventDescription}).
         *
         * @return the value; null when absent
         */
        public String eventDescription() {
            return string("eventDescription");
        }

        /**
         * Returns the name of the administrator (JSON field {@code actorName}).
         *
         * @return the value; null when absent
         */
        public String actorName() {
            return string("actorName");
        }

        /**
         * Returns the e-mail address of the administrator (JSON field {@code actorEmail}).
         *
         * @return the value; null when absent
         */
        public String actorEmail() {
            return string("actorEmail");
        }

        /**
         * Returns the admin roles the administrator held, such as {@code Full_Admin} (JSON field
         * {@code adminRoles}).
         *
         * @return the values, unmodifiable; empty (never null) when absent
         */
        public List<String> adminRoles() {
            return strings("adminRoles");
        }

        /**
         * Returns the tracking id of the request that caused the event (JSON field {@code trackingId}).
         *
         * @return the value; null when absent
         */
        public String trackingId() {
            return string("trackingId");
        }

        /**
         * Returns the kind of what was acted on, such as {@code User} (JSON field {@code targetType}).
         *
         * @return the value; null when absent
         */
        public String targetType() {
            return string("targetType");
        }

        /**
         * Returns the id of what was acted on (JSON field {@code targetId}).
         *
         * @return the value; null when absent
         */
        public String targetId() {
            return string("targetId");
        }

        /**
         * Returns the category of the event, such as {@code USERS} (JSON field {@code eventCategory}).
         *
         * @return the value; null when absent
         */
        public String eventCategory() {
            return string("eventCategory");
        }

        /**
         * Returns the user agent of the administrator's client (JSON field {@code actorUserAgent}).
         *
         * @return the value; null when absent
         */
        public String actorUserAgent() {
            return string("actorUserAgent");
        }

        /**
         * Returns the IP address the administrator acted from (JSON field {@code actorIp}).
         *
         * @return the value; null when absent
         */
        public String actorIp() {
            return string("actorIp");
        }

        /**
         * Returns the id of the organization of what was acted on (JSON field {@code targetOrgId}).
         *
         * @return the value; null when absent
         */
        public String targetOrgId() {
            return string("targetOrgId");
        }

        /**
         * Returns a sentence saying what was done (JSON field {@code actionText}).
         *
         * @return the value; null when absent
         */
        public String actionText() {
            return string("actionText");
        }

        /**
         * Returns the name of the organization of what was acted on (JSON field {@code targetOrgName}).
         *
         * @return the value; null when absent
         */
        public String targetOrgName() {
            return string("targetOrgName");
        }
    }
}
