package io.ciscosparkapi;

import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomMeetingInfo;
import io.ciscosparkapi.model.RoomType;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link RoomsApi}: the same operations with the same parameters, each returning
 * a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#rooms()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncRoomsApi {

    private final Session session;

    AsyncRoomsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the rooms the caller belongs to. The async twin of {@link RoomsApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Room> list() {
        return session.listAsync(RoomsApi.listCall());
    }

    /**
     * Lists rooms with filters, e.g. {@code list(q -> q.type(RoomType.GROUP))}, or the public
     * spaces of the caller's organization, e.g. {@code list(q -> q.orgPublicSpaces(true))}. The
     * async twin of {@link RoomsApi#list(Consumer)}.
     *
     * @param query sets the filters
     * @return an async listing
     * @throws IllegalArgumentException when {@code orgPublicSpaces} is combined with
     *     {@code teamId}, {@code type} or {@code sortBy}, which Spark does not allow
     */
    public AsyncPagedIterable<Room> list(Consumer<RoomsApi.ListQuery> query) {
        return session.listAsync(RoomsApi.listCall(query));
    }

    /**
     * Creates a group room; the caller becomes its first member. The async twin of
     * {@link RoomsApi#create(String)}.
     *
     * @param title the room's title
     * @return completes with the new room
     */
    public CompletableFuture<Room> create(String title) {
        return session.executeAsync(RoomsApi.createCall(title));
    }

    /**
     * Creates a room with more settings, e.g. {@code create(r -> r.title("Ops").teamId(teamId))}.
     * The async twin of {@link RoomsApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code title} is required, and a public room
     *     ({@code isPublic(true)}) needs a {@code description}
     * @return completes with the new room
     * @throws IllegalArgumentException when a public room has no description
     */
    public CompletableFuture<Room> create(Consumer<RoomsApi.CreateRequest> request) {
        return session.executeAsync(RoomsApi.createCall(request));
    }

    /**
     * Gets one room. The async twin of {@link RoomsApi#get(String)}.
     *
     * @param roomId the room's id
     * @return completes with the room
     */
    public CompletableFuture<Room> get(String roomId) {
        return session.executeAsync(RoomsApi.getCall(roomId));
    }

    /**
     * Gets the meeting details of a room (newer API generation). The async twin of
     * {@link RoomsApi#meetingInfo(String)}.
     *
     * @param roomId the room's id
     * @return completes with the meeting details
     */
    public CompletableFuture<RoomMeetingInfo> meetingInfo(String roomId) {
        return session.executeAsync(RoomsApi.meetingInfoCall(roomId));
    }

    /**
     * Updates a room, e.g. {@code update(id, r -> r.title("New title"))}. The async twin of
     * {@link RoomsApi#update(String, Consumer)}.
     *
     * @param roomId the room's id
     * @param request sets the fields; {@code title} is required
     * @return completes with the updated room
     */
    public CompletableFuture<Room> update(String roomId, Consumer<RoomsApi.UpdateRequest> request) {
        return session.executeAsync(RoomsApi.updateCall(roomId, request));
    }

    /**
     * Deletes a room, its memberships and messages. The async twin of
     * {@link RoomsApi#delete(String)}.
     *
     * @param roomId the room's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String roomId) {
        return session.executeAsync(RoomsApi.deleteCall(roomId));
    }
}
