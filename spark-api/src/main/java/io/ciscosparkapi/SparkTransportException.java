package io.ciscosparkapi;

/**
 * No response could be obtained from Spark: the connection was refused or reset, it timed out,
 * or TLS failed. The cause is the transport's {@link java.io.IOException}.
 *
 * <p>Idempotent requests (GET, PUT, DELETE) have already been retried as the client's
 * {@link RetryPolicy} allows before this is thrown.
 */
public class SparkTransportException extends SparkException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which request failed
     * @param cause the I/O failure
     */
    public SparkTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
