package io.ciscosparkapi.testkit.internal.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Every misbehaviour the fake has been asked for, in one place: rules that match a method and a
 * path pattern and apply to the next N matching calls, an optional "every Nth call is rate
 * limited" switch, the paging defects, the service's rate limits and its file scanning. Thread-safe.
 */
public final class FaultRegistry {

    /** What a rule does. */
    public enum Kind {
        /** Answer 429 with a {@code Retry-After} value. */
        RATE_LIMIT,
        /** Answer an error status with a JSON body. */
        FAIL,
        /** Wait, then answer normally. */
        DELAY,
        /** Close the connection without answering. */
        DROP
    }

    /**
     * The fault to apply to one request.
     *
     * @param kind what to do
     * @param status the status for {@code FAIL}
     * @param retryAfter the header value for {@code RATE_LIMIT}, or {@code null} for none
     * @param delay the wait for {@code DELAY}
     */
    public record Action(Kind kind, int status, String retryAfter, Duration delay) {
    }

    private static final class Rule {
        final String method;
        final Pattern path;
        int remaining;
        final Action action;

        Rule(String method, Pattern path, int remaining, Action action) {
            this.method = method;
            this.path = path;
            this.remaining = remaining;
            this.action = action;
        }

        boolean matches(String m, String p) {
            return (method.equals("*") || method.equals(m)) && path.matcher(p).find();
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final AtomicLong calls = new AtomicLong();
    private volatile int rateLimitEvery;
    private volatile String rateLimitEveryRetryAfter;
    private final PagingDefects pagingDefects = new PagingDefects();
    private final RateLimiter rateLimiter = new RateLimiter();
    private final FileScanning fileScanning = new FileScanning();

    /** Creates an empty registry. */
    public FaultRegistry() {
    }

    /**
     * Adds a rule.
     *
     * @param method the method, or {@code *} for any
     * @param pathRegex searched for (not matched whole) in the request path, e.g. {@code /v1/people}
     * @param times how many matching calls it applies to
     * @param action what to do
     */
    public synchronized void add(String method, String pathRegex, int times, Action action) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        rules.add(new Rule(method.toUpperCase(Locale.ROOT), Pattern.compile(pathRegex), times, action));
    }

    /**
     * Rate limits every {@code n}th call (0 turns it off).
     *
     * @param n the period
     * @param retryAfter the header value, or {@code null}
     */
    public void rateLimitEvery(int n, String retryAfter) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        this.rateLimitEveryRetryAfter = retryAfter;
        this.rateLimitEvery = n;
        calls.set(0);
    }

    /**
     * Takes the actions for one request: any number of delays, then at most one of
     * rate limit, fail or drop. Each rule used is counted down.
     *
     * @param method the method
     * @param path the raw path
     * @return the actions, in order; empty when the request is served normally
     */
    public List<Action> take(String method, String path) {
        List<Action> out = new ArrayList<>();
        synchronized (this) {
            for (Rule r : rules) {
                if (r.remaining > 0 && r.matches(method, path) && r.action.kind() == Kind.DELAY) {
                    r.remaining--;
                    out.add(r.action);
                }
            }
            for (Rule r : rules) {
                if (r.remaining > 0 && r.matches(method, path) && r.action.kind() != Kind.DELAY) {
                    r.remaining--;
                    out.add(r.action);
                    break;
                }
            }
            rules.removeIf(r -> r.remaining <= 0);
        }
        int every = rateLimitEvery;
        if (every > 0 && calls.incrementAndGet() % every == 0
                && out.stream().noneMatch(a -> a.kind() != Kind.DELAY)) {
            out.add(new Action(Kind.RATE_LIMIT, 429, rateLimitEveryRetryAfter, null));
        }
        return out;
    }

    /**
     * The paging defects, read by list requests.
     *
     * @return the switches
     */
    public PagingDefects pagingDefects() {
        return pagingDefects;
    }

    /**
     * The service's rate limits.
     *
     * @return the limiter
     */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /**
     * How posted files are scanned.
     *
     * @return the settings
     */
    public FileScanning fileScanning() {
        return fileScanning;
    }

    /**
     * Removes every rule and the periodic rate limit, switches the paging defects off, stops
     * the service's rate limits and makes files scannable at once again.
     */
    public synchronized void clear() {
        rules.clear();
        rateLimitEvery = 0;
        calls.set(0);
        pagingDefects.set(false, false);
        rateLimiter.clear();
        fileScanning.clear();
    }
}
