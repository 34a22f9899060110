package io.ciscosparkapi;

/**
 * Sees every attempt of every call a client makes: before it is sent (method, URL, headers, which
 * it may add to) and after it ended (status, duration, tracking id, or the failure). Retries and
 * rate-limit resends are attempts of their own. This is where metrics and tracing plug in without
 * the SDK depending on any such library:
 *
 * <pre>{@code
 * CiscoSparkAPI api = CiscoSparkAPI.builder()
 *         .interceptor(new SparkInterceptor() {
 *             public void afterAttempt(Attempt attempt) {
 *                 timer.record(attempt.method(), attempt.status().orElse(-1), attempt.duration());
 *             }
 *         })
 *         .build();
 * }</pre>
 *
 * <p>Interceptors run in the order they were added, on the thread that runs the attempt (for the
 * async client, not necessarily the same thread before and after: keep per-attempt state with
 * {@link Attempt#put(Object, Object)}). They must be thread-safe and quick. They never see the
 * access token. An interceptor that throws fails the call with a {@link SparkException} naming it;
 * the call is not retried then.
 */
public interface SparkInterceptor {

    /**
     * Called before an attempt is sent; may add headers with {@link Attempt#header(String, String)}.
     *
     * @param attempt the attempt about to be sent
     */
    default void beforeAttempt(Attempt attempt) {
    }

    /**
     * Called once an attempt has ended: answered (its body read, or not needed), or failed.
     *
     * @param attempt the attempt, now with its {@linkplain Attempt#status() status},
     *     {@linkplain Attempt#duration() duration} and {@linkplain Attempt#failure() failure}
     */
    default void afterAttempt(Attempt attempt) {
    }
}
