package io.ciscosparkapi;

import java.io.IOException;
import java.time.Duration;

/**
 * How one attempt of a call ended: with the call's result; with the wait before the next attempt
 * (a 429 waited out, a 5xx retried); or with an I/O failure, for the {@link RetryLoop} to judge
 * once the interceptors have seen it. An attempt that ends the call with an error throws it
 * instead of returning an outcome.
 *
 * @param result the call's result, when it is done
 * @param delay the wait before the next attempt, or {@code null}
 * @param failure the I/O failure, or {@code null}
 * @param duringBody whether the failure came while the answer's body was read
 * @param <R> what the call returns
 */
record Outcome<R>(R result, Duration delay, IOException failure, boolean duringBody) {

    static <R> Outcome<R> done(R result) {
        return new Outcome<>(result, null, null, false);
    }

    static <R> Outcome<R> retry(Duration delay) {
        return new Outcome<>(null, delay, null, false);
    }

    static <R> Outcome<R> failed(IOException failure, boolean duringBody) {
        return new Outcome<>(null, null, failure, duringBody);
    }

    /** Whether the call is done, with {@link #result()}. */
    boolean isDone() {
        return delay == null && failure == null;
    }
}
