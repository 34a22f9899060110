package io.ciscosparkapi;

import io.ciscosparkapi.transport.Headers;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings that {@link CiscoSparkAPI#withOptions(java.util.function.Consumer)} changes for a view
 * of a client: the request timeout, extra headers, the retry policy and rate-limit waiting. What
 * is not set stays as the client has it. The access token and the transport cannot be changed
 * this way.
 *
 * <pre>{@code
 * Message sent = api.withOptions(o -> o.timeout(Duration.ofSeconds(5)).waitOnRateLimit(false))
 *         .messages().create(roomId, "deploy started");
 * }</pre>
 *
 * <p>Not thread-safe; used inside the lambda it is given to.
 */
public final class CallOptions {

    private Duration timeout;
    private final Headers.Builder headers = Headers.builder();
    private RetryPolicy retryPolicy;
    private Boolean waitOnRateLimit;
    private Duration maxRateLimitWait;

    CallOptions() {
    }

    /**
     * Sets the timeout of each single request.
     *
     * @param timeout a positive duration
     * @return these options
     * @throws IllegalArgumentException when not positive
     */
    public CallOptions timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout must not be null");
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /**
     * Adds a header to every request, besides the SDK's own.
     *
     * @param name the header name; not {@code Authorization} (the token is set only on the
     *     client's builder), nor one the transport sets ({@code Host}, {@code Content-Length},
     *     {@code Content-Type}, ...)
     * @param value the value
     * @return these options
     * @throws IllegalArgumentException for a reserved name, or a name or value a header cannot hold
     */
    public CallOptions header(String name, String value) {
        Attempt.checkHeader(name, value);
        headers.add(name, value);
        return this;
    }

    /**
     * Sets how requests are retried after 5xx answers and I/O errors.
     *
     * @param policy the policy
     * @return these options
     */
    public CallOptions retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy must not be null");
        return this;
    }

    /**
     * Sets whether a 429 answer is waited out and the request resent.
     *
     * @param wait whether to wait
     * @return these options
     */
    public CallOptions waitOnRateLimit(boolean wait) {
        this.waitOnRateLimit = wait;
        return this;
    }

    /**
     * Sets the most one call may wait out rate limits in total.
     *
     * @param max a non-negative duration
     * @return these options
     * @throws IllegalArgumentException when negative
     */
    public CallOptions maxRateLimitWait(Duration max) {
        Objects.requireNonNull(max, "max must not be null");
        if (max.isNegative()) {
            throw new IllegalArgumentException("maxRateLimitWait must not be negative: " + max);
        }
        this.maxRateLimitWait = max;
        return this;
    }

    Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    Headers headers() {
        return headers.build();
    }

    Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    Optional<Boolean> waitOnRateLimit() {
        return Optional.ofNullable(waitOnRateLimit);
    }

    Optional<Duration> maxRateLimitWait() {
        return Optional.ofNullable(maxRateLimitWait);
    }
}
