package io.ciscosparkapi;

import io.ciscosparkapi.transport.Headers;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One attempt of a call, as {@link SparkInterceptor}s see it: what is sent, and once it has
 * ended, how it ended. The access token is never part of it.
 *
 * <p>Used by one attempt at a time: not thread-safe, but handed from the thread that starts the
 * attempt to the one that ends it with the usual happens-before.
 */
public final class Attempt {

    private static final Set<String> RESERVED = Set.of("authorization", "host", "content-length",
            "transfer-encoding", "connection", "content-type");

    private final String method;
    private final URI uri;
    private final int number;
    private final Headers sent;
    private final String trackingId;
    private final Map<Object, Object> attributes = new HashMap<>();
    private Headers added = Headers.empty();
    private boolean started;
    private int status = -1;
    private Duration duration;
    private Throwable failure;
    private String answerTrackingId;

    Attempt(String method, URI uri, int number, Headers sent, String trackingId) {
        this.method = method;
        this.uri = uri;
        this.number = number;
        this.sent = sent;
        this.trackingId = trackingId;
    }

    /**
     * The HTTP method.
     *
     * @return e.g. {@code GET}
     */
    public String method() {
        return method;
    }

    /**
     * The absolute URL, query included.
     *
     * @return the URL
     */
    public URI uri() {
        return uri;
    }

    /**
     * Which attempt of its call this is.
     *
     * @return 1 for the first, 2 for the first retry or resend, and so on
     */
    public int number() {
        return number;
    }

    /**
     * The headers sent, those interceptors added included; never {@code Authorization}.
     *
     * @return the headers
     */
    public Headers headers() {
        Headers.Builder all = sent.toBuilder().remove("Authorization");
        for (String name : added.names()) {
            for (String value : added.all(name)) {
                all.add(name, value);
            }
        }
        return all.build();
    }

    /**
     * Adds a header to the request, e.g. a trace context; only in
     * {@link SparkInterceptor#beforeAttempt(Attempt)}.
     *
     * @param name the header name; not {@code Authorization}, nor one the transport sets
     *     ({@code Host}, {@code Content-Length}, {@code Content-Type}, ...)
     * @param value the value
     * @return this attempt
     * @throws IllegalArgumentException for a reserved header name, or a name or value a header
     *     cannot hold
     * @throws IllegalStateException once the attempt has been sent
     */
    public Attempt header(String name, String value) {
        if (started) {
            throw new IllegalStateException("headers can only be added before the attempt is sent");
        }
        checkHeader(name, value);
        added = added.with(name, value);
        return this;
    }

    /**
     * Checks a header that the SDK's user adds to requests.
     *
     * @param name the name
     * @param value the value
     * @throws IllegalArgumentException when reserved, or not a valid header
     */
    static void checkHeader(String name, String value) {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("The header " + name + " cannot be set: the SDK or the transport "
                    + "sets it (the access token is set only on the client's builder)");
        }
        if (name.isEmpty() || !name.chars().allMatch(c -> c > ' ' && c < 127 && c != ':')) {
            throw new IllegalArgumentException("'" + name + "' is not a header name");
        }
        if (!value.chars().allMatch(c -> c == '\t' || (c >= ' ' && c != 127))) {
            throw new IllegalArgumentException("The value of header " + name + " holds a line break or control "
                    + "character");
        }
    }

    /**
     * The tracking id the SDK sent with the attempt ({@code TrackingID}), or, once answered, the
     * one Spark answered with.
     *
     * @return the tracking id
     */
    public String trackingId() {
        return answerTrackingId != null ? answerTrackingId : trackingId;
    }

    /**
     * The status Spark answered with.
     *
     * @return the status, or empty when no answer came (or before the attempt ended)
     */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * How long the attempt took, from sending to its end (the answer's body read, when it was).
     *
     * @return the duration; {@link Duration#ZERO} before the attempt ended
     */
    public Duration duration() {
        return duration == null ? Duration.ZERO : duration;
    }

    /**
     * Why the attempt failed: an I/O failure, or the exception its answer became.
     *
     * @return the failure, or empty for an attempt that succeeded (or has not ended)
     */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Keeps a value with the attempt, e.g. a timer started before it, for after it.
     *
     * @param key the key
     * @param value the value
     * @return the value kept before under the key, or {@code null}
     */
    public Object put(Object key, Object value) {
        return attributes.put(key, value);
    }

    /**
     * A value kept with {@link #put(Object, Object)}.
     *
     * @param key the key
     * @return the value, or {@code null}
     */
    public Object get(Object key) {
        return attributes.get(key);
    }

    /** The headers interceptors added; the attempt counts as sent from here on. */
    Headers start() {
        started = true;
        return added;
    }

    void answered(int status, String answerTrackingId) {
        this.status = status;
        this.answerTrackingId = answerTrackingId;
    }

    void ended(Duration duration, Throwable failure) {
        this.duration = duration;
        this.failure = failure;
    }

    @Override
    public String toString() {
        return "Attempt{" + method + " " + uri + " #" + number + (status < 0 ? "" : " -> " + status) + "}";
    }
}
