package io.ciscosparkapi.cards;

import java.util.Map;
import java.util.Objects;

import io.ciscosparkapi.cards.internal.json.JsonParser;
import io.ciscosparkapi.cards.internal.json.JsonValues;

/**
 * An Adaptive Card given as JSON, for example one exported from the Buttons and Cards Designer, or one that uses
 * what {@link AdaptiveCard} does not model.
 *
 * <p>The card is kept as given, field for field and in its order. Only what every card needs is checked: a JSON
 * object whose {@code type} is {@code "AdaptiveCard"} and whose {@code version} is one Webex renders (1.0 to
 * 1.3). Its elements are not checked; that is what a raw card is for. Immutable and thread-safe; two raw cards
 * are equal when they hold the same JSON.
 */
public final class RawCard extends CardValue<Map<String, Object>> implements Card {

    private final Map<String, Object> json;
    private final CardVersion version;

    private RawCard(Map<String, Object> json) {
        Object type = json.get("type");
        if (!"AdaptiveCard".equals(type)) {
            String hint = json.containsKey("contentType") && json.containsKey("content")
                    ? " (this looks like a message attachment: pass its \"content\")" : "";
            throw new IllegalArgumentException("a card needs \"type\": \"AdaptiveCard\", "
                    + (type == null ? "and has no type" : "not " + describe(type)) + hint);
        }
        Object version = json.get("version");
        if (!(version instanceof String text)) {
            throw new IllegalArgumentException("a card needs a \"version\" string, such as \"1.3\", "
                    + (version == null ? "and has none" : "not " + describe(version)));
        }
        this.version = CardVersion.of(text);
        this.json = json;
    }

    /**
     * Returns a card from its JSON text.
     *
     * @param json the card's JSON text: one object
     * @return the card
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if the text is not valid JSON (naming the line and column), not an object,
     *     or not a card of a version Webex renders
     */
    public static RawCard parse(String json) {
        return new RawCard(JsonParser.parseObject(Objects.requireNonNull(json, "json must not be null")));
    }

    /**
     * Returns a card from its JSON object; the card keeps a deep copy.
     *
     * @param json the card as maps, lists, strings, numbers, booleans and nulls
     * @return the card
     * @throws NullPointerException if {@code json} is null
     * @throws IllegalArgumentException if a part of it is not a JSON value (naming where), or it is not a card of
     *     a version Webex renders
     */
    public static RawCard of(Map<String, ?> json) {
        return new RawCard(JsonValues.copyObject(Objects.requireNonNull(json, "json must not be null"), "card"));
    }

    /**
     * Returns the version the card declares.
     *
     * @return the version read from its {@code version} field
     */
    @Override
    public CardVersion version() {
        return version;
    }

    /**
     * Returns the card's JSON object, as given.
     *
     * @return an unmodifiable map, in the order of the text or map it was made from
     */
    @Override
    public Map<String, Object> toMap() {
        return json;
    }

    @Override
    Map<String, Object> writeJson() {
        return json;
    }

    private static String describe(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
