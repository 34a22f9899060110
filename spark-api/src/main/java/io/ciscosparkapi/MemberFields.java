package io.ciscosparkapi;

/**
 * The fields that adding a person to a room and adding one to a team share: who, and whether a
 * moderator. The concrete requests add where to ({@code roomId} or {@code teamId}).
 *
 * @param <S> the concrete builder, returned for chaining
 */
abstract class MemberFields<S extends MemberFields<S>> extends BodyBuilder<S> {

    MemberFields() {
    }

    /**
     * The person to add, by id.
     *
     * @param personId the person's id
     * @return this request
     */
    public S personId(String personId) {
        return field("personId", personId);
    }

    /**
     * The person to add, by email address.
     *
     * @param personEmail the person's email address
     * @return this request
     */
    public S personEmail(String personEmail) {
        return field("personEmail", personEmail);
    }

    /**
     * Whether the person becomes a moderator; {@code false} when not set.
     *
     * @param isModerator whether a moderator
     * @return this request
     */
    public S isModerator(boolean isModerator) {
        return field("isModerator", isModerator);
    }
}
