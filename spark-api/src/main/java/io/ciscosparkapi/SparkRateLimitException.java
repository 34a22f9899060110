package io.ciscosparkapi;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Spark answered 429 Too Many Requests, and the client did not (or no longer could) wait.
 *
 * <p>Thrown when {@code waitOnRateLimit} is off, or when waiting as long as Spark asked would
 * exceed the client's {@code maxRateLimitWait}. {@link #retryAfter()} says how long to wait before
 * trying again.
 */
public class SparkRateLimitException extends SparkApiException {

    private static final long serialVersionUID = 1L;

    /** How long Spark asked to wait. */
    private final Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param retryAfter how long Spark asked to wait (at least one second; 15 s when Spark gave no
     *     usable {@code Retry-After})
     * @param serverMessage the {@code message} field of the error body, or {@code null}
     * @param errors the error descriptions of the body
     * @param trackingId the tracking id, or {@code null}
     * @param requestMethod the method of the failed request
     * @param requestUrl the URL of the failed request
     * @param responseBody the raw response body, or {@code null}
     */
    public SparkRateLimitException(Duration retryAfter, String serverMessage, List<String> errors, String trackingId,
                                   String requestMethod, String requestUrl, String responseBody) {
        super(429, serverMessage, errors, trackingId, requestMethod, requestUrl, responseBody);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /**
     * How long to wait before sending the request again.
     *
     * @return the wait; never less than one second
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + "\nRetry after: " + retryAfter.toSeconds() + " s";
    }
}
