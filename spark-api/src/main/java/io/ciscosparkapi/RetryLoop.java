package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;

/**
 * Decides, attempt by attempt, whether a call is sent again and after how long: the rules of
 * 429 waits, retries and "may it have reached the server?", kept apart from how the wait is done.
 * Each decision either returns the wait before the next attempt or throws the exception the call
 * ends with.
 *
 * <ul>
 *   <li>A 429 is waited out for its {@code Retry-After} (at least 1 s, 15 s when unusable) while
 *       the client waits on rate limits and the call's total wait stays within the cap; so is the
 *       423 of a file download (the file is still being scanned for malware).
 *   <li>An idempotent call (GET, PUT, DELETE) is retried with capped exponential backoff and
 *       jitter after a 5xx or an I/O failure, also one that cut its answer's body short.
 *   <li>Any other call is resent only when its connection was refused before a byte was sent; a
 *       POST that may have reached the server never is.
 *   <li>Every other status ends the call with its {@link SparkApiException}, a 409 included.
 * </ul>
 *
 * <p>One instance per run of a call; confined to the thread (or chain of stages) that runs it.
 */
final class RetryLoop {

    private final ClientConfig config;
    private final Call<?> call;
    private final URI uri;
    private int retries;
    private Duration waited = Duration.ZERO;

    RetryLoop(ClientConfig config, Call<?> call, URI uri) {
        this.config = config;
        this.call = call;
        this.uri = uri;
    }

    /**
     * Decides after an attempt failed with an I/O error.
     *
     * @param failure what failed
     * @param duringBody whether the answer's status had arrived and its body was being read
     * @return the wait before the next attempt
     * @throws SparkTransportException when the call ends here
     */
    Duration afterFailure(IOException failure, boolean duringBody) {
        boolean certainlyNotSent = !duringBody && failure instanceof ConnectException;
        if ((call.idempotent() || certainlyNotSent) && retries < config.retryPolicy().maxRetries()) {
            Duration wait = backoff(++retries);
            int retry = retries;
            Log.logger().log(Level.DEBUG, () -> call.method() + " " + uri + " failed (" + failure + "); retry "
                    + retry + " in " + wait.toMillis() + " ms");
            return wait;
        }
        throw new SparkTransportException(call.method() + " " + uri + " failed"
                + (duringBody ? " while reading the response: " : ": ") + failure, failure);
    }

    /**
     * Decides after an attempt was answered with a status other than the expected one.
     *
     * @param response the answer; read when the call ends here, never closed
     * @return the wait before the next attempt
     * @throws SparkApiException when the call ends here ({@link SparkRateLimitException} for a 429)
     */
    Duration afterAnswer(TransportResponse response) {
        int status = response.status();
        if (status == 429 || (status == 423 && call.download())) {
            Duration wait = ErrorDecoder.retryAfter(response.headers());
            if (config.waitOnRateLimit() && waited.plus(wait).compareTo(config.maxRateLimitWait()) <= 0) {
                waited = waited.plus(wait);
                Log.logger().log(Level.WARNING, (status == 429 ? "Rate limited by Spark on " : "A file is being "
                        + "scanned for malware on ") + call.method() + " " + uri + "; waiting " + wait.toSeconds()
                        + " s before sending it again");
                return wait;
            }
            throw status == 429 ? ErrorDecoder.rateLimited(response, wait, call.method(), uri)
                    : ErrorDecoder.apiError(response, call.method(), uri);
        }
        if (status >= 500 && call.idempotent() && retries < config.retryPolicy().maxRetries()) {
            Duration wait = backoff(++retries);
            Log.logger().log(Level.DEBUG, () -> call.method() + " " + uri + " answered " + status + "; retry in "
                    + wait.toMillis() + " ms");
            return wait;
        }
        throw ErrorDecoder.apiError(response, call.method(), uri);
    }

    /** A random wait between half and all of the policy's cap for this retry. */
    private Duration backoff(int retry) {
        long cap = config.retryPolicy().backoffCap(retry).toMillis();
        long half = cap / 2;
        return Duration.ofMillis(half + (long) ((cap - half) * config.random().getAsDouble()));
    }
}
