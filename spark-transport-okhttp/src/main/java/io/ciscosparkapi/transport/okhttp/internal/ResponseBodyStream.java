package io.ciscosparkapi.transport.okhttp.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * OkHttp's response body stream, made to keep the {@link InputStream} contract for a read of
 * zero bytes.
 *
 * <p>OkHttp's stream waits for data from the connection when asked for zero bytes with nothing
 * buffered, where {@code InputStream} returns {@code 0} at once. {@link InputStream#readNBytes}
 * makes exactly such a call once it has what it asked for, so without this wrapper it would
 * stall on a body that is still arriving. Everything else is passed to OkHttp's stream, whose
 * {@code close()} releases the connection.
 */
final class ResponseBodyStream extends FilterInputStream {

    /**
     * Wraps a body stream.
     *
     * @param okHttpStream the stream of OkHttp's response body
     */
    ResponseBodyStream(InputStream okHttpStream) {
        super(okHttpStream);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        return len == 0 ? 0 : super.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        return n <= 0 ? 0 : super.skip(n);
    }
}
