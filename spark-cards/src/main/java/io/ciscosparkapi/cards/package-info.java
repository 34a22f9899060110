/**
 * Adaptive Cards for Webex messages.
 *
 * <p>A card given as JSON ({@link io.ciscosparkapi.cards.RawCard}) is kept as it is, checked only for what every
 * card needs (its type and a version Webex renders), and written as a message attachment
 * ({@link io.ciscosparkapi.cards.Card#toAttachment()}).
 */
package io.ciscosparkapi.cards;
