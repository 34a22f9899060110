package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * People: the {@code people} endpoints. Obtain it from {@link CiscoSparkAPI#people()}.
 * Creating, updating and deleting people are admin operations. Thread-safe.
 */
public final class PeopleApi {

    private static final String PATH = "people";

    /** The fields a person's update carries over from its current representation. */
    private static final List<String> UPDATABLE = List.of(
            "emails", "displayName", "firstName", "lastName", "avatar", "orgId", "roles", "licenses",
            "phoneNumbers", "extension", "locationId", "department", "manager", "managerId", "title",
            "addresses", "siteUrls");

    private final Session session;

    PeopleApi(Session session) {
        this.session = session;
    }

    /**
     * Lists every person of the caller's organization. Only admins may list without a filter;
     * other callers get a 400 and use {@link #list(Consumer)} with an email, name or ids.
     *
     * @return a lazy listing
     */
    public PagedIterable<Person> list() {
        return session.list(listCall());
    }

    static ListCall<Person> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists people with filters, e.g. {@code list(q -> q.displayName("Har"))}. A caller who is
     * not an admin must give at least one of {@code email}, {@code displayName} or {@code id}.
     *
     * @param query sets the filters
     * @return a lazy listing
     */
    public PagedIterable<Person> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Person> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.emails(params, "email");
        return new ListCall<>(PATH, params, Person::new);
    }

    /**
     * Creates a person (admin only), e.g.
     * {@code create(p -> p.emails("bob@example.com").displayName("Bob"))}.
     *
     * @param request sets the fields; {@code emails} is required and must not be empty
     * @return the new person
     * @throws NullPointerException when {@code emails} is not set
     * @throws IllegalArgumentException when {@code emails} is empty or holds a blank address
     */
    public Person create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<Person> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        checkEmails(r.fieldValue("emails"));
        return Call.post(r.path(), r.fields(), Person::new);
    }

    /**
     * Gets one person.
     *
     * @param personId the person's id
     * @return the person
     */
    public Person get(String personId) {
        return session.execute(getCall(personId));
    }

    static Call<Person> getCall(String personId) {
        return Call.get(Urls.path(PATH, Arguments.id(personId, "personId")), Map.of(), Person::new);
    }

    /**
     * Gets the caller: the person the access token belongs to ({@code GET people/me}).
     *
     * @return the caller
     */
    public Person me() {
        return session.execute(meCall());
    }

    static Call<Person> meCall() {
        return Call.get(Urls.path(PATH, "me"), Map.of(), Person::new);
    }

    /**
     * Updates a person (admin only) with exactly the fields set in {@code request}. Spark's update
     * is a full replace: every field not sent is cleared, and {@code emails} and
     * {@code displayName} should always be sent. Prefer {@link #update(Person, Consumer)}, which
     * starts from the person's current fields.
     *
     * @param personId the person's id
     * @param request sets the fields
     * @return the updated person
     */
    public Person update(String personId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(personId, request));
    }

    static Call<Person> updateCall(String personId, Consumer<UpdateRequest> request) {
        Arguments.id(personId, "personId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        return putCall(personId, r);
    }

    /**
     * Updates a person (admin only), starting from its current fields, so only what
     * {@code request} changes is changed: the body is pre-filled with the person's
     * {@code emails}, {@code displayName}, {@code firstName}, {@code lastName}, {@code avatar},
     * {@code orgId}, {@code roles}, {@code licenses} and, when present, {@code phoneNumbers},
     * {@code extension}, {@code locationId}, {@code department}, {@code manager},
     * {@code managerId}, {@code title}, {@code addresses} and {@code siteUrls}. To clear a field,
     * set it to {@code null} with {@code field(name, null)}. Example:
     * {@code update(person, p -> p.displayName("Robert"))}.
     *
     * @param current the person as last read, e.g. from {@link #get(String)}
     * @param request changes fields of the pre-filled body
     * @return the updated person
     */
    public Person update(Person current, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(current, request));
    }

    static Call<Person> updateCall(Person current, Consumer<UpdateRequest> request) {
        Objects.requireNonNull(current, "current must not be null");
        String personId = Arguments.requiredText(current.id(), "current.id");
        UpdateRequest r = new UpdateRequest();
        for (String name : UPDATABLE) {
            Object value = current.get(name);
            if (value != null) {
                r.field(name, value);
            }
        }
        return putCall(personId, Arguments.apply(r, request));
    }

    /**
     * Deletes a person (admin only).
     *
     * @param personId the person's id
     */
    public void delete(String personId) {
        session.execute(deleteCall(personId));
    }

    static Call<Void> deleteCall(String personId) {
        return Call.delete(Urls.path(PATH, Arguments.id(personId, "personId")));
    }

    private static Call<Person> putCall(String personId, UpdateRequest r) {
        Object emails = r.fieldValue("emails");
        if (emails != null) {
            checkEmails(emails);
        }
        return Call.put(Urls.path(PATH, personId), r.fields(), Person::new);
    }

    private static void checkEmails(Object emails) {
        if (emails == null) {
            throw new NullPointerException("emails must not be null");
        }
        if (!(emails instanceof List<?> list)) {
            throw new IllegalArgumentException("emails must be a list of addresses");
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("emails must not be empty");
        }
        for (int i = 0; i < list.size(); i++) {
            Arguments.email(Arguments.requiredText(list.get(i), "emails[" + i + "]"), "emails[" + i + "]");
        }
    }

    private static String joined(String[] values, String name) {
        return String.join(",", Arguments.requiredAll(values, name));
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * Only the person with this email address (exact, case-insensitive match).
         *
         * @param email the address
         * @return this query
         */
        public ListQuery email(String email) {
            return param("email", email);
        }

        /**
         * Only people whose display name starts with this text (case-insensitive).
         *
         * @param displayName the start of the display name
         * @return this query
         */
        public ListQuery displayName(String displayName) {
            return param("displayName", displayName);
        }

        /**
         * Only the people with these ids (up to 85), sent as one comma-separated value. Presence
         * fields ({@code status}, {@code lastActivity}) are left out of the answer.
         *
         * @param ids the person ids
         * @return this query
         * @throws IllegalArgumentException when no id is given or one is blank
         */
        public ListQuery id(String... ids) {
            return param("id", joined(ids, "id"));
        }

        /**
         * The organization to list (partner admins only).
         *
         * @param orgId the organization's id
         * @return this query
         */
        public ListQuery orgId(String orgId) {
            return param("orgId", orgId);
        }

        /**
         * Whether to include calling fields (admins; newer API generation).
         *
         * @param callingData whether to include calling data
         * @return this query
         */
        public ListQuery callingData(boolean callingData) {
            return param("callingData", callingData);
        }

        /**
         * Only people of this location (admins; newer API generation).
         *
         * @param locationId the location's id
         * @return this query
         */
        public ListQuery locationId(String locationId) {
            return param("locationId", locationId);
        }

        /**
         * Only people with these roles (admins; newer API generation), sent as one
         * comma-separated value.
         *
         * @param roleIds the role ids
         * @return this query
         * @throws IllegalArgumentException when no id is given or one is blank
         */
        public ListQuery roles(String... roleIds) {
            return param("roles", joined(roleIds, "roles"));
        }
    }

    /** Fields shared by creating and updating a person. */
    abstract static class PersonFields<S extends PersonFields<S>> extends BodyBuilder<S> {
        PersonFields() {
        }

        /**
         * The person's email addresses (one in practice). Cannot be changed by an update.
         *
         * @param emails the addresses
         * @return this request
         * @throws IllegalArgumentException when no address is given or one is blank
         */
        public S emails(String... emails) {
            return field("emails", Arguments.requiredAll(emails, "emails"));
        }

        /**
         * The full name as displayed.
         *
         * @param displayName the display name
         * @return this request
         */
        public S displayName(String displayName) {
            return field("displayName", displayName);
        }

        /**
         * The first name.
         *
         * @param firstName the first name
         * @return this request
         */
        public S firstName(String firstName) {
            return field("firstName", firstName);
        }

        /**
         * The last name.
         *
         * @param lastName the last name
         * @return this request
         */
        public S lastName(String lastName) {
            return field("lastName", lastName);
        }

        /**
         * The URL of the avatar image (PNG).
         *
         * @param avatar the URL
         * @return this request
         */
        public S avatar(String avatar) {
            return field("avatar", avatar);
        }

        /**
         * The organization; the caller's own when not set.
         *
         * @param orgId the organization's id
         * @return this request
         */
        public S orgId(String orgId) {
            return field("orgId", orgId);
        }

        /**
         * The admin roles.
         *
         * @param roleIds the role ids; none clears them
         * @return this request
         */
        public S roles(String... roleIds) {
            return field("roles", copy(roleIds, "roles"));
        }

        /**
         * The licenses.
         *
         * @param licenseIds the license ids; none clears them
         * @return this request
         */
        public S licenses(String... licenseIds) {
            return field("licenses", copy(licenseIds, "licenses"));
        }

        /**
         * The phone numbers (newer API generation), each an object with {@code type}
         * ({@code work}, {@code work_extension}, {@code mobile}, {@code fax}), {@code value} and
         * optionally {@code primary}.
         *
         * @param phoneNumbers the phone numbers
         * @return this request
         */
        public S phoneNumbers(List<? extends Map<String, ?>> phoneNumbers) {
            return field("phoneNumbers", phoneNumbers == null ? null : List.copyOf(phoneNumbers));
        }

        /**
         * The calling extension (newer API generation).
         *
         * @param extension the extension
         * @return this request
         */
        public S extension(String extension) {
            return field("extension", extension);
        }

        /**
         * The location (newer API generation).
         *
         * @param locationId the location's id
         * @return this request
         */
        public S locationId(String locationId) {
            return field("locationId", locationId);
        }

        /**
         * The department (newer API generation).
         *
         * @param department the department
         * @return this request
         */
        public S department(String department) {
            return field("department", department);
        }

        /**
         * The manager's name (newer API generation).
         *
         * @param manager the manager's name
         * @return this request
         */
        public S manager(String manager) {
            return field("manager", manager);
        }

        /**
         * The manager's person id (newer API generation).
         *
         * @param managerId the manager's person id
         * @return this request
         */
        public S managerId(String managerId) {
            return field("managerId", managerId);
        }

        /**
         * The job title (newer API generation).
         *
         * @param title the job title
         * @return this request
         */
        public S title(String title) {
            return field("title", title);
        }

        /**
         * The postal addresses (newer API generation), each an object with {@code type},
         * {@code country}, {@code locality}, {@code region}, {@code streetAddress} and
         * {@code postalCode}.
         *
         * @param addresses the addresses
         * @return this request
         */
        public S addresses(List<? extends Map<String, ?>> addresses) {
            return field("addresses", addresses == null ? null : List.copyOf(addresses));
        }

        /**
         * The meeting site URLs (newer API generation).
         *
         * @param siteUrls the site URLs
         * @return this request
         */
        public S siteUrls(String... siteUrls) {
            return field("siteUrls", copy(siteUrls, "siteUrls"));
        }

        private static List<String> copy(String[] values, String name) {
            if (values == null) {
                throw new NullPointerException(name + " must not be null");
            }
            List<String> copy = new ArrayList<>(values.length);
            for (int i = 0; i < values.length; i++) {
                copy.add(Arguments.required(values[i], name + "[" + i + "]"));
            }
            return List.copyOf(copy);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends PersonFields<CreateRequest> {
        private final Map<String, String> query = new LinkedHashMap<>();

        CreateRequest() {
        }

        /**
         * Asks Spark to include the calling fields in the answer (newer API generation; admins
         * with calling licenses). Sent as a query parameter.
         *
         * @param callingData whether to include calling data
         * @return this request
         */
        public CreateRequest callingData(boolean callingData) {
            query.put("callingData", Boolean.toString(callingData));
            return this;
        }

        /**
         * Asks Spark for a minimal answer holding little more than the new person's id (newer API
         * generation). Sent as a query parameter.
         *
         * @param minResponse whether to answer minimally
         * @return this request
         */
        public CreateRequest minResponse(boolean minResponse) {
            query.put("minResponse", Boolean.toString(minResponse));
            return this;
        }

        String path() {
            return Urls.withQuery(PATH, query);
        }
    }

    /** Fields of {@link #update(String, Consumer)} and {@link #update(Person, Consumer)}. */
    public static final class UpdateRequest extends PersonFields<UpdateRequest> {
        UpdateRequest() {
        }
    }
}
