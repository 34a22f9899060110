package io.ciscosparkapi.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * The body of a {@link TransportRequest}: a content type and bytes that can be read more than
 * once, so a request may be sent again (for example after a rate-limit wait).
 *
 * <p>Bodies built with {@link #of(byte[], String)} are held in memory; bodies built with
 * {@link #ofStream(StreamSupplier, long, String)} are read from their source each time they are
 * sent and are never held whole. Instances are immutable and thread-safe as long as their source
 * is.
 */
public final class RequestBody {

    /**
     * Opens a fresh stream over a body's bytes each time it is called.
     */
    @FunctionalInterface
    public interface StreamSupplier {
        /**
         * Opens a new stream positioned at the first byte of the body.
         *
         * @return a new stream, which the caller closes
         * @throws IOException when the source cannot be opened
         */
        InputStream open() throws IOException;
    }

    private final String contentType;
    private final long contentLength;
    private final byte[] bytes;
    private final StreamSupplier source;

    private RequestBody(String contentType, long contentLength, byte[] bytes, StreamSupplier source) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.contentLength = contentLength;
        this.bytes = bytes;
        this.source = source;
    }

    /**
     * Returns a body held in memory. The array is not copied; do not change it afterwards.
     *
     * @param bytes the body's bytes
     * @param contentType the value of the {@code Content-Type} header
     * @return the body
     */
    public static RequestBody of(byte[] bytes, String contentType) {
        Objects.requireNonNull(bytes, "bytes");
        return new RequestBody(contentType, bytes.length, bytes, null);
    }

    /**
     * Returns a body read from {@code source} each time it is sent.
     *
     * @param source opens the body's bytes; called once per send
     * @param contentLength the exact number of bytes, or {@code -1} when unknown (the body is
     *     then sent chunked)
     * @param contentType the value of the {@code Content-Type} header
     * @return the body
     */
    public static RequestBody ofStream(StreamSupplier source, long contentLength, String contentType) {
        Objects.requireNonNull(source, "source");
        if (contentLength < -1) {
            throw new IllegalArgumentException("contentLength must be -1 (unknown) or at least 0: " + contentLength);
        }
        return new RequestBody(contentType, contentLength, null, source);
    }

    /**
     * The value for the {@code Content-Type} header.
     *
     * @return the content type, e.g. {@code application/json;charset=utf-8}
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The number of bytes in the body.
     *
     * @return the length, or {@code -1} when it is not known in advance
     */
    public long contentLength() {
        return contentLength;
    }

    /**
     * Whether the body is held in memory, so {@link #bytes()} is cheap.
     *
     * @return {@code true} for a body built with {@link #of(byte[], String)}
     */
    public boolean isInMemory() {
        return bytes != null;
    }

    /**
     * The body's bytes, for in-memory bodies.
     *
     * @return the bytes (not a copy: do not change them)
     * @throws IllegalStateException when the body is streamed; use {@link #open()} instead
     */
    public byte[] bytes() {
        if (bytes == null) {
            throw new IllegalStateException("a streamed body has no byte array; use open()");
        }
        return bytes;
    }

    /**
     * Opens a new stream over the body's bytes.
     *
     * @return a stream the caller closes
     * @throws IOException when the source cannot be opened
     */
    public InputStream open() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : source.open();
    }

    /**
     * Writes the whole body to {@code out}, which stays open.
     *
     * @param out where to write
     * @throws IOException when reading the source or writing fails
     */
    public void writeTo(OutputStream out) throws IOException {
        if (bytes != null) {
            out.write(bytes);
            return;
        }
        try (InputStream in = source.open()) {
            in.transferTo(out);
        }
    }

    @Override
    public String toString() {
        return "RequestBody{" + contentType + ", " + (contentLength < 0 ? "unknown length" : contentLength + " bytes") + "}";
    }
}
