package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.MeetingInvitee;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The people invited to a meeting: the {@code meetingInvitees} endpoints (newer API generation).
 * Obtain it from {@link CiscoSparkAPI#meetingInvitees()}. Thread-safe.
 */
public final class MeetingInviteesApi {

    private static final String PATH = "meetingInvitees";
    private static final String BULK_INSERT = "bulkInsert";

    private final Session session;

    MeetingInviteesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the invitees of a meeting.
     *
     * @param meetingId the meeting's id
     * @return a lazy listing
     */
    public PagedIterable<MeetingInvitee> list(String meetingId) {
        return session.list(listCall(meetingId));
    }

    static ListCall<MeetingInvitee> listCall(String meetingId) {
        Arguments.id(meetingId, "meetingId");
        return listCall(q -> q.meetingId(meetingId));
    }

    /**
     * Lists the invitees of a meeting with more parameters, e.g.
     * {@code list(q -> q.meetingId(id).max(50))}.
     *
     * @param query sets the parameters; {@code meetingId} is required
     * @return a lazy listing
     * @throws NullPointerException when {@code meetingId} is not set
     */
    public PagedIterable<MeetingInvitee> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<MeetingInvitee> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.requiredText(params.get("meetingId"), "meetingId");
        return new ListCall<>(PATH, params, MeetingInvitee::new);
    }

    /**
     * Invites a person to a meeting.
     *
     * @param meetingId the meeting's id
     * @param email the invitee's e-mail address
     * @return the invitation
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when an argument is blank or {@code email} cannot be valid
     */
    public MeetingInvitee create(String meetingId, String email) {
        return session.execute(createCall(meetingId, email));
    }

    static Call<MeetingInvitee> createCall(String meetingId, String email) {
        return createCall(i -> i.meetingId(meetingId).email(email));
    }

    /**
     * Invites a person to a meeting with more settings, e.g.
     * {@code create(i -> i.meetingId(id).email("bob@example.com").displayName("Bob").coHost(true))}.
     *
     * @param request sets the fields; {@code meetingId} and {@code email} are required
     * @return the invitation
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code email} cannot be valid
     */
    public MeetingInvitee create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<MeetingInvitee> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        Arguments.requiredText(r.fieldValue("meetingId"), "meetingId");
        Arguments.requiredText(r.fieldValue("email"), "email");
        Arguments.emails(r.fields(), "email");
        return Call.post(PATH, r.fields(), MeetingInvitee::new);
    }

    /**
     * Gets one invitation.
     *
     * @param inviteeId the invitation's id
     * @return the invitation
     */
    public MeetingInvitee get(String inviteeId) {
        return session.execute(getCall(inviteeId));
    }

    static Call<MeetingInvitee> getCall(String inviteeId) {
        return Call.get(Urls.path(PATH, Arguments.id(inviteeId, "inviteeId")), Map.of(), MeetingInvitee::new);
    }

    /**
     * Changes an invitation, e.g. {@code update(id, i -> i.email("bob@example.com").coHost(true))}.
     *
     * @param inviteeId the invitation's id
     * @param request sets the fields
     * @return the updated invitation
     * @throws IllegalArgumentException when {@code email} cannot be valid
     */
    public MeetingInvitee update(String inviteeId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(inviteeId, request));
    }

    static Call<MeetingInvitee> updateCall(String inviteeId, Consumer<UpdateRequest> request) {
        Arguments.id(inviteeId, "inviteeId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        Arguments.emails(r.fields(), "email");
        return Call.put(Urls.path(PATH, inviteeId), r.fields(), MeetingInvitee::new);
    }

    /**
     * Withdraws an invitation.
     *
     * @param inviteeId the invitation's id
     */
    public void delete(String inviteeId) {
        session.execute(deleteCall(inviteeId));
    }

    static Call<Void> deleteCall(String inviteeId) {
        return Call.delete(Urls.path(PATH, Arguments.id(inviteeId, "inviteeId")));
    }

    /**
     * Invites several people to a meeting in one request, e.g.
     * {@code bulkInsert(id, b -> b.invitee("bob@example.com").invitee("carol@example.com", "Carol", true))}.
     *
     * @param meetingId the meeting's id
     * @param request adds the invitees; at least one
     * @return the invitations, in the order Spark answers them
     * @throws NullPointerException when no invitee is added
     * @throws IllegalArgumentException when an invitee's e-mail address cannot be valid, naming
     *     it, e.g. {@code items[1].email}
     */
    public List<MeetingInvitee> bulkInsert(String meetingId, Consumer<BulkInsertRequest> request) {
        return session.execute(bulkInsertCall(meetingId, request));
    }

    static Call<List<MeetingInvitee>> bulkInsertCall(String meetingId, Consumer<BulkInsertRequest> request) {
        Arguments.id(meetingId, "meetingId");
        BulkInsertRequest r = Arguments.apply(new BulkInsertRequest(), request);
        r.field("meetingId", meetingId);
        Invitees.check(r, "items", true);
        return Call.postForItems(Urls.path(PATH, BULK_INSERT), r.fields(), MeetingInvitee::new);
    }

    /** Parameters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * The meeting whose invitees to list (required).
         *
         * @param meetingId the meeting's id
         * @return this query
         */
        public ListQuery meetingId(String meetingId) {
            return param("meetingId", meetingId);
        }
    }

    /**
     * Fields shared by inviting a person and changing an invitation.
     *
     * @param <S> the concrete builder, returned for chaining
     */
    abstract static class InviteeFields<S extends InviteeFields<S>> extends BodyBuilder<S> {
        InviteeFields() {
        }

        /**
         * The invitee's e-mail address.
         *
         * @param email the address
         * @return this request
         */
        public S email(String email) {
            return field("email", email);
        }

        /**
         * The invitee's name as shown to others.
         *
         * @param displayName the name
         * @return this request
         */
        public S displayName(String displayName) {
            return field("displayName", displayName);
        }

        /**
         * Whether the invitee co-hosts the meeting; {@code false} when not set.
         *
         * @param coHost whether a co-host
         * @return this request
         */
        public S coHost(boolean coHost) {
            return field("coHost", coHost);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends InviteeFields<CreateRequest> {
        CreateRequest() {
        }

        /**
         * The meeting to invite the person to (required).
         *
         * @param meetingId the meeting's id
         * @return this request
         */
        public CreateRequest meetingId(String meetingId) {
            return field("meetingId", meetingId);
        }
    }

    /** Fields of {@link #update(String, Consumer)}. */
    public static final class UpdateRequest extends InviteeFields<UpdateRequest> {
        UpdateRequest() {
        }
    }

    /** The invitees of {@link #bulkInsert(String, Consumer)}. */
    public static final class BulkInsertRequest extends BodyBuilder<BulkInsertRequest> {
        BulkInsertRequest() {
        }

        /**
         * Invites a person; each call adds one invitee.
         *
         * @param email the invitee's e-mail address
         * @return this request
         */
        public BulkInsertRequest invitee(String email) {
            Invitees.add(this, "items", email, null, null);
            return this;
        }

        /**
         * Invites a person with a name, perhaps as a co-host; each call adds one invitee.
         *
         * @param email the invitee's e-mail address
         * @param displayName the invitee's name as shown to others
         * @param coHost whether the invitee co-hosts the meeting
         * @return this request
         */
        public BulkInsertRequest invitee(String email, String displayName, boolean coHost) {
            Invitees.add(this, "items", email, displayName, coHost);
            return this;
        }
    }
}
