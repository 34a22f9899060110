package io.ciscosparkapi;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.Transport;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Every setting of one client, fixed when the client is built. No statics, no global state.
 *
 * @param baseUrl the base URL, ending in {@code /}
 * @param accessToken the bearer token (never logged or printed)
 * @param transport the transport requests go through
 * @param requestTimeout the timeout of each single request
 * @param waitOnRateLimit whether a 429 is waited out and the request resent
 * @param maxRateLimitWait the cap on the total rate-limit wait of one call
 * @param retryPolicy retries after 5xx and I/O errors
 * @param maxResponseBytes the most bytes read of one response body
 * @param maxPages the most pages one listing reads
 * @param headers headers sent with every request besides the SDK's own
 * @param interceptors see every attempt, in order
 * @param strictModels whether a response field the model does not know fails the call
 * @param sleeper how the client waits (replaceable in tests)
 * @param random jitter source, a number in [0, 1)
 */
record ClientConfig(URI baseUrl, String accessToken, Transport transport, Duration requestTimeout,
                    boolean waitOnRateLimit, Duration maxRateLimitWait, RetryPolicy retryPolicy,
                    long maxResponseBytes, int maxPages, Headers headers, List<SparkInterceptor> interceptors,
                    boolean strictModels, Sleeper sleeper, DoubleSupplier random) {

    /** Checks that nothing is missing. */
    ClientConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(headers, "headers");
        interceptors = List.copyOf(interceptors);
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(random, "random");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "ClientConfig{baseUrl=" + baseUrl + ", accessToken=<redacted>, transport=" + transport.getClass().getName()
                + ", requestTimeout=" + requestTimeout + ", waitOnRateLimit=" + waitOnRateLimit
                + ", maxRateLimitWait=" + maxRateLimitWait + ", retryPolicy=" + retryPolicy
                + ", maxResponseBytes=" + maxResponseBytes + ", maxPages=" + maxPages + ", headers=" + headers.names()
                + ", interceptors=" + interceptors.size() + "}";
    }

    /**
     * These settings with a view's changes applied; the token and transport stay.
     *
     * @param options the view's changes
     * @return the new settings
     */
    ClientConfig with(CallOptions options) {
        Headers.Builder all = headers.toBuilder();
        options.headers().names().forEach(name -> options.headers().all(name).forEach(v -> all.add(name, v)));
        return new ClientConfig(baseUrl, accessToken, transport, options.timeout().orElse(requestTimeout),
                options.waitOnRateLimit().orElse(waitOnRateLimit), options.maxRateLimitWait().orElse(maxRateLimitWait),
                options.retryPolicy().orElse(retryPolicy), maxResponseBytes, maxPages, all.build(), interceptors,
                strictModels, sleeper, random);
    }

    /** How the client waits between attempts. */
    @FunctionalInterface
    interface Sleeper {
        /** The real clock: {@link Thread#sleep(long)}. */
        Sleeper THREAD = d -> Thread.sleep(d.toMillis());

        /**
         * Waits for {@code duration}.
         *
         * @param duration how long
         * @throws InterruptedException when the thread is interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }
}
