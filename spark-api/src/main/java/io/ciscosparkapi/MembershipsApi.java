package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Membership;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Room memberships: the {@code memberships} endpoints. Obtain it from
 * {@link CiscoSparkAPI#memberships()}. Thread-safe.
 */
public final class MembershipsApi {

    private static final String PATH = "memberships";

    private final Session session;

    MembershipsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's own memberships: one per room the caller belongs to.
     *
     * @return a lazy listing
     */
    public PagedIterable<Membership> list() {
        return session.list(listCall());
    }

    static ListCall<Membership> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists the memberships of a room; the caller must be a member of it.
     *
     * @param roomId the room's id
     * @return a lazy listing
     */
    public PagedIterable<Membership> list(String roomId) {
        return session.list(listCall(roomId));
    }

    static ListCall<Membership> listCall(String roomId) {
        Arguments.id(roomId, "roomId");
        return listCall(q -> q.roomId(roomId));
    }

    /**
     * Lists memberships with filters, e.g. {@code list(q -> q.roomId(id).personEmail(address))}.
     * {@code personId} and {@code personEmail} are alternatives and need {@code roomId}.
     *
     * @param query sets the filters
     * @return a lazy listing
     * @throws IllegalArgumentException when {@code personId} or {@code personEmail} is given
     *     without {@code roomId}, or both are given
     */
    public PagedIterable<Membership> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Membership> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.atMostOne(params, "Listing memberships", "personId", "personEmail");
        for (String filter : new String[] {"personId", "personEmail"}) {
            if (params.get(filter) != null) {
                Arguments.requiredText(params.get(filter), filter);
                if (params.get("roomId") == null) {
                    throw new IllegalArgumentException("Listing memberships by " + filter
                            + " needs roomId too; Spark answers 400 without it");
                }
            }
        }
        if (params.get("roomId") != null) {
            Arguments.requiredText(params.get("roomId"), "roomId");
        }
        Arguments.emails(params, "personEmail");
        return new ListCall<>(PATH, params, Membership::new);
    }

    /**
     * Adds a person to a room, e.g. {@code create(m -> m.roomId(roomId).personEmail(address))}.
     * {@code isModerator} is sent as {@code false} unless set. Adding someone who is already a
     * member (the room's creator included) is answered with 409.
     *
     * @param request sets the fields; {@code roomId} and exactly one of {@code personId} /
     *     {@code personEmail} are required
     * @return the new membership
     * @throws IllegalArgumentException when not exactly one of {@code personId} and
     *     {@code personEmail} is set
     */
    public Membership create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<Membership> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        Arguments.requiredText(r.fieldValue("roomId"), "roomId");
        Arguments.exactlyOne(r.fields(), "A membership", "personId", "personEmail");
        Arguments.emails(r.fields(), "personEmail");
        if (r.fieldValue("isModerator") == null) {
            r.isModerator(false);
        }
        return Call.post(PATH, r.fields(), Membership::new);
    }

    /**
     * Gets one membership.
     *
     * @param membershipId the membership's id
     * @return the membership
     */
    public Membership get(String membershipId) {
        return session.execute(getCall(membershipId));
    }

    static Call<Membership> getCall(String membershipId) {
        return Call.get(Urls.path(PATH, Arguments.id(membershipId, "membershipId")), Map.of(), Membership::new);
    }

    /**
     * Makes a member a moderator of the room, or not.
     *
     * @param membershipId the membership's id
     * @param isModerator whether the member moderates the room
     * @return the updated membership
     */
    public Membership update(String membershipId, boolean isModerator) {
        return session.execute(updateCall(membershipId, isModerator));
    }

    static Call<Membership> updateCall(String membershipId, boolean isModerator) {
        return updateCall(membershipId, m -> m.isModerator(isModerator));
    }

    /**
     * Updates a membership, e.g. {@code update(id, m -> m.isModerator(true))}.
     *
     * @param membershipId the membership's id
     * @param request sets the fields; {@code isModerator} is required
     * @return the updated membership
     * @throws NullPointerException when {@code isModerator} is not set
     */
    public Membership update(String membershipId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(membershipId, request));
    }

    static Call<Membership> updateCall(String membershipId, Consumer<UpdateRequest> request) {
        Arguments.id(membershipId, "membershipId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        if (r.fieldValue("isModerator") == null) {
            throw new NullPointerException("isModerator must not be null");
        }
        return Call.put(Urls.path(PATH, membershipId), r.fields(), Membership::new);
    }

    /**
     * Deletes a membership: removes the person from the room (removing yourself leaves it).
     *
     * @param membershipId the membership's id
     */
    public void delete(String membershipId) {
        session.execute(deleteCall(membershipId));
    }

    static Call<Void> deleteCall(String membershipId) {
        return Call.delete(Urls.path(PATH, Arguments.id(membershipId, "membershipId")));
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * Only memberships of this room.
         *
         * @param roomId the room's id
         * @return this query
         */
        public ListQuery roomId(String roomId) {
            return param("roomId", roomId);
        }

        /**
         * Only the membership of this person; needs {@link #roomId(String)}.
         *
         * @param personId the person's id
         * @return this query
         */
        public ListQuery personId(String personId) {
            return param("personId", personId);
        }

        /**
         * Only the membership of the person with this address; needs {@link #roomId(String)}.
         *
         * @param personEmail the person's email address
         * @return this query
         */
        public ListQuery personEmail(String personEmail) {
            return param("personEmail", personEmail);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends MemberFields<CreateRequest> {
        CreateRequest() {
        }

        /**
         * The room to add the person to.
         *
         * @param roomId the room's id
         * @return this request
         */
        public CreateRequest roomId(String roomId) {
            return field("roomId", roomId);
        }
    }

    /** Fields of {@link #update(String, Consumer)}. */
    public static final class UpdateRequest extends BodyBuilder<UpdateRequest> {
        UpdateRequest() {
        }

        /**
         * Whether the person moderates the room (required).
         *
         * @param isModerator whether a moderator
         * @return this request
         */
        public UpdateRequest isModerator(boolean isModerator) {
            return field("isModerator", isModerator);
        }

        /**
         * Whether the member hides the (direct) room from their list (newer API generation).
         *
         * @param isRoomHidden whether hidden
         * @return this request
         */
        public UpdateRequest isRoomHidden(boolean isRoomHidden) {
            return field("isRoomHidden", isRoomHidden);
        }
    }
}
