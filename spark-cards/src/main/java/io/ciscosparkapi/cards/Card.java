package io.ciscosparkapi.cards;

import java.util.LinkedHashMap;
import java.util.Map;

import io.ciscosparkapi.cards.internal.json.JsonText;

/**
 * An Adaptive Card ready to attach to a Webex message: either built from typed values ({@link AdaptiveCard}) or
 * given as JSON ({@link RawCard}).
 *
 * <p>Send it with the SDK as {@code api.messages().create(m -> m.roomId(id).text("fallback")
 * .attachment(card.toAttachment()))}; the text is what clients without cards show. Cards are immutable and
 * thread-safe.
 */
public sealed interface Card permits AdaptiveCard, RawCard {

    /** The content type of an Adaptive Card attachment: {@value}. */
    String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    /**
     * Returns the Adaptive Cards version the card declares.
     *
     * @return the version; never null
     */
    CardVersion version();

    /**
     * Returns the card as its JSON object.
     *
     * @return an unmodifiable map of strings, booleans, numbers, lists and maps (and null, in a raw card or in a
     *     submit action's data)
     */
    Map<String, Object> toMap();

    /**
     * Returns the card's compact JSON text; the same card always gives the same text.
     *
     * @return the JSON text of {@link #toMap()}
     */
    default String toJson() {
        return JsonText.write(toMap());
    }

    /**
     * Returns the card as a message attachment:
     * {@code {"contentType": "application/vnd.microsoft.card.adaptive", "content": <the card>}}.
     *
     * @return an unmodifiable map, for the SDK's {@code CreateRequest.attachment(Map)}
     */
    default Map<String, Object> toAttachment() {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", CONTENT_TYPE);
        attachment.put("content", toMap());
        return java.util.Collections.unmodifiableMap(attachment);
    }
}
