package io.ciscosparkapi.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Options for a {@link FakeSpark}, from {@link FakeSpark#builder()}: what it is seeded with and
 * how it is set up. Misbehaviour (faults, paging defects, rate limits) is asked for later, on
 * {@link FakeSpark#faults()}. Not thread-safe.
 */
public final class FakeSparkBuilder {

    int seedUsers;
    int defaultPageSize = 100;
    Clock clock = Clock.systemUTC();
    int webhookAttempts = 3;
    int webhookFailureLimit = 100;
    Duration webhookFailureWindow = Duration.ofMinutes(5);
    int journalLimit = 10_000;

    FakeSparkBuilder() {
    }

    /**
     * Seeds this many extra users ("User 1" ... with {@code user1@example.com} ...).
     *
     * @param count how many, at least 0
     * @return this builder
     */
    public FakeSparkBuilder seedUsers(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        this.seedUsers = count;
        return this;
    }

    /**
     * Sets the page size used when a list request has no {@code max}.
     *
     * @param size at least 1; default 100
     * @return this builder
     */
    public FakeSparkBuilder defaultPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1: " + size);
        }
        this.defaultPageSize = size;
        return this;
    }

    /**
     * Sets the clock the fake reads for everything time-dependent: timestamps (which still
     * strictly increase), token expiry, webhook failure windows.
     * {@link FakeSpark#advanceClock(Duration)} moves the fake's time forward from there.
     *
     * @param clock the clock; default the system's UTC clock
     * @return this builder
     */
    public FakeSparkBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Sets how many times a webhook delivery is tried before it is given up.
     *
     * @param attempts at least 1; default 3
     * @return this builder
     */
    public FakeSparkBuilder webhookAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        this.webhookAttempts = attempts;
        return this;
    }

    /**
     * Sets when a webhook is disabled for failing: after {@code failures} deliveries were given
     * up within {@code window} of the fake's clock, its {@code status} becomes {@code inactive}
     * and it stops firing. The real service is reported to do this after about 100 failures in
     * 5 minutes, the default.
     *
     * @param failures at least 1
     * @param window a positive duration
     * @return this builder
     */
    public FakeSparkBuilder webhookFailureLimit(int failures, Duration window) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be at least 1: " + failures);
        }
        Objects.requireNonNull(window, "window");
        if (window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        this.webhookFailureLimit = failures;
        this.webhookFailureWindow = window;
        return this;
    }

    /**
     * Sets how many requests the {@link Journal} keeps (the most recent ones); 0 keeps none.
     *
     * @param limit at least 0; default 10,000
     * @return this builder
     */
    public FakeSparkBuilder journalLimit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        this.journalLimit = limit;
        return this;
    }

    /**
     * Builds the fake.
     *
     * @return a new fake; close it when done
     */
    public FakeSpark build() {
        return new FakeSpark(this);
    }
}
