package io.ciscosparkapi.transport.jdk;

import io.ciscosparkapi.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The source streams one exchange opened to upload a streamed request body.
 *
 * <p>The JDK client closes a source when it has read it to the end, but not when the exchange
 * ends early (a timeout, a reset, a response sent before the upload finished). Every source
 * opened is therefore remembered and closed once the exchange is over: when sending fails or
 * when the response is closed. The client may open the body more than once if it retries
 * internally. Thread-safe: sources are opened on the client's threads.
 */
final class RequestStreams {

    private final List<InputStream> opened = new ArrayList<>(1);
    private boolean over;

    /**
     * Opens the body's source for the client. Never throws: a source that cannot be opened is
     * replaced by a stream that fails on its first read, which fails the exchange with that
     * {@link IOException}.
     *
     * @param body the streamed body
     * @return a new stream over the body, or one that fails when read
     */
    InputStream open(RequestBody body) {
        InputStream in;
        try {
            in = body.open();
            if (in == null) {
                return failing(new IOException("the request body's source returned no stream"));
            }
        } catch (IOException e) {
            return failing(e);
        } catch (RuntimeException e) {
            return failing(new IOException("the request body's source failed to open", e));
        }
        synchronized (this) {
            if (!over) {
                opened.add(in);
                return in;
            }
        }
        closeQuietly(in);
        return failing(new IOException("the exchange is already over"));
    }

    /** Closes every source opened so far and any opened later. Safe to call more than once. */
    void closeAll() {
        List<InputStream> toClose;
        synchronized (this) {
            over = true;
            toClose = new ArrayList<>(opened);
            opened.clear();
        }
        toClose.forEach(RequestStreams::closeQuietly);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // The exchange is over; a source that fails to close has nothing left to report to.
        }
    }

    private static InputStream failing(IOException cause) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw cause;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw cause;
            }
        };
    }
}
