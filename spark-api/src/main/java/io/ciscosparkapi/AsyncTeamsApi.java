package io.ciscosparkapi;

import io.ciscosparkapi.model.Team;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link TeamsApi}: the same operations with the same parameters, each returning
 * a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#teams()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncTeamsApi {

    private final Session session;

    AsyncTeamsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the teams the caller belongs to. The async twin of {@link TeamsApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Team> list() {
        return session.listAsync(TeamsApi.listCall());
    }

    /**
     * Lists the teams the caller belongs to, with a page size, e.g. {@code list(q -> q.max(50))}.
     * The async twin of {@link TeamsApi#list(Consumer)}.
     *
     * @param query sets the parameters
     * @return an async listing
     */
    public AsyncPagedIterable<Team> list(Consumer<TeamsApi.ListQuery> query) {
        return session.listAsync(TeamsApi.listCall(query));
    }

    /**
     * Creates a team; the caller becomes its first member, and its general room is created too. The
     * async twin of {@link TeamsApi#create(String)}.
     *
     * @param name the team's name
     * @return completes with the new team
     */
    public CompletableFuture<Team> create(String name) {
        return session.executeAsync(TeamsApi.createCall(name));
    }

    /**
     * Creates a team with more settings, e.g.
     * {@code create(t -> t.name("Ops").description("On call"))}. The async twin of
     * {@link TeamsApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code name} is required
     * @return completes with the new team
     */
    public CompletableFuture<Team> create(Consumer<TeamsApi.CreateRequest> request) {
        return session.executeAsync(TeamsApi.createCall(request));
    }

    /**
     * Gets one team. The async twin of {@link TeamsApi#get(String)}.
     *
     * @param teamId the team's id
     * @return completes with the team
     */
    public CompletableFuture<Team> get(String teamId) {
        return session.executeAsync(TeamsApi.getCall(teamId));
    }

    /**
     * Updates a team, e.g. {@code update(id, t -> t.name("New name"))}. The async twin of
     * {@link TeamsApi#update(String, Consumer)}.
     *
     * @param teamId the team's id
     * @param request sets the fields; {@code name} is required
     * @return completes with the updated team
     */
    public CompletableFuture<Team> update(String teamId, Consumer<TeamsApi.UpdateRequest> request) {
        return session.executeAsync(TeamsApi.updateCall(teamId, request));
    }

    /**
     * Deletes a team, its team memberships and its rooms (team moderators only). The async twin of
     * {@link TeamsApi#delete(String)}.
     *
     * @param teamId the team's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String teamId) {
        return session.executeAsync(TeamsApi.deleteCall(teamId));
    }
}
