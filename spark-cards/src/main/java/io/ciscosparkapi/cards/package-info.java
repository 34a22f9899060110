/**
 * Adaptive Cards 1.3 for Webex messages, as immutable values.
 *
 * <p>A card ({@link io.ciscosparkapi.cards.AdaptiveCard}) holds body {@link io.ciscosparkapi.cards.Element}s
 * (text, images, media, containers, {@link io.ciscosparkapi.cards.Input}s) and
 * {@link io.ciscosparkapi.cards.Action}s. Each part comes from a factory named {@code of}; its optional
 * properties are set by a lambda given to the factory, for example
 * {@code TextBlock.of("Hi", t -> t.size(TextSize.LARGE))}. Property and type names are those of the
 * Adaptive Cards schema, and so is the JSON a card writes ({@link io.ciscosparkapi.cards.Card#toJson()},
 * {@link io.ciscosparkapi.cards.Card#toMap()}, {@link io.ciscosparkapi.cards.Card#toAttachment()}).
 *
 * <p>Two kinds of mistakes are refused, at two moments. A value no card could hold (a null part, a negative
 * size, a submit action's data that is not JSON) is refused by the call that receives it. What Webex would
 * refuse in a card (an input without an id, an id used twice, an empty container, a URL that is not absolute, a
 * toggle aimed at no element) is refused when the card is built, naming the place in the card. A card given as
 * JSON ({@link io.ciscosparkapi.cards.RawCard}) is kept as it is.
 */
package io.ciscosparkapi.cards;
