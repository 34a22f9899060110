package io.ciscosparkapi;

import io.ciscosparkapi.model.Meeting;
import io.ciscosparkapi.model.MeetingScheduledType;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link MeetingsApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#meetings()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncMeetingsApi {

    private final Session session;

    AsyncMeetingsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's upcoming meetings. The async twin of {@link MeetingsApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Meeting> list() {
        return session.listAsync(MeetingsApi.listCall());
    }

    /**
     * Lists meetings with filters, e.g.
     * {@code list(q -> q.scheduledType(MeetingScheduledType.WEBINAR).from(start).to(end))}. The
     * async twin of {@link MeetingsApi#list(Consumer)}.
     *
     * @param query sets the filters
     * @return an async listing
     * @throws IllegalArgumentException when {@code max} is over 100, the largest page the endpoint
     *     serves, or {@code hostEmail} cannot be an e-mail address
     */
    public AsyncPagedIterable<Meeting> list(Consumer<MeetingsApi.ListQuery> query) {
        return session.listAsync(MeetingsApi.listCall(query));
    }

    /**
     * Schedules a meeting in UTC. The async twin of
     * {@link MeetingsApi#create(String, Instant, Instant)}.
     *
     * @param title the meeting's title
     * @param start when it starts
     * @param end when it ends; after {@code start}
     * @return completes with the new meeting
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when {@code title} is blank or {@code end} is not after
     *     {@code start}
     */
    public CompletableFuture<Meeting> create(String title, Instant start, Instant end) {
        return session.executeAsync(MeetingsApi.createCall(title, start, end));
    }

    /**
     * Schedules a meeting or webinar, e.g.
     * {@code create(m -> m.title("Review").start(at).end(at.plusSeconds(1800)).invitee("bob@example.com"))}.
     * The async twin of {@link MeetingsApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code title}, {@code start} and {@code end} are required
     * @return completes with the new meeting
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code end} is not after {@code start}, a
     *     {@code registration} is given for something else than a webinar, or an e-mail address
     *     cannot be valid
     */
    public CompletableFuture<Meeting> create(Consumer<MeetingsApi.CreateRequest> request) {
        return session.executeAsync(MeetingsApi.createCall(request));
    }

    /**
     * Gets one meeting. The async twin of {@link MeetingsApi#get(String)}.
     *
     * @param meetingId the meeting's id
     * @return completes with the meeting
     */
    public CompletableFuture<Meeting> get(String meetingId) {
        return session.executeAsync(MeetingsApi.getCall(meetingId));
    }

    /**
     * Updates a meeting with exactly the fields set in {@code request}. The async twin of
     * {@link MeetingsApi#update(String, Consumer)}.
     *
     * @param meetingId the meeting's id
     * @param request sets the fields; {@code title}, {@code password}, {@code start} and
     *     {@code end} are required
     * @return completes with the updated meeting
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code end} is not after {@code start}
     */
    public CompletableFuture<Meeting> update(String meetingId, Consumer<MeetingsApi.UpdateRequest> request) {
        return session.executeAsync(MeetingsApi.updateCall(meetingId, request));
    }

    /**
     * Updates a meeting starting from its current fields, so only what {@code request} changes is
     * changed: the body is pre-filled with the meeting's {@code title}, {@code agenda},
     * {@code password}, {@code start}, {@code end}, {@code timezone},
     * {@code enabledAutoRecordMeeting}, {@code allowAnyUserToBeCoHost} and {@code registration},
     * those present. The async twin of {@link MeetingsApi#update(Meeting, Consumer)}.
     *
     * @param current the meeting as last read, e.g. from {@link #get(String)}
     * @param request changes fields of the pre-filled body
     * @return completes with the updated meeting
     * @throws NullPointerException when {@code current} is {@code null} or lacks a required field
     *     that {@code request} does not set
     */
    public CompletableFuture<Meeting> update(Meeting current, Consumer<MeetingsApi.UpdateRequest> request) {
        return session.executeAsync(MeetingsApi.updateCall(current, request));
    }

    /**
     * Cancels a meeting. The async twin of {@link MeetingsApi#delete(String)}.
     *
     * @param meetingId the meeting's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String meetingId) {
        return session.executeAsync(MeetingsApi.deleteCall(meetingId));
    }
}
