package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.WebhookEvent;

/**
 * A room the bot is in was created or changed ({@code event().event()} says which). The room is fetched in full,
 * as {@code rooms/{id}} returns it now.
 */
public final class RoomContext extends EventContext {

    private final Room room;

    RoomContext(CiscoSparkAPI api, WebhookEvent event, Person bot, Room room) {
        super(api, event, bot);
        this.room = room;
    }

    /**
     * The room.
     *
     * @return the room
     */
    public Room room() {
        return room;
    }

    @Override
    public String roomId() {
        return room.id();
    }

    /**
     * Whoever created or changed the room.
     *
     * @return the person's id (the event's {@code actorId})
     */
    @Override
    public String personId() {
        return event().actorId();
    }
}
