package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.MeetingRegistrant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Registrations for webinars: the {@code meetings/{meetingId}/registrants} endpoints (newer API
 * generation). Obtain it from {@link CiscoSparkAPI#meetingRegistrants()}. Only a webinar
 * scheduled with a registration takes registrants; Spark answers 400 for any other meeting.
 * Thread-safe.
 */
public final class MeetingRegistrantsApi {

    private static final String MEETINGS = "meetings";
    private static final String REGISTRANTS = "registrants";

    private final Session session;

    MeetingRegistrantsApi(Session session) {
        this.session = session;
    }

    /**
     * Registers a person for a webinar.
     *
     * @param meetingId the webinar's id
     * @param firstName the registrant's first name
     * @param lastName the registrant's last name
     * @param email the registrant's e-mail address
     * @return the registration, approved at once when the webinar accepts requests automatically
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when an argument is blank or {@code email} cannot be valid
     */
    public MeetingRegistrant create(String meetingId, String firstName, String lastName, String email) {
        return session.execute(createCall(meetingId, firstName, lastName, email));
    }

    static Call<MeetingRegistrant> createCall(String meetingId, String firstName, String lastName, String email) {
        return createCall(meetingId, r -> r.firstName(firstName).lastName(lastName).email(email));
    }

    /**
     * Registers a person for a webinar with more details, e.g.
     * {@code create(id, r -> r.firstName("Bob").lastName("Example").email(address).companyName("Example Corp"))}.
     *
     * @param meetingId the webinar's id
     * @param request sets the fields; {@code firstName}, {@code lastName} and {@code email} are
     *     required
     * @return the registration
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code email} cannot be valid
     */
    public MeetingRegistrant create(String meetingId, Consumer<CreateRequest> request) {
        return session.execute(createCall(meetingId, request));
    }

    static Call<MeetingRegistrant> createCall(String meetingId, Consumer<CreateRequest> request) {
        Arguments.id(meetingId, "meetingId");
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        for (String name : new String[] {"firstName", "lastName", "email"}) {
            Arguments.requiredText(r.fieldValue(name), name);
        }
        Arguments.emails(r.fields(), "email");
        return Call.post(Urls.path(MEETINGS, meetingId, REGISTRANTS), r.fields(), MeetingRegistrant::new);
    }

    /**
     * Lists the registrants of a webinar.
     *
     * @param meetingId the webinar's id
     * @return a lazy listing
     */
    public PagedIterable<MeetingRegistrant> list(String meetingId) {
        return session.list(listCall(meetingId));
    }

    static ListCall<MeetingRegistrant> listCall(String meetingId) {
        return listCall(meetingId, q -> { });
    }

    /**
     * Lists the registrants of a webinar with more parameters, e.g. {@code list(id, q -> q.max(50))}.
     *
     * @param meetingId the webinar's id
     * @param query sets the parameters
     * @return a lazy listing
     */
    public PagedIterable<MeetingRegistrant> list(String meetingId, Consumer<ListQuery> query) {
        return session.list(listCall(meetingId, query));
    }

    static ListCall<MeetingRegistrant> listCall(String meetingId, Consumer<ListQuery> query) {
        Arguments.id(meetingId, "meetingId");
        return new ListCall<>(Urls.path(MEETINGS, meetingId, REGISTRANTS),
                Arguments.apply(new ListQuery(), query).params(), MeetingRegistrant::new);
    }

    /**
     * Gets one registration.
     *
     * @param meetingId the webinar's id
     * @param registrantId the registration's id
     * @return the registration
     */
    public MeetingRegistrant get(String meetingId, String registrantId) {
        return session.execute(getCall(meetingId, registrantId));
    }

    static Call<MeetingRegistrant> getCall(String meetingId, String registrantId) {
        return Call.get(path(meetingId, registrantId), Map.of(), MeetingRegistrant::new);
    }

    /**
     * Cancels a registration.
     *
     * @param meetingId the webinar's id
     * @param registrantId the registration's id
     */
    public void delete(String meetingId, String registrantId) {
        session.execute(deleteCall(meetingId, registrantId));
    }

    static Call<Void> deleteCall(String meetingId, String registrantId) {
        return Call.delete(path(meetingId, registrantId));
    }

    private static String path(String meetingId, String registrantId) {
        return Urls.path(MEETINGS, Arguments.id(meetingId, "meetingId"), REGISTRANTS,
                Arguments.id(registrantId, "registrantId"));
    }

    /** Parameters of {@link #list(String, Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }
    }

    /** Fields of {@link #create(String, Consumer)}. */
    public static final class CreateRequest extends BodyBuilder<CreateRequest> {
        CreateRequest() {
        }

        /**
         * The registrant's first name (required).
         *
         * @param firstName the first name
         * @return this request
         */
        public CreateRequest firstName(String firstName) {
            return field("firstName", firstName);
        }

        /**
         * The registrant's last name (required).
         *
         * @param lastName the last name
         * @return this request
         */
        public CreateRequest lastName(String lastName) {
            return field("lastName", lastName);
        }

        /**
         * The registrant's e-mail address (required).
         *
         * @param email the address
         * @return this request
         */
        public CreateRequest email(String email) {
            return field("email", email);
        }

        /**
         * The registrant's job title.
         *
         * @param jobTitle the job title
         * @return this request
         */
        public CreateRequest jobTitle(String jobTitle) {
            return field("jobTitle", jobTitle);
        }

        /**
         * The registrant's company.
         *
         * @param companyName the company name
         * @return this request
         */
        public CreateRequest companyName(String companyName) {
            return field("companyName", companyName);
        }
    }
}
