package io.ciscosparkapi.transport.apache.internal;

import java.nio.ByteBuffer;
import java.util.Set;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Writes a request body held in memory for the async client, as the connection takes it, with
 * its content type passed verbatim. One instance serves one exchange; it is not repeatable, so
 * the client never sends it a second time on its own.
 */
final class InMemoryEntityProducer implements AsyncEntityProducer {

    private final ByteBuffer bytes;
    private final String contentType;

    /**
     * Wraps a body.
     *
     * @param bytes the body (not copied)
     * @param contentType its content type, or {@code null} for none
     */
    InMemoryEntityProducer(byte[] bytes, String contentType) {
        this.bytes = ByteBuffer.wrap(bytes);
        this.contentType = contentType;
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public long getContentLength() {
        return bytes.capacity();
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return false;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }

    @Override
    public synchronized int available() {
        return bytes.remaining();
    }

    @Override
    public synchronized void produce(DataStreamChannel channel) throws java.io.IOException {
        if (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        if (!bytes.hasRemaining()) {
            channel.endStream();
        }
    }

    @Override
    public void failed(Exception cause) {
        // The exchange reports the failure.
    }

    @Override
    public void releaseResources() {
        // Nothing is held but the caller's bytes.
    }
}
