package io.ciscosparkapi;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a request that failed with a 5xx status or an I/O error.
 *
 * <p>Only requests that are safe to repeat are retried: GET, PUT, DELETE, HEAD, and a POST whose
 * connection was refused (so it never reached Spark). A failure while an answer's body is being
 * read counts as an I/O error. A 4xx answer, a 409 included, is never retried; 429 is handled
 * separately by the rate-limit wait. The wait before retry {@code n} (starting at 1) is a random
 * duration between half and all of {@code min(maxBackoff, initialBackoff * 2^(n-1))}.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxRetries(5).maxBackoff(Duration.ofSeconds(30)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryPolicy {

    private static final RetryPolicy DEFAULT = builder().build();
    private static final RetryPolicy NONE = builder().maxRetries(0).build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private RetryPolicy(Builder b) {
        if (b.maxBackoff.compareTo(b.initialBackoff) < 0) {
            throw new IllegalArgumentException("maxBackoff (" + b.maxBackoff + ") must not be shorter than "
                    + "initialBackoff (" + b.initialBackoff + ")");
        }
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
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
     * Starts a policy from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * How many times a request is sent again after the first try.
     *
     * @return the number of retries; {@code 0} means none
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * The wait before the first retry, before jitter.
     *
     * @return a positive duration
     */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /**
     * The cap on any single wait between retries.
     *
     * @return a duration no shorter than {@link #initialBackoff()}
     */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * Returns a builder that starts with this policy's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff);
    }

    /** The upper bound of the wait before retry number {@code retry} (from 1), before jitter. */
    Duration backoffCap(int retry) {
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long millis = initialBackoff.toMillis() << shift;
        return millis <= 0 || millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy p && p.maxRetries == maxRetries && p.initialBackoff.equals(initialBackoff)
                && p.maxBackoff.equals(maxBackoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRetries, initialBackoff, maxBackoff);
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + "}";
    }

    /** Builds a {@link RetryPolicy}, starting from the defaults. Not thread-safe. */
    public static final class Builder {
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);

        private Builder() {
        }

        /**
         * Sets how many times a request is sent again after the first try (default 3).
         *
         * @param maxRetries the number of retries; {@code 0} disables retries
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * Sets the wait before the first retry, before jitter (default 500 ms); each later wait doubles.
         *
         * @param initialBackoff a positive duration
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = positive(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * Sets the cap on any single wait (default 8 s).
         *
         * @param maxBackoff a positive duration, no shorter than the initial backoff
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = positive(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the immutable policy
         * @throws IllegalArgumentException when the cap is shorter than the initial backoff
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
