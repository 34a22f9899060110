/**
 * Adaptive Cards 1.3 for Webex messages: immutable card values, checked before sending and written as the
 * message attachment JSON.
 *
 * <p>Depends on {@code java.base} alone: cards write their own JSON, so a bot can use any JSON library, or none.
 */
module io.ciscosparkapi.cards {
    // The only API package: cards, their elements, inputs and actions.
    exports io.ciscosparkapi.cards;
}
