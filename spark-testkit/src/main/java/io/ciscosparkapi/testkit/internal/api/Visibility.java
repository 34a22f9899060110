package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.Team;
import io.ciscosparkapi.testkit.internal.state.Store;

/**
 * Who may see what (spec §1.11): a caller sees the rooms it is a member of and the rooms of its
 * teams; a bot in a group room sees only the messages that mention it (and its own). Whatever a
 * caller may not see is answered as if it did not exist. Callers hold the store's lock.
 */
final class Visibility {

    private Visibility() {
    }

    /**
     * Whether a person may see a room: a member of it, or a member of its team.
     *
     * @param store the state
     * @param person the person
     * @param room the room
     * @return {@code true} when visible
     */
    static boolean canSee(Store store, Person person, Room room) {
        if (store.membership(person, room) != null) {
            return true;
        }
        if (room.teamId != null) {
            Team team = store.teams.get(room.teamId);
            return team != null && store.teamMembership(person, team) != null;
        }
        return false;
    }

    /**
     * Whether a person may see a message: it must see the room, and a bot in a group room sees
     * only the messages that mention it and its own.
     *
     * @param store the state
     * @param viewer who looks
     * @param m the message
     * @return {@code true} when visible to that viewer
     */
    static boolean canSee(Store store, Person viewer, Message m) {
        Room r = store.rooms.get(m.roomId);
        return r != null && canSee(store, viewer, r) && botMaySee(viewer, r, m);
    }

    /**
     * The bot rule alone, for a message in a room the viewer is known to see.
     *
     * @param viewer who looks
     * @param room the message's room
     * @param m the message
     * @return {@code false} only for a bot looking at a group message that does not mention it
     */
    static boolean botMaySee(Person viewer, Room room, Message m) {
        return !viewer.isBot() || !"group".equals(room.type) || m.mentionedPeople.contains(viewer.id)
                || viewer.id.equals(m.personId);
    }
}
