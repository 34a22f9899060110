package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomMeetingInfo;
import io.ciscosparkapi.model.RoomType;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rooms (spaces): the {@code rooms} endpoints. Obtain it from {@link CiscoSparkAPI#rooms()}.
 * Thread-safe.
 */
public final class RoomsApi {

    private static final String PATH = "rooms";

    private final Session session;

    RoomsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the rooms the caller belongs to.
     *
     * @return a lazy listing
     */
    public PagedIterable<Room> list() {
        return session.list(listCall());
    }

    static ListCall<Room> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists rooms with filters, e.g. {@code list(q -> q.type(RoomType.GROUP))}, or the public
     * spaces of the caller's organization, e.g. {@code list(q -> q.orgPublicSpaces(true))}.
     *
     * @param query sets the filters
     * @return a lazy listing
     * @throws IllegalArgumentException when {@code orgPublicSpaces} is combined with
     *     {@code teamId}, {@code type} or {@code sortBy}, which Spark does not allow
     */
    public PagedIterable<Room> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Room> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        if ("true".equalsIgnoreCase(params.get("orgPublicSpaces"))) {
            for (String filter : new String[] {"teamId", "type", "sortBy"}) {
                if (params.get(filter) != null) {
                    throw new IllegalArgumentException("Listing public spaces (orgPublicSpaces) cannot be combined "
                            + "with teamId, type or sortBy; got " + filter);
                }
            }
        }
        return new ListCall<>(PATH, params, Room::new);
    }

    /**
     * Creates a group room; the caller becomes its first member.
     *
     * @param title the room's title
     * @return the new room
     */
    public Room create(String title) {
        return session.execute(createCall(title));
    }

    static Call<Room> createCall(String title) {
        Arguments.required(title, "title");
        return createCall(r -> r.title(title));
    }

    /**
     * Creates a room with more settings, e.g. {@code create(r -> r.title("Ops").teamId(teamId))}.
     *
     * @param request sets the fields; {@code title} is required, and a public room
     *     ({@code isPublic(true)}) needs a {@code description}
     * @return the new room
     * @throws IllegalArgumentException when a public room has no description
     */
    public Room create(Consumer<CreateRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<Room> createCall(Consumer<CreateRequest> request) {
        CreateRequest r = Arguments.apply(new CreateRequest(), request);
        Arguments.requiredText(r.fieldValue("title"), "title");
        if (Boolean.TRUE.equals(r.fieldValue("isPublic"))
                && !(r.fieldValue("description") instanceof String text && !text.isBlank())) {
            throw new IllegalArgumentException("A public room (isPublic true) needs a description");
        }
        return Call.post(PATH, r.fields(), Room::new);
    }

    /**
     * Gets one room.
     *
     * @param roomId the room's id
     * @return the room
     */
    public Room get(String roomId) {
        return session.execute(getCall(roomId));
    }

    static Call<Room> getCall(String roomId) {
        return Call.get(Urls.path(PATH, Arguments.id(roomId, "roomId")), Map.of(), Room::new);
    }

    /**
     * Gets the meeting details of a room (newer API generation).
     *
     * @param roomId the room's id
     * @return the meeting details
     */
    public RoomMeetingInfo meetingInfo(String roomId) {
        return session.execute(meetingInfoCall(roomId));
    }

    static Call<RoomMeetingInfo> meetingInfoCall(String roomId) {
        return Call.get(Urls.path(PATH, Arguments.id(roomId, "roomId"), "meetingInfo"), Map.of(),
                RoomMeetingInfo::new);
    }

    /**
     * Updates a room, e.g. {@code update(id, r -> r.title("New title"))}. Spark expects the title
     * to be sent every time.
     *
     * @param roomId the room's id
     * @param request sets the fields; {@code title} is required
     * @return the updated room
     */
    public Room update(String roomId, Consumer<UpdateRequest> request) {
        return session.execute(updateCall(roomId, request));
    }

    static Call<Room> updateCall(String roomId, Consumer<UpdateRequest> request) {
        Arguments.id(roomId, "roomId");
        UpdateRequest r = Arguments.apply(new UpdateRequest(), request);
        Arguments.requiredText(r.fieldValue("title"), "title");
        return Call.put(Urls.path(PATH, roomId), r.fields(), Room::new);
    }

    /**
     * Deletes a room, its memberships and messages.
     *
     * @param roomId the room's id
     */
    public void delete(String roomId) {
        session.execute(deleteCall(roomId));
    }

    static Call<Void> deleteCall(String roomId) {
        return Call.delete(Urls.path(PATH, Arguments.id(roomId, "roomId")));
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * Only rooms of this team.
         *
         * @param teamId the team's id
         * @return this query
         */
        public ListQuery teamId(String teamId) {
            return param("teamId", teamId);
        }

        /**
         * Only direct (1:1) or only group rooms.
         *
         * @param type the room type
         * @return this query
         * @throws IllegalArgumentException for {@link RoomType#UNKNOWN}, which has no wire value
         */
        public ListQuery type(RoomType type) {
            if (type == RoomType.UNKNOWN) {
                throw new IllegalArgumentException("type UNKNOWN cannot be sent; use DIRECT or GROUP");
            }
            return param("type", type);
        }

        /**
         * The sort order: {@code id}, {@code lastactivity} or {@code created} (most recent first).
         *
         * @param sortBy the sort key
         * @return this query
         */
        public ListQuery sortBy(String sortBy) {
            return param("sortBy", sortBy);
        }

        /**
         * Lists public spaces of the caller's organization (newer API generation); cannot be
         * combined with {@code teamId}, {@code type} or {@code sortBy}.
         *
         * @param orgPublicSpaces whether to list public spaces
         * @return this query
         */
        public ListQuery orgPublicSpaces(boolean orgPublicSpaces) {
            return param("orgPublicSpaces", orgPublicSpaces);
        }

        /**
         * With {@code orgPublicSpaces}: spaces made public after this time.
         *
         * @param from the time
         * @return this query
         */
        public ListQuery from(Instant from) {
            return param("from", from);
        }

        /**
         * With {@code orgPublicSpaces}: spaces made public before this time.
         *
         * @param to the time
         * @return this query
         */
        public ListQuery to(Instant to) {
            return param("to", to);
        }
    }

    /** Fields shared by creating and updating a room. */
    abstract static class RoomFields<S extends RoomFields<S>> extends BodyBuilder<S> {
        RoomFields() {
        }

        /**
         * The room's title.
         *
         * @param title the title
         * @return this request
         */
        public S title(String title) {
            return field("title", title);
        }

        /**
         * The team the room belongs to.
         *
         * @param teamId the team's id
         * @return this request
         */
        public S teamId(String teamId) {
            return field("teamId", teamId);
        }

        /**
         * The space classification (newer API generation).
         *
         * @param classificationId the classification's id
         * @return this request
         */
        public S classificationId(String classificationId) {
            return field("classificationId", classificationId);
        }

        /**
         * Whether the room is moderated.
         *
         * @param isLocked whether locked
         * @return this request
         */
        public S isLocked(boolean isLocked) {
            return field("isLocked", isLocked);
        }

        /**
         * Whether the room is public in the organization, so its people can find and join it; a
         * new public room needs a {@link #description(String) description}.
         *
         * @param isPublic whether public
         * @return this request
         */
        public S isPublic(boolean isPublic) {
            return field("isPublic", isPublic);
        }

        /**
         * The room's description.
         *
         * @param description the description
         * @return this request
         */
        public S description(String description) {
            return field("description", description);
        }

        /**
         * Whether only moderators may post.
         *
         * @param isAnnouncementOnly whether announcement only
         * @return this request
         */
        public S isAnnouncementOnly(boolean isAnnouncementOnly) {
            return field("isAnnouncementOnly", isAnnouncementOnly);
        }
    }

    /** Fields of {@link #create(Consumer)}. */
    public static final class CreateRequest extends RoomFields<CreateRequest> {
        CreateRequest() {
        }
    }

    /** Fields of {@link #update(String, Consumer)}. */
    public static final class UpdateRequest extends RoomFields<UpdateRequest> {
        UpdateRequest() {
        }

        /**
         * Whether the room is read-only (newer API generation).
         *
         * @param isReadOnly whether read-only
         * @return this request
         */
        public UpdateRequest isReadOnly(boolean isReadOnly) {
            return field("isReadOnly", isReadOnly);
        }
    }
}
