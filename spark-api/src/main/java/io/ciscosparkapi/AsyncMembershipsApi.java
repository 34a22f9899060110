package io.ciscosparkapi;

import io.ciscosparkapi.model.Membership;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link MembershipsApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#memberships()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncMembershipsApi {

    private final Session session;

    AsyncMembershipsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's own memberships: one per room the caller belongs to. The async twin of
     * {@link MembershipsApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Membership> list() {
        return session.listAsync(MembershipsApi.listCall());
    }

    /**
     * Lists the memberships of a room; the caller must be a member of it. The async twin of
     * {@link MembershipsApi#list(String)}.
     *
     * @param roomId the room's id
     * @return an async listing
     */
    public AsyncPagedIterable<Membership> list(String roomId) {
        return session.listAsync(MembershipsApi.listCall(roomId));
    }

    /**
     * Lists memberships with filters, e.g. {@code list(q -> q.roomId(id).personEmail(address))}.
     * The async twin of {@link MembershipsApi#list(Consumer)}.
     *
     * @param query sets the filters
     * @return an async listing
     * @throws IllegalArgumentException when {@code personId} or {@code personEmail} is given
     *     without {@code roomId}, or both are given
     */
    public AsyncPagedIterable<Membership> list(Consumer<MembershipsApi.ListQuery> query) {
        return session.listAsync(MembershipsApi.listCall(query));
    }

    /**
     * Adds a person to a room, e.g. {@code create(m -> m.roomId(roomId).personEmail(address))}. The
     * async twin of {@link MembershipsApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code roomId} and exactly one of {@code personId} /
     *     {@code personEmail} are required
     * @return completes with the new membership
     * @throws IllegalArgumentException when not exactly one of {@code personId} and
     *     {@code personEmail} is set
     */
    public CompletableFuture<Membership> create(Consumer<MembershipsApi.CreateRequest> request) {
        return session.executeAsync(MembershipsApi.createCall(request));
    }

    /**
     * Gets one membership. The async twin of {@link MembershipsApi#get(String)}.
     *
     * @param membershipId the membership's id
     * @return completes with the membership
     */
    public CompletableFuture<Membership> get(String membershipId) {
        return session.executeAsync(MembershipsApi.getCall(membershipId));
    }

    /**
     * Makes a member a moderator of the room, or not. The async twin of
     * {@link MembershipsApi#update(String, boolean)}.
     *
     * @param membershipId the membership's id
     * @param isModerator whether the member moderates the room
     * @return completes with the updated membership
     */
    public CompletableFuture<Membership> update(String membershipId, boolean isModerator) {
        return session.executeAsync(MembershipsApi.updateCall(membershipId, isModerator));
    }

    /**
     * Updates a membership, e.g. {@code update(id, m -> m.isModerator(true))}. The async twin of
     * {@link MembershipsApi#update(String, Consumer)}.
     *
     * @param membershipId the membership's id
     * @param request sets the fields; {@code isModerator} is required
     * @return completes with the updated membership
     * @throws NullPointerException when {@code isModerator} is not set
     */
    public CompletableFuture<Membership> update(String membershipId, Consumer<MembershipsApi.UpdateRequest> request) {
        return session.executeAsync(MembershipsApi.updateCall(membershipId, request));
    }

    /**
     * Deletes a membership: removes the person from the room (removing yourself leaves it). The
     * async twin of {@link MembershipsApi#delete(String)}.
     *
     * @param membershipId the membership's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String membershipId) {
        return session.executeAsync(MembershipsApi.deleteCall(membershipId));
    }
}
