package io.ciscosparkapi.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The answer to a {@link TransportRequest}: status, headers and a body stream.
 *
 * <p>The body is streamed: it is read from the connection as the caller consumes it and is never
 * held whole by the transport. The caller must {@link #close()} the response (closing the body
 * stream is enough), which returns or releases the connection. A response is meant for one
 * thread.
 */
public final class TransportResponse implements Closeable {

    private final int status;
    private final Headers headers;
    private final InputStream body;

    /**
     * Creates a response.
     *
     * @param status the HTTP status code
     * @param headers the response headers
     * @param body the body stream; an empty stream for a response without a body
     */
    public TransportResponse(int status, Headers headers, InputStream body) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be a three-digit HTTP status: " + status);
        }
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * The HTTP status code, passed through untouched.
     *
     * @return the status, e.g. {@code 200} or {@code 429}
     */
    public int status() {
        return status;
    }

    /**
     * The response headers, passed through untouched.
     *
     * @return the headers
     */
    public Headers headers() {
        return headers;
    }

    /**
     * The body, read as it arrives. Never {@code null}: a response without a body (204, HEAD)
     * has an empty stream. Read it at most once.
     *
     * @return the body stream
     */
    public InputStream body() {
        return body;
    }

    /**
     * Closes the body stream and releases the connection. Safe to call more than once.
     *
     * @throws IOException when the underlying stream fails to close
     */
    @Override
    public void close() throws IOException {
        body.close();
    }

    @Override
    public String toString() {
        return "TransportResponse{" + status + " " + headers + "}";
    }
}
