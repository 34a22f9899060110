package io.ciscosparkapi.model;

/**
 * A constant of one of the API's closed sets (such as {@link PersonType}, {@link RoomType} or
 * {@link PersonStatus}) that knows the text the API sends and accepts for it.
 *
 * <p>The SDK writes such a constant as its {@link #value()} wherever it goes into a request: a query parameter, a
 * form field or a JSON body.
 */
public interface WireValue {

    /**
     * Returns the text the API uses for this constant.
     *
     * @return the wire value, for example {@code "group"}; null for a constant that stands for values this version
     *         of the SDK does not know
     */
    String value();
}
