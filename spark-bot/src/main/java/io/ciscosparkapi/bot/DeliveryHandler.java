package io.ciscosparkapi.bot;

import io.ciscosparkapi.SparkException;
import io.ciscosparkapi.Webhooks;
import io.ciscosparkapi.model.WebhookEvent;
import java.util.Objects;
import java.util.function.Function;

/**
 * Takes webhook deliveries from any web framework: headers and body in, {@link DeliveryResult} (and so an HTTP
 * status) out. Obtain it from {@link SparkBot#handler()}; the embedded receiver uses it too.
 *
 * <pre>{@code
 * // in a servlet's doPost:
 * byte[] body = request.getInputStream().readNBytes(handler.maxBodyBytes() + 1);
 * response.setStatus(handler.handle(request::getHeader, body).status());
 * }</pre>
 *
 * <p>In order, and before any work: a bot that is not running answers {@link DeliveryResult#NOT_RUNNING}; a body
 * over the cap {@link DeliveryResult#TOO_LARGE}; a missing or wrong {@code X-Spark-Signature}
 * {@link DeliveryResult#REFUSED}; a body that is no webhook event {@link DeliveryResult#MALFORMED}. Then an event no
 * handler takes (the bot's own message, say) is {@link DeliveryResult#IGNORED}, one seen recently
 * {@link DeliveryResult#DUPLICATE}, and the rest {@link DeliveryResult#ACCEPTED} and queued, or
 * {@link DeliveryResult#OVERLOADED} when the queue is full. No call blocks: the event is handled later, on the
 * bot's executor. Thread-safe.
 */
public final class DeliveryHandler {

    private final SparkBot bot;
    private final String secret;
    private final int maxBodyBytes;

    DeliveryHandler(SparkBot bot, String secret, int maxBodyBytes) {
        this.bot = bot;
        this.secret = secret;
        this.maxBodyBytes = maxBodyBytes;
    }

    /**
     * Handles one delivery.
     *
     * @param header looks a request header up by name (the signature is {@value Webhooks#SIGNATURE_HEADER});
     *     returns {@code null} when absent, e.g. {@code request::getHeader}
     * @param body the request body exactly as received; read at most {@link #maxBodyBytes()} + 1 bytes of it, so
     *     that a body over the cap is seen as such
     * @return what became of the delivery; answer with its {@link DeliveryResult#status()}
     */
    public DeliveryResult handle(Function<String, String> header, byte[] body) {
        Objects.requireNonNull(header, "header must not be null");
        Objects.requireNonNull(body, "body must not be null");
        if (!bot.isAccepting()) {
            return DeliveryResult.NOT_RUNNING;
        }
        if (body.length > maxBodyBytes) {
            return DeliveryResult.TOO_LARGE;
        }
        if (!Webhooks.isValidSignature(body, secret, header.apply(Webhooks.SIGNATURE_HEADER))) {
            return DeliveryResult.REFUSED;
        }
        WebhookEvent event;
        try {
            event = Webhooks.parseEvent(body);
        } catch (SparkException e) {
            return DeliveryResult.MALFORMED;
        }
        if (event.resource() == null || event.event() == null || event.data() == null) {
            return DeliveryResult.MALFORMED;
        }
        return bot.dispatch(event);
    }

    /**
     * The largest body the bot takes ({@link SparkBot.Builder#maxBodyBytes(int)}); a framework reading the body
     * should stop one byte past it.
     *
     * @return the cap in bytes
     */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
