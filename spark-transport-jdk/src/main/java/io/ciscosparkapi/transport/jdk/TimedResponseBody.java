package io.ciscosparkapi.transport.jdk;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;

/**
 * A response body stream that applies a read timeout to every wait for data.
 *
 * <p>The JDK client's request timeout ends when the response headers arrive; after that a read
 * from its body stream can block for ever if the server stalls. This wrapper arms a timer
 * whenever a read may block (nothing is buffered yet). When the timer fires the underlying
 * stream is closed, which cancels the exchange and releases the connection, and the read fails
 * with an {@link HttpTimeoutException}. Closing this stream also closes the sources of a streamed
 * request body. Meant for one thread, as any response body.
 */
final class TimedResponseBody extends InputStream {

    private final InputStream delegate;
    private final long timeoutNanos;
    private final Duration timeout;
    private final RequestStreams uploads;
    private volatile boolean timedOut;
    private boolean closed;

    /**
     * Wraps a body stream.
     *
     * @param delegate the client's body stream
     * @param timeout the longest a single read may wait for data
     * @param uploads the request body's sources, closed with this stream
     */
    TimedResponseBody(InputStream delegate, Duration timeout, RequestStreams uploads) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.timeout = timeout;
        this.timeoutNanos = Alarms.saturatedNanos(timeout);
        this.uploads = uploads;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        ScheduledFuture<?> alarm = delegate.available() > 0 ? null
                : Alarms.schedule(this::expire, timeoutNanos);
        int n;
        try {
            n = delegate.read(b, off, len);
        } catch (IOException e) {
            if (timedOut) {
                throw timeoutException(e);
            }
            throw e;
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
        }
        if (timedOut) {
            // The stream was closed under the read, which may then report a false end.
            throw timeoutException(null);
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
        try {
            delegate.close();
        } finally {
            uploads.closeAll();
        }
    }

    private void ensureOpen() throws IOException {
        if (timedOut) {
            throw timeoutException(null);
        }
        if (closed) {
            throw new IOException("response body is closed");
        }
    }

    private void expire() {
        timedOut = true;
        try {
            delegate.close();
        } catch (IOException | RuntimeException ignored) {
            // The read that is waiting reports the timeout.
        }
    }

    /**
     * The failure of a body that received no data for a whole timeout, buffered or streamed.
     *
     * @param timeout the longest wait for each piece of a body
     * @return the exception to report
     */
    static HttpTimeoutException noDataWithin(Duration timeout) {
        return new HttpTimeoutException("no response data within " + timeout);
    }

    private HttpTimeoutException timeoutException(IOException cause) {
        HttpTimeoutException e = noDataWithin(timeout);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
