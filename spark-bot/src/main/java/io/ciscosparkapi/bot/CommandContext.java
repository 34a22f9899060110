package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.bot.internal.CommandLine;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.WebhookEvent;
import java.util.List;

/**
 * A message whose text (without the bot's mention, see {@link #text()}) starts with one of the bot's commands, e.g.
 * {@code /echo hello world}: the command is {@code /echo}, the arguments {@code hello world}.
 */
public final class CommandContext extends MessageContext {

    private final String command;
    private final CommandLine line;

    CommandContext(CiscoSparkAPI api, WebhookEvent event, Person bot, Message message, String text, String command,
            CommandLine line) {
        super(api, event, bot, message, text);
        this.command = command;
        this.line = line;
    }

    /**
     * The command, as the bot registered it (whatever case the person typed).
     *
     * @return the command, e.g. {@code /help}
     */
    public String command() {
        return command;
    }

    /**
     * What follows the command, without the whitespace around it.
     *
     * @return the arguments as one text; empty when there are none
     */
    public String args() {
        return line.rest();
    }

    /**
     * What follows the command, split on whitespace.
     *
     * @return the arguments; empty when there are none
     */
    public List<String> argList() {
        return line.restWords();
    }
}
