package io.ciscosparkapi;

/**
 * The root of every exception the SDK throws: misuse, configuration, and responses the SDK
 * cannot understand.
 *
 * <p>Subclasses say more: {@link SparkTransportException} when no response arrived,
 * {@link SparkApiException} when Spark answered with an error. All are unchecked. Messages never
 * contain the access token.
 */
public class SparkException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong
     */
    public SparkException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public SparkException(String message, Throwable cause) {
        super(message, cause);
    }
}
