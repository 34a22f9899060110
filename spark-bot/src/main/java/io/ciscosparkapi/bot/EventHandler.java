package io.ciscosparkapi.bot;

/**
 * Handles one kind of event, e.g. {@code ctx -> ctx.reply("Try /status")}.
 *
 * <p>Runs on one of the bot's handler threads; several events may be handled at once when the bot has more than
 * one thread, so a handler that keeps state must guard it. Whatever it throws is logged (logger
 * {@code io.ciscosparkapi.bot}, level WARNING) and the bot goes on with the next event; the event is not handled
 * again.
 *
 * @param <C> the context the handler is given
 */
@FunctionalInterface
public interface EventHandler<C extends EventContext> {

    /**
     * Handles one event.
     *
     * @param context the event, the resource it is about, and the ways to reply
     * @throws Exception when handling fails; it is logged and the next event runs
     */
    void handle(C context) throws Exception;
}
