package io.ciscosparkapi;

import io.ciscosparkapi.model.TeamMembership;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link TeamMembershipsApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#teamMemberships()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncTeamMembershipsApi {

    private final Session session;

    AsyncTeamMembershipsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the memberships of a team. The async twin of {@link TeamMembershipsApi#list(String)}.
     *
     * @param teamId the team's id
     * @return an async listing
     */
    public AsyncPagedIterable<TeamMembership> list(String teamId) {
        return session.listAsync(TeamMembershipsApi.listCall(teamId));
    }

    /**
     * Lists the memberships of a team with more parameters, e.g.
     * {@code list(q -> q.teamId(id).max(50))}. The async twin of
     * {@link TeamMembershipsApi#list(Consumer)}.
     *
     * @param query sets the parameters; {@code teamId} is required
     * @return an async listing
     * @throws NullPointerException when {@code teamId} is not set
     */
    public AsyncPagedIterable<TeamMembership> list(Consumer<TeamMembershipsApi.ListQuery> query) {
        return session.listAsync(TeamMembershipsApi.listCall(query));
    }

    /**
     * Adds a person to a team, e.g. {@code create(m -> m.teamId(teamId).personEmail(address))}. The
     * async twin of {@link TeamMembershipsApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code teamId} and exactly one of {@code personId} /
     *     {@code personEmail} are required
     * @return completes with the new team membership
     * @throws IllegalArgumentException when not exactly one of {@code personId} and
     *     {@code personEmail} is set
     */
    public CompletableFuture<TeamMembership> create(Consumer<TeamMembershipsApi.CreateRequest> request) {
        return session.executeAsync(TeamMembershipsApi.createCall(request));
    }

    /**
     * Gets one team membership. The async twin of {@link TeamMembershipsApi#get(String)}.
     *
     * @param membershipId the team membership's id
     * @return completes with the team membership
     */
    public CompletableFuture<TeamMembership> get(String membershipId) {
        return session.executeAsync(TeamMembershipsApi.getCall(membershipId));
    }

    /**
     * Makes a team member a moderator of the team, or not. The async twin of
     * {@link TeamMembershipsApi#update(String, boolean)}.
     *
     * @param membershipId the team membership's id
     * @param isModerator whether the member moderates the team
     * @return completes with the updated team membership
     */
    public CompletableFuture<TeamMembership> update(String membershipId, boolean isModerator) {
        return session.executeAsync(TeamMembershipsApi.updateCall(membershipId, isModerator));
    }

    /**
     * Updates a team membership, e.g. {@code update(id, m -> m.isModerator(true))}. The async twin
     * of {@link TeamMembershipsApi#update(String, Consumer)}.
     *
     * @param membershipId the team membership's id
     * @param request sets the fields; {@code isModerator} is required
     * @return completes with the updated team membership
     * @throws NullPointerException when {@code isModerator} is not set
     */
    public CompletableFuture<TeamMembership> update(String membershipId,
                                                    Consumer<TeamMembershipsApi.UpdateRequest> request) {
        return session.executeAsync(TeamMembershipsApi.updateCall(membershipId, request));
    }

    /**
     * Deletes a team membership: removes the person from the team. The async twin of
     * {@link TeamMembershipsApi#delete(String)}.
     *
     * @param membershipId the team membership's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String membershipId) {
        return session.executeAsync(TeamMembershipsApi.deleteCall(membershipId));
    }
}
