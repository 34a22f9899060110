package io.ciscosparkapi.testkit;

import io.ciscosparkapi.testkit.internal.faults.FaultRegistry;
import io.ciscosparkapi.testkit.internal.faults.FaultRegistry.Action;
import io.ciscosparkapi.testkit.internal.faults.FaultRegistry.Kind;
import java.time.Duration;
import java.util.Objects;

/**
 * Makes a {@link FakeSpark} misbehave on purpose: the one place for injected faults, the real
 * service's paging defects, its rate limits and its file scanning.
 *
 * <p>Each rule applies to the next {@code times} calls whose method equals {@code method}
 * ({@code "*"} for any) and whose raw path (e.g. {@code /v1/people/me}) contains a match of
 * {@code pathRegex} (use {@code ^...$} to match the whole path). Delays combine with the other
 * kinds; of the other kinds the first matching rule wins. Rules apply before the rate limits:
 * a call a rule answers draws nothing from a bucket. Thread-safe.
 */
public final class Faults {

    private final FaultRegistry registry;

    Faults(FaultRegistry registry) {
        this.registry = registry;
    }

    /**
     * The next {@code times} matching calls answer {@code 429} with an empty body.
     *
     * @param method the method, or {@code "*"}
     * @param pathRegex the path pattern
     * @param times how many calls
     * @param retryAfter the {@code Retry-After} value sent verbatim (e.g. {@code "2"},
     *     {@code "rand(30),add(30)"}), or {@code null} to send no header
     * @return this
     */
    public Faults rateLimit(String method, String pathRegex, int times, String retryAfter) {
        registry.add(check(method), pathRegex, times, new Action(Kind.RATE_LIMIT, 429, retryAfter, null));
        return this;
    }

    /**
     * The next {@code times} matching calls fail with {@code status} and a JSON error body.
     *
     * @param method the method, or {@code "*"}
     * @param pathRegex the path pattern
     * @param times how many calls
     * @param status the status, e.g. {@code 503}
     * @return this
     */
    public Faults fail(String method, String pathRegex, int times, int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status: " + status);
        }
        registry.add(check(method), pathRegex, times, new Action(Kind.FAIL, status, null, null));
        return this;
    }

    /**
     * The next {@code times} matching calls are answered normally after waiting {@code delay}.
     *
     * @param method the method, or {@code "*"}
     * @param pathRegex the path pattern
     * @param times how many calls
     * @param delay how long to wait
     * @return this
     */
    public Faults delay(String method, String pathRegex, int times, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        registry.add(check(method), pathRegex, times, new Action(Kind.DELAY, 0, null, delay));
        return this;
    }

    /**
     * The next {@code times} matching calls get no answer: over HTTP the socket is closed; the
     * in-process transport throws an {@link java.io.IOException}.
     *
     * @param method the method, or {@code "*"}
     * @param pathRegex the path pattern
     * @param times how many calls
     * @return this
     */
    public Faults dropConnection(String method, String pathRegex, int times) {
        registry.add(check(method), pathRegex, times, new Action(Kind.DROP, 0, null, null));
        return this;
    }

    /**
     * Answers every {@code n}th call with {@code 429}.
     *
     * @param n the period; 0 turns it off
     * @param retryAfter the {@code Retry-After} value, or {@code null} for none
     * @return this
     */
    public Faults rateLimitEvery(int n, String retryAfter) {
        registry.rateLimitEvery(n, retryAfter);
        return this;
    }

    /**
     * Rate-limits every access token as the service does (spec §1.10): each token's calls draw
     * from its own token bucket, which holds {@code capacity} calls when full (it starts full) and
     * regains {@code refillPerSecond} calls per second on the fake's clock. A call that finds the
     * bucket empty draws nothing and is answered {@code 429} with a JSON error body and
     * {@code Retry-After}: the seconds until the bucket holds a call again, rounded up, at least
     * 1. A client that waits that long before it retries sees the retry succeed; one that retries
     * sooner keeps getting 429s. Calling again replaces the limit and refills every bucket;
     * {@link #clear()} (and {@link FakeSpark#reset()}) removes it.
     *
     * <p>Example: {@code rateLimitPerToken(5, 0.5)} lets a token make 5 calls at once, then one
     * every 2 seconds.
     *
     * @param capacity calls a full bucket holds, at least 1
     * @param refillPerSecond calls regained per second, positive (0.5 is one call every 2 s)
     * @return this
     * @throws IllegalArgumentException when either is out of range
     */
    public Faults rateLimitPerToken(int capacity, double refillPerSecond) {
        registry.rateLimiter().perToken(capacity, refillPerSecond);
        return this;
    }

    /**
     * Rate-limits every room as the service does: each call that names a room (in its path,
     * {@code rooms/{roomId}}, or as {@code roomId} in its query or body) also draws from that
     * room's token bucket, whoever makes it; otherwise as {@link #rateLimitPerToken(int, double)}.
     * A call limited both ways is told to wait until both buckets hold a call.
     *
     * @param capacity calls a full bucket holds, at least 1
     * @param refillPerSecond calls regained per second, positive
     * @return this
     * @throws IllegalArgumentException when either is out of range
     */
    public Faults rateLimitPerRoom(int capacity, double refillPerSecond) {
        registry.rateLimiter().perRoom(capacity, refillPerSecond);
        return this;
    }

    /**
     * Switches the real service's paging defects on or off (spec §1.8).
     *
     * @param maxNullInNextLink next links carry {@code max=null}
     * @param dropFilterParamsInNextLink next links keep only {@code max} and the cursor
     * @return this
     */
    public Faults pagingDefects(boolean maxNullInNextLink, boolean dropFilterParamsInNextLink) {
        registry.pagingDefects().set(maxNullInNextLink, dropFilterParamsInNextLink);
        return this;
    }

    /**
     * Makes the files posted from now on (uploads and file URLs) "being scanned" for
     * {@code period} of the fake's clock after their message is posted, as the service scans them
     * for malware: until then {@code GET} and {@code HEAD contents/{id}} answer {@code 423} with
     * {@code Retry-After}, the seconds left rounded up, at least 1. Files posted before keep the
     * period they were posted with. {@link #clear()} sets it back to none, the default.
     *
     * @param period how long, not negative; {@link Duration#ZERO} for none
     * @return this
     * @throws IllegalArgumentException when {@code period} is negative
     */
    public Faults fileScanning(Duration period) {
        Objects.requireNonNull(period, "period");
        if (period.isNegative()) {
            throw new IllegalArgumentException("period must not be negative: " + period);
        }
        registry.fileScanning().period(period);
        return this;
    }

    /**
     * Makes the next {@code count} files posted (uploads and file URLs) unscannable: once any
     * scanning period is over, {@code contents/{id}} answers {@code 428} unless the request has
     * the query parameter {@code allow=unscannable}, when it serves the file. Calling again
     * replaces the count left; {@link #clear()} sets it to 0.
     *
     * @param count how many of the next files, at least 0
     * @return this
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public Faults unscannableFiles(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        registry.fileScanning().unscannable(count);
        return this;
    }

    /**
     * Removes every rule, switches the paging defects off, removes the rate limits and the file
     * scanning settings;
     * {@link FakeSpark#reset()} does this too.
     *
     * @return this
     */
    public Faults clear() {
        registry.clear();
        return this;
    }

    private static String check(String method) {
        Objects.requireNonNull(method, "method");
        if (method.isBlank()) {
            throw new IllegalArgumentException("method must not be blank");
        }
        return method;
    }
}
