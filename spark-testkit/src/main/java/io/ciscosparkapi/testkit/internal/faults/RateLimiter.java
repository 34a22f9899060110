package io.ciscosparkapi.testkit.internal.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The service's rate limits (spec §1.10), when a test asks for them: a token bucket per access
 * token and one per room. A call draws one from each bucket that applies to it; a call that finds
 * one of them short is refused, draws nothing, and is told in whole seconds (rounded up, at least
 * 1) when every bucket it needs will hold a call again. Buckets start full and refill
 * continuously on the fake's clock. Thread-safe.
 */
public final class RateLimiter {

    /**
     * One kind of bucket.
     *
     * @param capacity how many calls a full bucket holds, at least 1
     * @param refillPerSecond how many calls' worth it regains per second, positive
     */
    private record Limit(int capacity, double refillPerSecond) {
    }

    private static final class Bucket {
        double level;
        Instant refilled;

        Bucket(double level, Instant refilled) {
            this.level = level;
            this.refilled = refilled;
        }
    }

    /** Forgives the rounding of refills computed in steps: a level this close to 1 holds a call. */
    private static final double ROUNDING = 1e-9;

    private volatile Limit perToken;
    private volatile Limit perRoom;
    private final Map<String, Bucket> tokenBuckets = new HashMap<>();
    private final Map<String, Bucket> roomBuckets = new HashMap<>();

    /** Creates a limiter that limits nothing. */
    public RateLimiter() {
    }

    /**
     * Limits each access token; every token's bucket starts full.
     *
     * @param capacity calls a full bucket holds, at least 1
     * @param refillPerSecond calls regained per second, positive and finite
     */
    public synchronized void perToken(int capacity, double refillPerSecond) {
        perToken = limit(capacity, refillPerSecond);
        tokenBuckets.clear();
    }

    /**
     * Limits each room named by a call; every room's bucket starts full.
     *
     * @param capacity calls a full bucket holds, at least 1
     * @param refillPerSecond calls regained per second, positive and finite
     */
    public synchronized void perRoom(int capacity, double refillPerSecond) {
        perRoom = limit(capacity, refillPerSecond);
        roomBuckets.clear();
    }

    private static Limit limit(int capacity, double refillPerSecond) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException("refillPerSecond must be a positive number: " + refillPerSecond);
        }
        return new Limit(capacity, refillPerSecond);
    }

    /** Stops limiting and forgets every bucket. */
    public synchronized void clear() {
        perToken = null;
        perRoom = null;
        tokenBuckets.clear();
        roomBuckets.clear();
    }

    /**
     * Draws one call for a request.
     *
     * @param token the caller's access token, or {@code null} for a call without one
     * @param roomIdOf finds the room the call names ({@code null} for none); asked only while rooms
     *     are limited
     * @param now the fake's time
     * @return 0 when the call may go ahead (it has been drawn), else the {@code Retry-After}
     *     seconds after which every bucket it needs holds a call again
     */
    public long draw(String token, Supplier<String> roomIdOf, Instant now) {
        if (perToken == null && perRoom == null) {
            return 0;
        }
        String roomId = perRoom == null ? null : roomIdOf.get();
        synchronized (this) {
            return drawLocked(token, roomId, now);
        }
    }

    private long drawLocked(String token, String roomId, Instant now) {
        Limit tokenLimit = perToken;
        Limit roomLimit = perRoom;
        Bucket byToken = token == null || tokenLimit == null ? null : bucket(tokenBuckets, token, tokenLimit, now);
        Bucket byRoom = roomId == null || roomLimit == null ? null : bucket(roomBuckets, roomId, roomLimit, now);
        long wait = Math.max(secondsUntilACall(byToken, tokenLimit), secondsUntilACall(byRoom, roomLimit));
        if (wait > 0) {
            return wait;
        }
        if (byToken != null) {
            byToken.level -= 1;
        }
        if (byRoom != null) {
            byRoom.level -= 1;
        }
        return 0;
    }

    private static Bucket bucket(Map<String, Bucket> buckets, String key, Limit limit, Instant now) {
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(limit.capacity(), now));
        if (now.isAfter(b.refilled)) {
            b.level = levelAfter(b.level, limit, Duration.between(b.refilled, now).toNanos() / 1e9);
            b.refilled = now;
        }
        return b;
    }

    private static double levelAfter(double level, Limit limit, double seconds) {
        return Math.min(limit.capacity(), level + seconds * limit.refillPerSecond());
    }

    /** 0 when the bucket holds a call now, else the whole seconds until it does (at least 1). */
    private static long secondsUntilACall(Bucket b, Limit limit) {
        if (b == null || b.level >= 1 - ROUNDING) {
            return 0;
        }
        long seconds = Math.max(1, (long) Math.ceil((1 - b.level) / limit.refillPerSecond()));
        // The next draw computes the level the same way: make sure it holds a call by then.
        while (levelAfter(b.level, limit, seconds) < 1 - ROUNDING) {
            seconds++;
        }
        return seconds;
    }
}
