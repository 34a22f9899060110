package io.ciscosparkapi;

import io.ciscosparkapi.model.MeetingInvitee;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link MeetingInviteesApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#meetingInvitees()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncMeetingInviteesApi {

    private final Session session;

    AsyncMeetingInviteesApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the invitees of a meeting. The async twin of {@link MeetingInviteesApi#list(String)}.
     *
     * @param meetingId the meeting's id
     * @return an async listing
     */
    public AsyncPagedIterable<MeetingInvitee> list(String meetingId) {
        return session.listAsync(MeetingInviteesApi.listCall(meetingId));
    }

    /**
     * Lists the invitees of a meeting with more parameters, e.g.
     * {@code list(q -> q.meetingId(id).max(50))}. The async twin of
     * {@link MeetingInviteesApi#list(Consumer)}.
     *
     * @param query sets the parameters; {@code meetingId} is required
     * @return an async listing
     * @throws NullPointerException when {@code meetingId} is not set
     */
    public AsyncPagedIterable<MeetingInvitee> list(Consumer<MeetingInviteesApi.ListQuery> query) {
        return session.listAsync(MeetingInviteesApi.listCall(query));
    }

    /**
     * Invites a person to a meeting. The async twin of
     * {@link MeetingInviteesApi#create(String, String)}.
     *
     * @param meetingId the meeting's id
     * @param email the invitee's e-mail address
     * @return completes with the invitation
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when an argument is blank or {@code email} cannot be valid
     */
    public CompletableFuture<MeetingInvitee> create(String meetingId, String email) {
        return session.executeAsync(MeetingInviteesApi.createCall(meetingId, email));
    }

    /**
     * Invites a person to a meeting with more settings, e.g.
     * {@code create(i -> i.meetingId(id).email("bob@example.com").displayName("Bob").coHost(true))}.
     * The async twin of {@link MeetingInviteesApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code meetingId} and {@code email} are required
     * @return completes with the invitation
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code email} cannot be valid
     */
    public CompletableFuture<MeetingInvitee> create(Consumer<MeetingInviteesApi.CreateRequest> request) {
        return session.executeAsync(MeetingInviteesApi.createCall(request));
    }

    /**
     * Gets one invitation. The async twin of {@link MeetingInviteesApi#get(String)}.
     *
     * @param inviteeId the invitation's id
     * @return completes with the invitation
     */
    public CompletableFuture<MeetingInvitee> get(String inviteeId) {
        return session.executeAsync(MeetingInviteesApi.getCall(inviteeId));
    }

    /**
     * Changes an invitation, e.g. {@code update(id, i -> i.email("bob@example.com").coHost(true))}.
     * The async twin of {@link MeetingInviteesApi#update(String, Consumer)}.
     *
     * @param inviteeId the invitation's id
     * @param request sets the fields
     * @return completes with the updated invitation
     * @throws IllegalArgumentException when {@code email} cannot be valid
     */
    public CompletableFuture<MeetingInvitee> update(String inviteeId,
                                                    Consumer<MeetingInviteesApi.UpdateRequest> request) {
        return session.executeAsync(MeetingInviteesApi.updateCall(inviteeId, request));
    }

    /**
     * Withdraws an invitation. The async twin of {@link MeetingInviteesApi#delete(String)}.
     *
     * @param inviteeId the invitation's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String inviteeId) {
        return session.executeAsync(MeetingInviteesApi.deleteCall(inviteeId));
    }

    /**
     * Invites several people to a meeting in one request, e.g.
     * {@code bulkInsert(id, b -> b.invitee("bob@example.com").invitee("carol@example.com", "Carol", true))}.
     * The async twin of {@link MeetingInviteesApi#bulkInsert(String, Consumer)}.
     *
     * @param meetingId the meeting's id
     * @param request adds the invitees; at least one
     * @return completes with the invitations, in the order Spark answers them
     * @throws NullPointerException when no invitee is added
     * @throws IllegalArgumentException when an invitee's e-mail address cannot be valid, naming it,
     *     e.g. {@code items[1].email}
     */
    public CompletableFuture<List<MeetingInvitee>> bulkInsert(String meetingId,
                                                              Consumer<MeetingInviteesApi.BulkInsertRequest> request) {
        return session.executeAsync(MeetingInviteesApi.bulkInsertCall(meetingId, request));
    }
}
