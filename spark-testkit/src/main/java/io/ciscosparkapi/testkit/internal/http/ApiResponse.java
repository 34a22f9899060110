package io.ciscosparkapi.testkit.internal.http;

import io.ciscosparkapi.transport.Headers;
import java.util.function.Supplier;

/**
 * One answer of the fake: a status, headers and a body.
 *
 * <p>A JSON body may be given as what renders it: an endpoint builds its tree under the store's
 * lock, as a copy of the state it shows, and the tree is written to bytes the first time the body
 * is asked for, by the connection's thread, after the lock is let go. Requests then render their
 * bytes side by side instead of one after the other.
 */
public final class ApiResponse {

    private static final byte[] NONE = new byte[0];
    private static final Headers JSON = Headers.of("Content-Type", "application/json;charset=UTF-8");

    private final int status;
    private final Headers headers;
    /** Renders the body when it is first asked for; {@code null} once rendered, or when given as bytes. */
    private Supplier<byte[]> render;
    private byte[] body;

    /**
     * An answer whose body is already bytes.
     *
     * @param status the HTTP status
     * @param headers the headers, {@code Content-Type} included when there is a body
     * @param body the body bytes, empty for none
     */
    public ApiResponse(int status, Headers headers, byte[] body) {
        this(status, headers, null, body);
    }

    private ApiResponse(int status, Headers headers, Supplier<byte[]> render, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.render = render;
        this.body = body;
    }

    /**
     * A response without a body.
     *
     * @param status the status
     * @return the response
     */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, Headers.empty(), NONE);
    }

    /**
     * A JSON response whose bytes are written when the body is first asked for.
     *
     * @param status the status
     * @param render writes the JSON as UTF-8 bytes; it must only read what nobody changes any
     *     more (a tree built for this answer)
     * @return the response
     */
    public static ApiResponse json(int status, Supplier<byte[]> render) {
        return new ApiResponse(status, JSON, render, null);
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * The headers.
     *
     * @return the headers
     */
    public Headers headers() {
        return headers;
    }

    /**
     * The body, rendered on the first call.
     *
     * @return the body bytes, empty for none
     */
    public synchronized byte[] body() {
        if (render != null) {
            body = render.get();
            render = null;
        }
        return body;
    }

    /**
     * Returns this response with one more header; the body is shared, rendered once for both.
     *
     * @param name the name
     * @param value the value
     * @return a new response
     */
    public ApiResponse withHeader(String name, String value) {
        Headers more = headers.toBuilder().set(name, value).build();
        synchronized (this) {
            return render == null ? new ApiResponse(status, more, body) : new ApiResponse(status, more, this::body, null);
        }
    }
}
