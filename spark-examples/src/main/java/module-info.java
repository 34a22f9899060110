/**
 * Runnable examples: the quickstart of the Python package, in Java, and a bot.
 */
module io.ciscosparkapi.examples {
    // The SDK the examples show.
    requires io.ciscosparkapi;
    // The embedded fake Spark the quickstart runs on when no token is set.
    requires io.ciscosparkapi.testkit;
    // The room-booking bot.
    requires io.ciscosparkapi.bot;
    // The bot's card form.
    requires io.ciscosparkapi.cards;

    exports io.ciscosparkapi.examples;
}
