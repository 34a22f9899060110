package io.ciscosparkapi.transport.apache.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * The body of a response of the async client, as the stream the caller reads: a bounded pipe
 * that the client's I/O thread fills and the caller's thread drains.
 *
 * <p>About {@link #LIMIT} bytes at most are held. The client reads a first window of the body on
 * its own; once that is used up it stops reading the connection and asks, through
 * {@link #capacity(CapacityChannel)}, for more. The pipe grants the room it has then, or, when the
 * caller has not read enough yet, as soon as the caller's reads have freed a quarter of the pipe:
 * so a body is never held whole, a caller that stops reading stops the connection (not the
 * client's I/O thread, which never waits here), and one that reads on always gets more. Every wait for data is bounded by
 * the exchange's timeout; once it passes, or the caller closes the stream before its end, the
 * exchange is aborted, which discards its connection. A failure of the connection reaches the
 * caller after the data that arrived before it, so a body cut short never reads as complete.
 * Thread-safe between its one writer and its one reader.
 */
final class ResponsePipe extends InputStream {

    /** The most bytes held at once, waiting for the caller. */
    static final int LIMIT = 256 * 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<byte[]> pieces = new ArrayDeque<>();
    private final Duration timeout;
    private final long timeoutNanos;
    private final Runnable abort;
    private int offset;
    private long held;
    /** The client's capacity channel, set while the client waits for capacity. */
    private CapacityChannel starved;
    private boolean ended;
    private boolean closed;
    private Exception failure;

    /**
     * Creates the pipe of one body.
     *
     * @param timeout the longest each wait for data may take
     * @param abort aborts the exchange, discarding its connection
     */
    ResponsePipe(Duration timeout, Runnable abort) {
        this.timeout = timeout;
        this.timeoutNanos = ExchangeDeadline.nanos(timeout);
        this.abort = abort;
    }

    // ---- the client's side, on its I/O thread ------------------------------------------------

    /**
     * Takes the client's request for capacity (its window is used up, and it reads no more of
     * the connection until granted some): grants the room there is now, or keeps the channel to
     * grant it once the caller has read enough.
     *
     * @param capacity the client's capacity channel
     * @throws IOException when the channel fails
     */
    void capacity(CapacityChannel capacity) throws IOException {
        lock.lock();
        try {
            if (closed || ended) {
                return;
            }
            starved = capacity;
        } finally {
            lock.unlock();
        }
        grant();
    }

    /**
     * Takes all of what arrived.
     *
     * @param data the bytes, read from position to limit
     */
    void fill(ByteBuffer data) {
        int n = data.remaining();
        byte[] piece = new byte[n];
        data.get(piece);
        lock.lock();
        try {
            if (!closed && n > 0) {
                pieces.add(piece);
                held += n;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Marks the end of the body: the caller reads what is held, then the end. */
    void end() {
        lock.lock();
        try {
            ended = true;
            starved = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Marks the failure of the connection: the caller reads what is held, then gets it.
     *
     * @param cause what the client failed with
     */
    void fail(Exception cause) {
        lock.lock();
        try {
            if (!ended && failure == null) {
                failure = cause;
            }
            starved = null;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    // ---- the caller's side -------------------------------------------------------------------

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int done = 0;
        boolean gaveUp = false;
        lock.lock();
        try {
            try {
                awaitData();
            } catch (InterruptedIOException e) {
                // A timeout (SocketTimeoutException is one) or an interrupt: the exchange ends here.
                gaveUp = true;
                drop();
                throw e;
            }
            if (held == 0) {
                if (failure != null) {
                    throw failure instanceof IOException io ? new IOException(io.getMessage(), io)
                            : new IOException("the connection failed while the body was read", failure);
                }
                return -1;
            }
            while (done < len && !pieces.isEmpty()) {
                byte[] piece = pieces.peek();
                int n = Math.min(len - done, piece.length - offset);
                System.arraycopy(piece, offset, b, off + done, n);
                done += n;
                offset += n;
                if (offset == piece.length) {
                    pieces.poll();
                    offset = 0;
                }
            }
            held -= done;
        } finally {
            lock.unlock();
            if (gaveUp) {
                abort.run();
            }
        }
        try {
            grant();
        } catch (IOException e) {
            // The bytes just read are the caller's; the next read reports the failure.
            fail(e);
        }
        return done;
    }

    @Override
    public int available() throws IOException {
        lock.lock();
        try {
            ensureOpen();
            return (int) Math.min(held, Integer.MAX_VALUE);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the body; before its end, the exchange is aborted and its connection discarded. */
    @Override
    public void close() {
        boolean early;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            early = !ended;
            drop();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (early) {
            abort.run();
        }
    }

    /** Under the lock: waits until data, the end or a failure is there, for at most the timeout. */
    private void awaitData() throws IOException {
        ensureOpen();
        long left = timeoutNanos;
        while (held == 0 && !ended && failure == null) {
            if (left <= 0) {
                throw new SocketTimeoutException("no response data within " + timeout);
            }
            try {
                left = changed.awaitNanos(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for response data");
            }
            ensureOpen();
        }
    }

    /** Under the lock: closes the pipe and lets go of what it holds. */
    private void drop() {
        closed = true;
        pieces.clear();
        held = 0;
        starved = null;
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("response body is closed");
        }
    }

    /**
     * Grants a starved client the room there is, once at least a quarter of the pipe is free;
     * the client may then fill the pipe up again.
     */
    private void grant() throws IOException {
        CapacityChannel to;
        int room;
        lock.lock();
        try {
            room = (int) Math.max(0, LIMIT - held);
            to = starved;
            if (to == null || room < LIMIT / 4) {
                return;
            }
            starved = null;
        } finally {
            lock.unlock();
        }
        to.update(room);
    }
}
