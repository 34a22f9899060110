package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.WebhookEvent;

/**
 * The bot was added to a room or removed from one. The membership is the one the webhook carries in full.
 *
 * <p>Once the bot is removed it can no longer post in the room: {@link #reply(String)} then fails, while
 * {@link #replyDirectly(String)} still reaches whoever removed it.
 */
public final class MembershipContext extends EventContext {

    private final Membership membership;

    MembershipContext(CiscoSparkAPI api, WebhookEvent event, Person bot, Membership membership) {
        super(api, event, bot);
        this.membership = membership;
    }

    /**
     * The bot's membership in the room.
     *
     * @return the membership
     */
    public Membership membership() {
        return membership;
    }

    @Override
    public String roomId() {
        return membership.roomId();
    }

    /**
     * Whoever added or removed the bot.
     *
     * @return the person's id (the event's {@code actorId})
     */
    @Override
    public String personId() {
        return event().actorId();
    }
}
