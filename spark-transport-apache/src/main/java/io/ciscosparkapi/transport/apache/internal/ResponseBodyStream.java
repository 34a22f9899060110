package io.ciscosparkapi.transport.apache.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * A response body that releases its connection when closed.
 *
 * <p>Read to its end, the body's connection goes back to the pool for the next request. Closed
 * before its end, the exchange is cancelled and the connection discarded at once: HttpClient
 * would otherwise read (and throw away) the rest of the body, however large, before releasing
 * the connection. Meant for one thread, as any response body.
 */
final class ResponseBodyStream extends InputStream {

    private final InputStream delegate;
    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private boolean eof;
    private boolean closed;

    /**
     * Wraps a body.
     *
     * @param delegate the entity's stream
     * @param request the request, cancelled when the body is closed early
     * @param response the response, closed with this stream
     */
    ResponseBodyStream(InputStream delegate, HttpUriRequestBase request, ClassicHttpResponse response) {
        this.delegate = delegate;
        this.request = request;
        this.response = response;
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        int b = delegate.read();
        if (b < 0) {
            eof = true;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        ensureOpen();
        int n = delegate.read(b, off, len);
        if (n < 0) {
            eof = true;
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return delegate.available();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (eof) {
            try {
                delegate.close();
            } finally {
                response.close();
            }
            return;
        }
        request.cancel();
        try {
            response.close();
        } catch (IOException discarded) {
            // The connection was just cut on purpose; failing to close it cleanly is expected.
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("response body is closed");
        }
    }
}
