package io.ciscosparkapi;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a request that failed with a 5xx status or an I/O error.
 *
 * <p>Only requests that are safe to repeat are retried: GET, PUT, DELETE, HEAD, and a POST whose
 * connection was refused (so it never reached Spark). A 4xx answer, a 409 included, is never
 * retried; 429 is handled separately by the rate-limit wait. The wait before retry {@code n}
 * (starting at 1) is a random duration between half and all of
 * {@code min(maxBackoff, initialBackoff * 2^(n-1))}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxRetries how many times a request is sent again after the first try; {@code 0}
 *     disables retries
 * @param initialBackoff the wait before the first retry, before jitter
 * @param maxBackoff the cap on any single wait
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

    private static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8));
    private static final RetryPolicy NONE = new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1));

    /**
     * Validates the values.
     *
     * @param maxRetries how many times a request is sent again after the first try
     * @param initialBackoff the wait before the first retry, before jitter
     * @param maxBackoff the cap on any single wait
     * @throws IllegalArgumentException when {@code maxRetries} is negative, a duration is not
     *     positive, or {@code maxBackoff} is shorter than {@code initialBackoff}
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initialBackoff must be positive: " + initialBackoff);
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff: " + maxBackoff);
        }
    }

    /**
     * The default: 3 retries, starting at 500 ms, each wait at most 8 s.
     *
     * @return the default policy
     */
    public static RetryPolicy defaults() {
        return DEFAULT;
    }

    /**
     * No retries: every failure is thrown at once.
     *
     * @return a policy that never retries
     */
    public static RetryPolicy none() {
        return NONE;
    }

    /**
     * The upper bound of the wait before retry number {@code retry}, before jitter.
     *
     * @param retry the retry number, starting at 1
     * @return {@code min(maxBackoff, initialBackoff * 2^(retry-1))}
     */
    public Duration backoffCap(int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long millis = initialBackoff.toMillis() << shift;
        return millis <= 0 || millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
    }
}
