package io.ciscosparkapi.transport.okhttp.internal;

import io.ciscosparkapi.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okio.BufferedSink;

/**
 * Writes a {@link RequestBody} to OkHttp's connection as it reads it from its source, so a
 * streamed body is never held whole.
 *
 * <p>The content type is sent by the transport as a header of its own, verbatim, so
 * {@link #contentType()} is {@code null}. The body is marked one-shot: OkHttp then never sends it
 * a second time on its own, which a transport must not do.
 */
final class StreamingRequestBody extends okhttp3.RequestBody {

    /** An empty body, for {@code POST}, {@code PUT} and {@code PATCH} sent without one. */
    static final StreamingRequestBody EMPTY = new StreamingRequestBody(null);

    private static final int BUFFER_SIZE = 16 * 1024;

    private final RequestBody body;

    /**
     * Wraps a body.
     *
     * @param body the body to send, or {@code null} for an empty one
     */
    StreamingRequestBody(RequestBody body) {
        this.body = body;
    }

    @Override
    public MediaType contentType() {
        return null;
    }

    @Override
    public long contentLength() {
        return body == null ? 0 : body.contentLength();
    }

    @Override
    public boolean isOneShot() {
        return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        if (body == null) {
            return;
        }
        if (body.isInMemory()) {
            sink.write(body.bytes());
            return;
        }
        try (InputStream in = open(body)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            for (int n; (n = in.read(buffer)) != -1; ) {
                sink.write(buffer, 0, n);
            }
        } catch (RuntimeException e) {
            throw new IOException("the request body's source failed", e);
        }
    }

    private static InputStream open(RequestBody body) throws IOException {
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
