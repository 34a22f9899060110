package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.TeamMembership;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Team memberships: the {@code team/memberships} endpoints. Obtain it from
 * {@link CiscoSparkAPI#teamMemberships()}. Thread-safe.
 */
public final class TeamMembershipsApi {

    private static final String PATH = Urls.path("team", "memberships");

    private final Session session;

    TeamMembershipsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the memberships of a team.
     *
     * @param teamId the team's id
     * @return a lazy listing
     */
    public PagedIterable<TeamMembership> list(String teamId) {
        return session.list(listCall(teamId));
    }

    static ListCall<TeamMembership> listCall(String teamId) {
        Arguments.id(teamId, "teamId");
        return listCall(q -> q.teamId(teamId));
    }

    /**
     * Lists the memberships of a team with more parameters, e.g.
     * {@code list(q -> q.teamId(id).max(50))}.
     *
     * @param query sets the parameters; {@code teamId} is required
     * @return a lazy listing
     * @throws NullPointerException when {@code teamId} is not set
     */
    public PagedIterable<TeamMembership> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<TeamMembership> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.requiredText(params.get("teamId"), "teamId");
        return new ListCall<>(PATH, params, TeamMembership::new);
    }

    /**
     * Adds a person to a team, e.g. {@code create(m -> m.teamId(teamId).personEmail(address))}.
     * {@code isModerator} is sent as {@code false} unless set. Adding a member again is answered
     * with 409.
     *
     * @param request sets the fields; {@code teamId} and exactly one of {@code personId} /
     *     {@code personEmail} are required
     * @return the new team membership
     * @throws IllegalArgumentException when not exactly one of {@code personId} and
     *     {@code personEmail} is set
     */
    public TeamMembership create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<TeamMembership> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        Arguments.requiredText(r.fieldValue("teamId"), "teamId");
        Arguments.exactlyOne(r.fields(), "A team membership", "personId", "personEmail");
        Arguments.emails(r.fields(), "personEmail");
        if (r.fieldValue("isModerator") == null) {
            r.isModerator(false);
        }
        return Call.post(PATH, r.fields(), TeamMembership::new);
    }

    /**
     * Gets one team membership.
     *
     * @param membershipId the team membership's id
     * @return the team membership
     */
    public TeamMembership get(String membershipId) {
        return session.execute(getCall(membershipId));
    }

    static Call<TeamMembership> getCall(String membershipId) {
        return Call.get(Urls.path("team", "memberships", Arguments.id(membershipId, "membershipId")), Map.of(),
                TeamMembership::new);
    }

    /**
     * Makes a team member a moderator of the team, or not.
     *
     * @param membershipId the team membership's id
     * @param isModerator whether the member moderates the team
     * @return the updated team membership
     */
    public TeamMembership update(String membershipId, boolean isModerator) {
        return session.execute(updateCall(membershipId, isModerator));
    }

    static Call<TeamMembership> updateCall(String membershipId, boolean isModerator) {
        return updateCall(membershipId, m -> m.isModerator(isModerator));
    }

    /**
     * Updates a team membership, e.g. {@code update(id, m -> m.isModerator(true))}.
     *
     * @param membershipId the team membership's id
     * @param request sets the fields; {@code isModerator} is required
     * @return the updated team membership
     * @throws NullPointerException when {@code isModerator} is not set
     */
    public TeamMembership update(String membershipId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(membershipId, request));
    }

    static Call<TeamMembership> updateCall(String membershipId, Consumer<UpdateRequest> request) {
        Arguments.id(membershipId, "membershipId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        if (r.fieldValue("isModerator") == null) {
            throw new NullPointerException("isModerator must not be null");
        }
        return Call.put(Urls.path("team", "memberships", membershipId), r.fields(), TeamMembership::new);
    }

    /**
     * Deletes a team membership: removes the person from the team.
     *
     * @param membershipId the team membership's id
     */
    public void delete(String membershipId) {
        session.execute(deleteCall(membershipId));
    }

    static Call<Void> deleteCall(String membershipId) {
        return Call.delete(Urls.path("team", "memberships", Arguments.id(membershipId, "membershipId")));
    }

    /** Parameters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * The team whose memberships to list (required).
         *
         * @param teamId the team's id
         * @return this query
         */
        public ListQuery teamId(String teamId) {
            return param("teamId", teamId);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends MemberFields<CreateRequest> {
        CreateRequest() {
        }

        /**
         * The team to add the person to.
         *
         * @param teamId the team's id
         * @return this request
         */
        public CreateRequest teamId(String teamId) {
            return field("teamId", teamId);
        }
    }

    /** Fields of {@link #update(String, Consumer)}. */
    public static final class UpdateRequest extends BodyBuilder<UpdateRequest> {
        UpdateRequest() {
        }

        /**
         * Whether the person moderates the team (required).
         *
         * @param isModerator whether a moderator
         * @return this request
         */
        public UpdateRequest isModerator(boolean isModerator) {
            return field("isModerator", isModerator);
        }
    }
}
