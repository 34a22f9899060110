package io.ciscosparkapi.bot;

/**
 * One webhook the bot needs: what it watches. Its name is the bot's webhook name followed by the resource and
 * event, e.g. {@code spark-bot messages/created}.
 *
 * @param resource the resource, e.g. {@code messages}
 * @param event the event, e.g. {@code created}
 * @param filter the filter, or {@code null}
 */
record WebhookSpec(String resource, String event, String filter) {

    String name(String webhookName) {
        return webhookName + " " + resource + "/" + event;
    }
}
