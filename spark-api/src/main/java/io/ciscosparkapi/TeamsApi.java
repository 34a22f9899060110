package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Team;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Teams: the {@code teams} endpoints. Obtain it from {@link CiscoSparkAPI#teams()}. Thread-safe.
 */
public final class TeamsApi {

    private static final String PATH = "teams";

    private final Session session;

    TeamsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the teams the caller belongs to.
     *
     * @return a lazy listing
     */
    public PagedIterable<Team> list() {
        return session.list(listCall());
    }

    static ListCall<Team> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists the teams the caller belongs to, with a page size, e.g. {@code list(q -> q.max(50))}.
     *
     * @param query sets the parameters
     * @return a lazy listing
     */
    public PagedIterable<Team> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Team> listCall(Consumer<ListQuery> query) {
        return new ListCall<>(PATH, Arguments.apply(new ListQuery(), query).params(), Team::new);
    }

    /**
     * Creates a team; the caller becomes its first member, and its general room is created too.
     *
     * @param name the team's name
     * @return the new team
     */
    public Team create(String name) {
        return session.execute(createCall(name));
    }

    static Call<Team> createCall(String name) {
        Arguments.required(name, "name");
        return createCall(t -> t.name(name));
    }

    /**
     * Creates a team with more settings, e.g. {@code create(t -> t.name("Ops").description("On call"))}.
     *
     * @param request sets the fields; {@code name} is required
     * @return the new team
     */
    public Team create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<Team> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        Arguments.requiredText(r.fieldValue("name"), "name");
        return Call.post(PATH, r.fields(), Team::new);
    }

    /**
     * Gets one team.
     *
     * @param teamId the team's id
     * @return the team
     */
    public Team get(String teamId) {
        return session.execute(getCall(teamId));
    }

    static Call<Team> getCall(String teamId) {
        return Call.get(Urls.path(PATH, Arguments.id(teamId, "teamId")), Map.of(), Team::new);
    }

    /**
     * Updates a team, e.g. {@code update(id, t -> t.name("New name"))}. Spark expects the name to
     * be sent every time.
     *
     * @param teamId the team's id
     * @param request sets the fields; {@code name} is required
     * @return the updated team
     */
    public Team update(String teamId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(teamId, request));
    }

    static Call<Team> updateCall(String teamId, Consumer<UpdateRequest> request) {
        Arguments.id(teamId, "teamId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        Arguments.requiredText(r.fieldValue("name"), "name");
        return Call.put(Urls.path(PATH, teamId), r.fields(), Team::new);
    }

    /**
     * Deletes a team, its team memberships and its rooms (team moderators only).
     *
     * @param teamId the team's id
     */
    public void delete(String teamId) {
        session.execute(deleteCall(teamId));
    }

    static Call<Void> deleteCall(String teamId) {
        return Call.delete(Urls.path(PATH, Arguments.id(teamId, "teamId")));
    }

    /** Parameters of {@link #list(Consumer)}: the page size and any parameter by name. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }
    }

    /** Fields shared by creating and updating a team. */
    abstract static class TeamFields<S extends TeamFields<S>> extends BodyBuilder<S> {
        TeamFields() {
        }

        /**
         * The team's name.
         *
         * @param name the name
         * @return this request
         */
        public S name(String name) {
            return field("name", name);
        }

        /**
         * The team's description (newer API generation).
         *
         * @param description the description
         * @return this request
         */
        public S description(String description) {
            return field("description", description);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends TeamFields<CreateRequest> {
        CreateRequest() {
        }
    }

    /** Fields of {@link #update(String, Consumer)}. */
    public static final class UpdateRequest extends TeamFields<UpdateRequest> {
        UpdateRequest() {
        }
    }
}
