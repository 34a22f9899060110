package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A person: a user, a bot or a guest, as returned by the {@code people} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class Person extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "emails", "displayName", "nickName", "firstName", "lastName", "avatar", "orgId", "roles",
            "licenses", "created", "lastModified", "lastActivity", "status", "invitePending", "loginEnabled", "type",
            "phoneNumbers", "sipAddresses", "extension", "locationId", "department", "manager", "managerId", "title",
            "addresses", "siteUrls", "xmppFederationJid", "timezone", "timeZone");

    private static final Map<String, Function<Map<String, Object>, ? extends SparkObject>> NESTED = Map.of(
            "phoneNumbers", PhoneNumber::new, "sipAddresses", SipAddress::new, "addresses", Address::new);

    /**
     * Creates a person from its JSON object as the API returns it; Jackson reads it through this constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Person(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the person (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns the email addresses of the person, one in practice (JSON field {@code emails}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> emails() {
        return strings("emails");
    }

    /**
     * Returns the full name of the person as displayed (JSON field {@code displayName}).
     *
     * @return the value; null when absent
     */
    public String displayName() {
        return string("displayName");
    }

    /**
     * Returns the nickname of the person, when one is configured (JSON field {@code nickName}).
     *
     * @return the value; null when absent
     */
    public String nickName() {
        return string("nickName");
    }

    /**
     * Returns the first name of the person (JSON field {@code firstName}).
     *
     * @return the value; null when absent
     */
    public String firstName() {
        return string("firstName");
    }

    /**
     * Returns the last name of the person (JSON field {@code lastName}).
     *
     * @return the value; null when absent
     */
    public String lastName() {
        return string("lastName");
    }

    /**
     * Returns the URL of the avatar image of the person (JSON field {@code avatar}).
     *
     * @return the value; null when absent
     */
    public String avatar() {
        return string("avatar");
    }

    /**
     * Returns the id of the organization the person belongs to (JSON field {@code orgId}).
     *
     * @return the value; null when absent
     */
    public String orgId() {
        return string("orgId");
    }

    /**
     * Returns the ids of the admin roles of the person, sent only to admins and on the caller's own record (JSON
     * field {@code roles}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> roles() {
        return strings("roles");
    }

    /**
     * Returns the ids of the licenses of the person, sent only to admins and on the caller's own record (JSON field
     * {@code licenses}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> licenses() {
        return strings("licenses");
    }

    /**
     * Returns when the person was created (JSON field {@code created}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant created() {
        return instant("created");
    }

    /**
     * Returns when the person was last modified (JSON field {@code lastModified}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant lastModified() {
        return instant("lastModified");
    }

    /**
     * Returns when the person was last active, sent only for people of the caller's organization and not when listing
     * by id (JSON field {@code lastActivity}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant lastActivity() {
        return instant("lastActivity");
    }

    /**
     * Returns the presence of the person, sent only for people of the caller's organization and not when listing by
     * ids (JSON field {@code status}).
     *
     * @return the value; null when absent; {@link PersonStatus#UNKNOWN} for a value this version does not know
     */
    public PersonStatus status() {
        return PersonStatus.of(string("status"));
    }

    /**
     * Returns whether the person was invited but has not activated the account yet (JSON field
     * {@code invitePending}).
     *
     * @return the value; null when absent
     */
    public Boolean invitePending() {
        return bool("invitePending");
    }

    /**
     * Returns whether the person may log in (JSON field {@code loginEnabled}).
     *
     * @return the value; null when absent
     */
    public Boolean loginEnabled() {
        return bool("loginEnabled");
    }

    /**
     * Returns the kind of account: a person, a bot or a guest application user (JSON field {@code type}).
     *
     * @return the value; null when absent; {@link PersonType#UNKNOWN} for a value this version does not know
     */
    public PersonType type() {
        return PersonType.of(string("type"));
    }

    /**
     * Returns the phone numbers of the person (JSON field {@code phoneNumbers}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<PhoneNumber> phoneNumbers() {
        return objects("phoneNumbers", PhoneNumber::new);
    }

    /**
     * Returns the SIP addresses of the person (JSON field {@code sipAddresses}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<SipAddress> sipAddresses() {
        return objects("sipAddresses", SipAddress::new);
    }

    /**
     * Returns the calling extension of the person (JSON field {@code extension}).
     *
     * @return the value; null when absent
     */
    public String extension() {
        return string("extension");
    }

    /**
     * Returns the id of the location of the person (JSON field {@code locationId}).
     *
     * @return the value; null when absent
     */
    public String locationId() {
        return string("locationId");
    }

    /**
     * Returns the department of the person (JSON field {@code department}).
     *
     * @return the value; null when absent
     */
    public String department() {
        return string("department");
    }

    /**
     * Returns the name of the manager of the person (JSON field {@code manager}).
     *
     * @return the value; null when absent
     */
    public String manager() {
        return string("manager");
    }

    /**
     * Returns the person id of the manager of the person (JSON field {@code managerId}).
     *
     * @return the value; null when absent
     */
    public String managerId() {
        return string("managerId");
    }

    /**
     * Returns the job title of the person (JSON field {@code title}).
     *
     * @return the value; null when absent
     */
    public String title() {
        return string("title");
    }

    /**
     * Returns the postal addresses of the person (JSON field {@code addresses}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<Address> addresses() {
        return objects("addresses", Address::new);
    }

    /**
     * Returns the meeting site URLs of the person (JSON field {@code siteUrls}).
     *
     * @return the values, unmodifiable; empty (never null) when absent
     */
    public List<String> siteUrls() {
        return strings("siteUrls");
    }

    /**
     * Returns the XMPP federation id of the person (JSON field {@code xmppFederationJid}).
     *
     * @return the value; null when absent
     */
    public String xmppFederationJid() {
        return string("xmppFederationJid");
    }

    /**
     * Returns the time zone of the person as an IANA name, such as {@code America/Denver} (JSON field
     * {@code timezone}, or the older spelling {@code timeZone} when only that one is present).
     *
     * @return the value; null when absent
     */
    public String timezone() {
        String value = string("timezone");
        return value != null ? value : string("timeZone");
    }

    /**
     * Returns the names of the fields present that this model does not document, including those of its nested
     * phone numbers, SIP addresses and addresses (named {@code field.inner}).
     *
     * @return the unknown field names in the server's order, unmodifiable; empty when every field is known
     */
    @Override
    public Set<String> unknownFields() {
        return unknownFieldsWith(NESTED);
    }

    /**
     * A phone number of a person (an item of {@link Person#phoneNumbers()}).
     *
     * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the
     * whole object. Instances are immutable and thread-safe.
     */
    public static final class PhoneNumber extends SparkObject {

        private static final Set<String> FIELDS = Set.of(
                "type", "value", "primary");

        /**
         * Creates a phone number from its JSON object as the API returns it; Jackson reads it through this
         * constructor.
         *
         * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
         * @throws NullPointerException if {@code json} is null
         * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public PhoneNumber(Map<String, Object> json) {
            super(json, FIELDS);
        }

        /**
         * Returns the kind of number, such as {@code work}, {@code work_extension}, {@code mobile} or {@code fax}
         * (JSON field {@code type}).
         *
         * @return the value; null when absent
         */
        public String type() {
            return string("type");
        }

        /**
         * Returns the number as text (JSON field {@code value}).
         *
         * @return the value; null when absent
         */
        public String value() {
            return string("value");
        }

        /**
         * Returns whether this is the primary number (JSON field {@code primary}).
         *
         * @return the value; null when absent
         */
        public Boolean primary() {
            return bool("primary");
        }
    }

    /**
     * A SIP address of a person (an item of {@link Person#sipAddresses()}).
     *
     * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the
     * whole object. Instances are immutable and thread-safe.
     */
    public static final class SipAddress extends SparkObject {

        private static final Set<String> FIELDS = Set.of(
                "type", "value", "primary");

        /**
         * Creates a SIP address from its JSON object as the API returns it; Jackson reads it through this
         * constructor.
         *
         * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
         * @throws NullPointerException if {@code json} is null
         * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public SipAddress(Map<String, Object> json) {
            super(json, FIELDS);
        }

        /**
         * Returns the kind of address, such as {@code personal-room}, {@code enterprise} or {@code cloud-calling}
         * (JSON field {@code type}).
         *
         * @return the value; null when absent
         */
        public String type() {
            return string("type");
        }

        /**
         * Returns the SIP URI (JSON field {@code value}).
         *
         * @return the value; null when absent
         */
        public String value() {
            return string("value");
        }

        /**
         * Returns whether this is the primary address (JSON field {@code primary}).
         *
         * @return the value; null when absent
         */
        public Boolean primary() {
            return bool("primary");
        }
    }

    /**
     * A postal address of a person (an item of {@link Person#addresses()}).
     *
     * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the
     * whole object. Instances are immutable and thread-safe.
     */
    public static final class Address extends SparkObject {

        private static final Set<String> FIELDS = Set.of(
                "type", "country", "locality", "region", "streetAddress", "postalCode");

        /**
         * Creates an address from its JSON object as the API returns it; Jackson reads it through this constructor.
         *
         * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
         * @throws NullPointerException if {@code json} is null
         * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
         */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Address(Map<String, Object> json) {
            super(json, FIELDS);
        }

        /**
         * Returns the kind of address, such as {@code work} (JSON field {@code type}).
         *
         * @return the value; null when absent
         */
        public String type() {
            return string("type");
        }

        /**
         * Returns the country code, such as {@code US} (JSON field {@code country}).
         *
         * @return the value; null when absent
         */
        public String country() {
            return string("country");
        }

        /**
         * Returns the city or locality (JSON field {@code locality}).
         *
         * @return the value; null when absent
         */
        public String locality() {
            return string("locality");
        }

        /**
         * Returns the state or region (JSON field {@code region}).
         *
         * @return the value; null when absent
         */
        public String region() {
            return string("region");
        }

        /**
         * Returns the street address (JSON field {@code streetAddress}).
         *
         * @return the value; null when absent
         */
        public String streetAddress() {
            return string("streetAddress");
        }

        /**
         * Returns the postal code (JSON field {@code postalCode}).
         *
         * @return the value; null when absent
         */
        public String postalCode() {
            return string("postalCode");
        }
    }
}
