package io.ciscosparkapi.bot;

/**
 * What the bot made of one webhook delivery, and the HTTP status to answer it with ({@link #status()}).
 *
 * <p>A 2xx status tells the service the delivery arrived; anything else counts as a failed delivery, which the
 * service may send again (and, after many failures in a short time, disable the webhook).
 */
public enum DeliveryResult {

    /** 202: the event is queued and will be handled on the bot's executor. */
    ACCEPTED(202),
    /** 200: the same event arrived before (a redelivery) and was not queued again. */
    DUPLICATE(200),
    /** 200: the event is valid but nothing of the bot handles it (for example the bot's own message). */
    IGNORED(200),
    /** 400: the body is signed but is not a webhook event (not a JSON object with resource, event and data). */
    MALFORMED(400),
    /** 403: the {@code X-Spark-Signature} header is missing or does not match the body and the secret. */
    REFUSED(403),
    /** 413: the body is larger than the bot's cap ({@link SparkBot.Builder#maxBodyBytes(int)}). */
    TOO_LARGE(413),
    /**
     * 503: every handler thread is busy and the queue is full; the event was not queued, and the same event sent
     * again later is handled.
     */
    OVERLOADED(503),
    /** 503: the bot is not started, or is stopping; the event was not queued. */
    NOT_RUNNING(503);

    private final int status;

    DeliveryResult(int status) {
        this.status = status;
    }

    /**
     * The HTTP status to answer the delivery with.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }
}
