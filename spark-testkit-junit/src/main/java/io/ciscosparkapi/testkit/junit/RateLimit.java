package io.ciscosparkapi.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rate limit of the service, as {@link FakeSparkTest} sets it on the fake: a bucket of
 * {@link #capacity()} calls that refills {@link #refillPerSecond()} calls a second. A call that
 * finds the bucket empty is answered 429 with a {@code Retry-After} of the seconds until the
 * bucket holds a call again. A capacity of 0 (the default) sets no limit.
 *
 * <pre>{@code
 * @FakeSparkTest(rateLimitPerToken = @RateLimit(capacity = 5, refillPerSecond = 1))
 * }</pre>
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RateLimit {

    /**
     * How many calls the bucket holds when full.
     *
     * @return the capacity; 0 for no limit
     */
    int capacity() default 0;

    /**
     * How many calls a second flow back into the bucket.
     *
     * @return the refill rate, more than 0 when a capacity is set
     */
    double refillPerSecond() default 1;
}
