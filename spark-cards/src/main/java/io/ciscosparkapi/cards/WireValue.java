package io.ciscosparkapi.cards;

/** A closed set of values that Adaptive Cards write as strings. */
interface WireValue {

    /**
     * Returns the string written in the card's JSON.
     *
     * @return the wire value; never null
     */
    String value();
}
