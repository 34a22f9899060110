package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;

/**
 * Changes to rooms and their memberships that several endpoints make; each emits its events.
 * Callers hold the store's lock.
 */
public final class RoomChanges {

    private RoomChanges() {
    }

    /**
     * Creates a room whose creator becomes its first member.
     *
     * @param ctx the request
     * @param title the title
     * @param type {@code group} or {@code direct}
     * @param teamId the team, or {@code null}
     * @param locked whether moderated (the creator is then a moderator)
     * @return the room
     */
    public static Room createRoom(RequestContext ctx, String title, String type, String teamId, boolean locked) {
        Store store = ctx.store;
        Room r = new Room();
        r.uuid = Ids.uuid();
        r.id = Ids.encode("ROOM", r.uuid);
        r.title = title;
        r.type = type;
        r.teamId = teamId;
        r.isLocked = locked;
        r.creatorId = ctx.caller.id;
        r.created = store.now();
        r.lastActivity = r.created;
        store.rooms.put(r.id, r);
        Membership creator = storeMembership(store, r, ctx.caller, locked);
        ctx.notifier.room(store, "created", r, ctx.caller);
        ctx.notifier.membership(store, "created", creator, ctx.caller);
        return r;
    }

    /**
     * Adds a person to a room (no checks).
     *
     * @param ctx the request
     * @param room the room
     * @param person the new member
     * @param moderator whether a moderator
     * @return the membership
     */
    public static Membership addMembership(RequestContext ctx, Room room, Person person, boolean moderator) {
        Membership m = storeMembership(ctx.store, room, person, moderator);
        ctx.notifier.membership(ctx.store, "created", m, ctx.caller);
        return m;
    }

    private static Membership storeMembership(Store store, Room room, Person person, boolean moderator) {
        Membership m = new Membership();
        m.id = Store.membershipId(person, room);
        m.roomId = room.id;
        m.personId = person.id;
        m.isModerator = moderator;
        m.created = store.now();
        store.memberships.put(m.id, m);
        room.lastActivity = m.created;
        return m;
    }

    /**
     * Locks a room because the caller makes someone its moderator (spec §2.3): the caller becomes
     * a moderator too, so it keeps the rights it had. Emits the room's and the caller's updates.
     *
     * @param ctx the request
     * @param room the room, not yet locked
     */
    public static void lockForModerator(RequestContext ctx, Room room) {
        room.isLocked = true;
        Membership own = ctx.store.membership(ctx.caller, room);
        if (own != null && !own.isModerator) {
            own.isModerator = true;
            ctx.notifier.membership(ctx.store, "updated", own, ctx.caller);
        }
        ctx.notifier.room(ctx.store, "updated", room, ctx.caller);
    }

    /**
     * Removes a membership.
     *
     * @param ctx the request
     * @param m the membership
     */
    public static void removeMembership(RequestContext ctx, Membership m) {
        Store store = ctx.store;
        ctx.notifier.membership(store, "deleted", m, ctx.caller);
        store.memberships.remove(m.id);
        Room room = store.rooms.get(m.roomId);
        if (room != null) {
            room.lastActivity = store.now();
        }
    }

    /**
     * Deletes a room with its memberships, messages, uploaded contents, card submissions and tabs.
     *
     * @param store the state
     * @param room the room
     */
    public static void deleteRoom(Store store, Room room) {
        store.rooms.remove(room.id);
        store.memberships.values().removeIf(m -> m.roomId.equals(room.id));
        store.messages.values().removeIf(m -> m.roomId.equals(room.id));
        store.contents.values().removeIf(c -> room.id.equals(c.roomId));
        store.attachmentActions.values().removeIf(a -> room.id.equals(a.roomId));
        store.roomTabs.values().removeIf(t -> room.id.equals(t.roomId));
    }

    /**
     * Finds or creates the direct room between the caller and another person.
     *
     * @param ctx the request
     * @param other the other person
     * @return the room
     */
    public static Room directRoom(RequestContext ctx, Person other) {
        Room r = ctx.store.directRoom(ctx.caller, other);
        if (r != null) {
            return r;
        }
        r = createRoom(ctx, null, "direct", null, false);
        addMembership(ctx, r, other, false);
        return r;
    }
}
