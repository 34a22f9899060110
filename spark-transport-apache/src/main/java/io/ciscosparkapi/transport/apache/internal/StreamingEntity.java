package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * A request entity that writes a {@link RequestBody} to the connection as it reads it from its
 * source, so a streamed body is never held whole.
 *
 * <p>The content type is passed to the client verbatim. A body of unknown length is sent
 * chunked. The entity says it is not repeatable, so the client never sends it a second time on
 * its own, which a transport must not do.
 */
final class StreamingEntity extends AbstractHttpEntity {

    private final RequestBody body;

    /**
     * Wraps a body.
     *
     * @param body the body to send
     */
    StreamingEntity(RequestBody body) {
        super(body.contentType().isBlank() ? null : body.contentType(), null, body.contentLength() < 0);
        this.body = body;
    }

    @Override
    public long getContentLength() {
        return body.contentLength();
    }

    @Override
    public InputStream getContent() throws IOException {
        return open();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        if (body.isInMemory()) {
            out.write(body.bytes());
            return;
        }
        try (InputStream in = open()) {
            in.transferTo(out);
        } catch (RuntimeException e) {
            throw new IOException("the request body's source failed", e);
        }
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public boolean isStreaming() {
        return false;
    }

    @Override
    public void close() {
        // Each write opens and closes its own source stream: nothing is left open here.
    }

    private InputStream open() throws IOException {
        return open(body);
    }

    /**
     * Opens a request body's source, as both the classic and the async exchange read it.
     *
     * @param body the request's body
     * @return its source, never {@code null}
     * @throws IOException when the source fails to open or gives no stream
     */
    static InputStream open(RequestBody body) throws IOException {
        InputStream in;
        try {
            in = body.open();
        } catch (RuntimeException e) {
            throw new IOException("the request body's source failed to open", e);
        }
        if (in == null) {
            throw new IOException("the request body's source returned no stream");
        }
        return in;
    }
}
