package io.ciscosparkapi.model;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A person registered for a webinar, as returned by the {@code meetings/{meetingId}/registrants} endpoints.
 *
 * <p>Fields that a newer server adds are kept: read them with {@link #get(String)}; {@link #json()} gives the whole
 * object. Instances are immutable and thread-safe.
 */
public final class MeetingRegistrant extends SparkObject {

    private static final Set<String> FIELDS = Set.of(
            "id", "status", "firstName", "lastName", "email", "jobTitle", "companyName", "registrationTime");

    /**
     * Creates a meeting registrant from its JSON object as the API returns it; Jackson reads it through this
     * constructor.
     *
     * @param json the JSON object; copied deeply, so later changes to it do not show here; not null
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if {@code json} holds a value that is not a JSON value
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingRegistrant(Map<String, Object> json) {
        super(json, FIELDS);
    }

    /**
     * Returns the unique id of the registration (JSON field {@code id}).
     *
     * @return the value; null when absent
     */
    public String id() {
        return string("id");
    }

    /**
     * Returns whether the registration is approved or waits for the host (JSON field {@code status}).
     *
     * @return the value; null when absent; {@link RegistrantStatus#UNKNOWN} for a value this version does not know
     */
    public RegistrantStatus status() {
        return RegistrantStatus.of(string("status"));
    }

    /**
     * Returns the first name of the registrant (JSON field {@code firstName}).
     *
     * @return the value; null when absent
     */
    public String firstName() {
        return string("firstName");
    }

    /**
     * Returns the last name of the registrant (JSON field {@code lastName}).
     *
     * @return the value; null when absent
     */
    public String lastName() {
        return string("lastName");
    }

    /**
     * Returns the e-mail address of the registrant (JSON field {@code email}).
     *
     * @return the value; null when absent
     */
    public String email() {
        return string("email");
    }

    /**
     * Returns the job title the registrant gave (JSON field {@code jobTitle}).
     *
     * @return the value; null when absent
     */
    public String jobTitle() {
        return string("jobTitle");
    }

    /**
     * Returns the company name the registrant gave (JSON field {@code companyName}).
     *
     * @return the value; null when absent
     */
    public String companyName() {
        return string("companyName");
    }

    /**
     * Returns when the registrant registered (JSON field {@code registrationTime}).
     *
     * @return the value; null when absent or not a parseable timestamp (the raw text stays readable with
     * {@link #get(String)})
     */
    public Instant registrationTime() {
        return instant("registrationTime");
    }
}
