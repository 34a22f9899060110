package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.Team;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code rooms} (spec §2.2). */
final class RoomsEndpoint {

    /** The optional text fields of a room (v2), kept when absent from an update. */
    private static final List<String> TEXTS = List.of("description", "classificationId");
    /** The optional flags of a room (v2), false until set, kept when absent from an update. */
    private static final List<String> FLAGS = List.of("isPublic", "isAnnouncementOnly", "isReadOnly");
    private static final List<String> SORTS = List.of("id", "lastactivity", "created");

    private RoomsEndpoint() {
    }

    /** A room the caller can see, else 404. */
    static Room visibleRoom(RequestContext ctx, String id) {
        Room r = Replies.find(ctx.store.rooms, "ROOM", id, "room");
        if (!Visibility.canSee(ctx.store, ctx.caller, r)) {
            throw ApiError.notFound("The requested room was not found.");
        }
        return r;
    }

    static boolean isModerator(Store store, Room r, Person p) {
        Membership m = store.membership(p, r);
        return m != null && m.isModerator;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Store store = ctx.store;
        String teamId = ctx.query.get("teamId");
        String type = ctx.query.get("type");
        String sortBy = ctx.query.get("sortBy");
        if (ctx.query.has("sortBy") && !SORTS.contains(sortBy.toLowerCase(Locale.ROOT))) {
            throw ApiError.badRequest("Invalid value for 'sortBy': " + sortBy + " (id, lastactivity or created).");
        }
        if (Boolean.TRUE.equals(ctx.queryBool("orgPublicSpaces"))) {
            return publicSpaces(ctx);
        }
        if (ctx.query.has("teamId")) {
            Team t = Replies.find(store.teams, "TEAM", teamId, "team");
            if (store.teamMembership(ctx.caller, t) == null) {
                throw ApiError.notFound("The requested team was not found.");
            }
        }
        List<Room> rooms = new ArrayList<>();
        for (Room r : store.rooms.values()) {
            if (ctx.query.has("teamId") ? !teamId.equals(r.teamId) || !Visibility.canSee(store, ctx.caller, r)
                    : store.membership(ctx.caller, r) == null) {
                continue;
            }
            if (("direct".equals(type) || "group".equals(type)) && !type.equals(r.type)) {
                continue;
            }
            rooms.add(r);
        }
        if ("lastactivity".equalsIgnoreCase(sortBy)) {
            rooms.sort(Comparator.comparing((Room r) -> r.lastActivity).reversed());
        } else if ("created".equalsIgnoreCase(sortBy)) {
            rooms.sort(Comparator.comparing((Room r) -> r.created).reversed());
        } else if ("id".equalsIgnoreCase(sortBy)) {
            rooms.sort(Comparator.comparing((Room r) -> r.id));
        }
        List<ObjectNode> out = new ArrayList<>();
        rooms.forEach(r -> out.add(ResourceJson.room(store, r, ctx.caller)));
        return Paging.page(ctx, out, 1000);
    }

    /**
     * {@code orgPublicSpaces=true}: the public rooms of the caller's org, whether or not it is a
     * member, made public within {@code from} and {@code to} when given; not combined with
     * {@code teamId}, {@code type} or {@code sortBy}.
     */
    private static ApiResponse publicSpaces(RequestContext ctx) {
        for (String other : List.of("teamId", "type", "sortBy")) {
            if (ctx.query.has(other)) {
                throw ApiError.badRequest("orgPublicSpaces cannot be combined with " + other + ".");
            }
        }
        Instant from = time(ctx, "from");
        Instant to = time(ctx, "to");
        List<ObjectNode> out = new ArrayList<>();
        for (Room r : ctx.store.rooms.values()) {
            JsonNode isPublic = r.attributes.get("isPublic");
            JsonNode madePublic = r.attributes.get("madePublic");
            Person creator = ctx.store.people.get(r.creatorId);
            if (isPublic == null || !isPublic.booleanValue() || madePublic == null || creator == null
                    || !creator.orgId.equals(ctx.caller.orgId)) {
                continue;
            }
            Instant made = FakeClock.parse(madePublic.stringValue());
            if ((from == null || !made.isBefore(from)) && (to == null || made.isBefore(to))) {
                out.add(ResourceJson.room(ctx.store, r, ctx.caller));
            }
        }
        return Paging.page(ctx, out, 1000);
    }

    private static Instant time(RequestContext ctx, String name) {
        if (!ctx.query.has(name)) {
            return null;
        }
        Instant t = FakeClock.parse(ctx.query.get(name));
        if (t == null) {
            throw ApiError.badRequest("Invalid value for '" + name + "': " + ctx.query.get(name));
        }
        return t;
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        String title = Json.required(body, "title");
        String teamId = Json.str(body, "teamId");
        if (teamId != null) {
            Team t = Replies.find(ctx.store.teams, "TEAM", teamId, "team");
            if (ctx.store.teamMembership(ctx.caller, t) == null) {
                throw ApiError.forbidden("You are not a member of this team.");
            }
        }
        Boolean locked = Json.bool(body, "isLocked");
        Map<String, JsonNode> optional = optional(body, Map.of());
        Room r = RoomChanges.createRoom(ctx, title, "group", teamId, Boolean.TRUE.equals(locked));
        setOptional(ctx, r, optional);
        return Replies.ok(ResourceJson.room(ctx.store, r, ctx.caller));
    }

    /**
     * Reads the optional v2 fields of a create or update body, typed, and checks that a room made
     * public has a description (given now or kept from before).
     *
     * @param body the body
     * @param current the room's optional fields so far
     * @return the fields the body sets
     * @throws ApiError 400 for a wrong type or a public room without a description
     */
    private static Map<String, JsonNode> optional(JsonNode body, Map<String, JsonNode> current) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String f : TEXTS) {
            String v = Json.str(body, f);
            if (v != null) {
                out.put(f, Json.MAPPER.getNodeFactory().stringNode(v));
            }
        }
        for (String f : FLAGS) {
            Boolean v = Json.bool(body, f);
            if (v != null) {
                out.put(f, Json.MAPPER.getNodeFactory().booleanNode(v));
            }
        }
        JsonNode description = out.getOrDefault("description", current.get("description"));
        boolean isPublic = out.getOrDefault("isPublic", current.getOrDefault("isPublic",
                Json.MAPPER.getNodeFactory().booleanNode(false))).booleanValue();
        if (isPublic && (description == null || description.stringValue().isBlank())) {
            throw ApiError.badRequest("A public space requires a description.");
        }
        return out;
    }

    /** Stores the optional fields; a room made public now gets {@code madePublic}, one made private loses it. */
    private static void setOptional(RequestContext ctx, Room r, Map<String, JsonNode> fields) {
        JsonNode before = r.attributes.get("isPublic");
        boolean wasPublic = before != null && before.booleanValue();
        r.attributes.putAll(fields);
        JsonNode after = r.attributes.get("isPublic");
        boolean isPublic = after != null && after.booleanValue();
        if (isPublic && !wasPublic) {
            r.attributes.put("madePublic", Json.MAPPER.getNodeFactory().stringNode(
                    ResourceJson.ts(ctx.store.now())));
        } else if (!isPublic) {
            r.attributes.remove("madePublic");
        }
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.room(ctx.store, visibleRoom(ctx, id), ctx.caller));
    }

    static ApiResponse meetingInfo(RequestContext ctx, String id) {
        Room r = visibleRoom(ctx, id);
        ObjectNode o = Json.object();
        String number = String.valueOf(Math.abs((long) r.uuid.hashCode()) % 1_000_000_000L);
        o.put("roomId", r.id);
        o.put("meetingLink", "https://meet.example.com/m/" + r.uuid);
        o.put("sipAddress", number + "@meet.example.com");
        o.put("meetingNumber", number);
        o.put("callInTollFreeNumber", "+1-800-555-0100");
        o.put("callInTollNumber", "+1-555-555-0100");
        return Replies.ok(o);
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Room r = visibleRoom(ctx, id);
        Store store = ctx.store;
        JsonNode body = ctx.body();
        String title = Json.required(body, "title");
        if (r.isLocked && !isModerator(store, r, ctx.caller)) {
            throw ApiError.forbidden("Only moderators may change a locked room.");
        }
        String teamId = Json.str(body, "teamId");
        if (teamId != null && !teamId.equals(r.teamId)) {
            if (r.teamId != null || "direct".equals(r.type)) {
                throw ApiError.badRequest("This room cannot be moved to another team.");
            }
            Team t = Replies.find(store.teams, "TEAM", teamId, "team");
            if (store.teamMembership(ctx.caller, t) == null) {
                throw ApiError.forbidden("You are not a member of this team.");
            }
            r.teamId = teamId;
        }
        Boolean locked = Json.bool(body, "isLocked");
        Map<String, JsonNode> optional = optional(body, r.attributes);
        if (locked != null) {
            r.isLocked = locked;
            if (locked) {
                Membership m = store.membership(ctx.caller, r);
                if (m != null) {
                    m.isModerator = true;
                }
            }
        }
        if (!"direct".equals(r.type)) {
            r.title = title;
        }
        setOptional(ctx, r, optional);
        ctx.notifier.room(store, "updated", r, ctx.caller);
        return Replies.ok(ResourceJson.room(store, r, ctx.caller));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        Room r = visibleRoom(ctx, id);
        if (!r.creatorId.equals(ctx.caller.id) && !isModerator(ctx.store, r, ctx.caller)) {
            throw ApiError.forbidden("Only the creator or a moderator may delete this room.");
        }
        RoomChanges.deleteRoom(ctx.store, r);
        return Replies.noContent();
    }
}
