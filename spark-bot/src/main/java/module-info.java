/**
 * Bots on ciscosparkapi for Java: {@link io.ciscosparkapi.bot.SparkBot} receives signed webhook deliveries (on its
 * embedded receiver or inside any web framework), handles each event once on its own executor, hands typed handlers
 * the whole resource, sends their replies, and keeps its webhooks in step with what it handles.
 */
module io.ciscosparkapi.bot {
    // The bot is built on a CiscoSparkAPI, and its contexts hand out the SDK's models (Message, Membership, Room,
    // AttachmentAction, WebhookEvent, Person), so both are part of its public signatures.
    requires transitive io.ciscosparkapi;
    // Replies take a Card, so the cards are part of the public signatures too.
    requires transitive io.ciscosparkapi.cards;
    // The embedded receiver (HttpServer, and HttpsServer for TLS).
    requires jdk.httpserver;

    // The bot, its builder, handlers, contexts, replies and the framework-neutral delivery handler.
    exports io.ciscosparkapi.bot;
}
