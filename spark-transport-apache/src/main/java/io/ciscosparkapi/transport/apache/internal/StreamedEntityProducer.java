package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * Writes a streamed request body for the async client: its source is read on the caller's
 * executor, never on the client's I/O thread, and written to the connection as the connection
 * takes it.
 *
 * <p>The source is opened when the client starts writing the body, so an exchange that never
 * connects never opens it. A task on the executor reads it, a piece at a time, into a queue of at
 * most about {@link #LIMIT} bytes, and stops when the queue is full; the I/O thread writes the
 * queue out and starts the task again once half of it has gone. So a body is never held whole,
 * no thread waits for the network, and only the source's own reads block, on the executor. The
 * source is closed at its end, or once the exchange is over, whichever comes first (by the
 * reading task when one is running). A source that fails to open or to read fails the exchange
 * with an {@link IOException}. The content type is passed verbatim; a body of unknown length is
 * sent chunked. Not repeatable, so the client never sends it a second time on its own.
 * Thread-safe between the I/O thread and the reading task.
 */
final class StreamedEntityProducer implements AsyncEntityProducer {

    /** The most bytes queued at once, read from the source and not written yet. */
    static final int LIMIT = 256 * 1024;
    private static final int PIECE = 32 * 1024;

    private final RequestBody body;
    private final Executor executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<ByteBuffer> pieces = new ArrayDeque<>();
    private long queued;
    private long readBytes; // by the reading task alone, one at a time
    private InputStream source;
    private DataStreamChannel channel;
    private boolean started;
    private boolean reading;
    private boolean sourceEnded;
    private boolean released;
    private IOException failure;

    /**
     * Wraps a body.
     *
     * @param body the streamed body to send
     * @param executor the caller's executor, where the source is read
     */
    StreamedEntityProducer(RequestBody body, Executor executor) {
        this.body = body;
        this.executor = executor;
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public String getContentType() {
        return body.contentType().isBlank() ? null : body.contentType();
    }

    @Override
    public long getContentLength() {
        return body.contentLength();
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return body.contentLength() < 0;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Set.of();
    }

    @Override
    public int available() {
        lock.lock();
        try {
            if (!started || failure != null || (sourceEnded && pieces.isEmpty())) {
                // Something for produce() to do: start reading, report the failure, or end the body.
                return 1;
            }
            return (int) Math.min(queued, Integer.MAX_VALUE);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void produce(DataStreamChannel out) throws IOException {
        boolean read = false;
        lock.lock();
        try {
            channel = out;
            started = true;
            if (failure != null) {
                throw failure;
            }
            while (!pieces.isEmpty()) {
                ByteBuffer piece = pieces.peek();
                queued -= out.write(piece);
                if (piece.hasRemaining()) {
                    break;
                }
                pieces.poll();
            }
            if (sourceEnded) {
                if (pieces.isEmpty()) {
                    out.endStream();
                }
            } else if (!reading && !released && queued <= LIMIT / 2) {
                reading = true;
                read = true;
            }
        } finally {
            lock.unlock();
        }
        if (read) {
            startReading();
        }
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    /** The exchange is over: the source is closed now, or by the reading task when it ends. */
    @Override
    public void releaseResources() {
        InputStream open;
        lock.lock();
        try {
            if (released) {
                return;
            }
            released = true;
            pieces.clear();
            queued = 0;
            if (reading) {
                return;
            }
            open = source;
            source = null;
        } finally {
            lock.unlock();
        }
        closeQuietly(open);
    }

    private void startReading() {
        try {
            executor.execute(this::read);
        } catch (RejectedExecutionException e) {
            stopReading(new IOException("the executor refused to read the request body's source: " + e.getMessage(), e));
        }
    }

    /** On the executor: reads pieces of the source until the queue is full, the source ends or the exchange does. */
    private void read() {
        while (true) {
            InputStream in;
            InputStream closing = null;
            boolean stop;
            lock.lock();
            try {
                stop = released || queued >= LIMIT;
                if (stop) {
                    reading = false;
                    if (released) {
                        closing = source;
                        source = null;
                    }
                }
                in = source;
            } finally {
                lock.unlock();
            }
            if (stop) {
                closeQuietly(closing);
                return;
            }
            byte[] piece = new byte[PIECE];
            int n;
            try {
                if (in == null) {
                    in = StreamingEntity.open(body);
                    setSource(in);
                }
                n = in.read(piece, 0, piece.length);
            } catch (IOException e) {
                stopReading(e);
                return;
            } catch (RuntimeException e) {
                stopReading(new IOException("the request body's source failed", e));
                return;
            }
            boolean end = n < 0;
            IOException wrongLength = checkLength(n);
            if (wrongLength != null) {
                stopReading(wrongLength);
                return;
            }
            DataStreamChannel out;
            lock.lock();
            try {
                if (n > 0 && !released) {
                    // A short read keeps only its bytes, so the queue's bound holds whatever the
                    // source's reads are (a cipher stream gives 512 bytes at a time).
                    byte[] kept = n < PIECE / 2 ? Arrays.copyOf(piece, n) : piece;
                    pieces.add(ByteBuffer.wrap(kept, 0, n));
                    queued += n;
                }
                if (end) {
                    sourceEnded = true;
                }
                out = channel;
            } finally {
                lock.unlock();
            }
            if (end) {
                stopReading(null);
            }
            if (out != null) {
                out.requestOutput();
            }
            if (end) {
                return;
            }
        }
    }

    /**
     * Counts the bytes of one read against the body's declared length: a source that gives more
     * or fewer bytes than declared fails the exchange instead of sending a cut or overlong body.
     */
    private IOException checkLength(int n) {
        long declared = body.contentLength();
        if (declared < 0) {
            return null;
        }
        if (n > 0) {
            readBytes += n;
        }
        if (readBytes > declared) {
            return new IOException("the request body's source gave more than the " + declared
                    + " bytes its declared length allows");
        }
        if (n < 0 && readBytes != declared) {
            return new IOException("the request body's source ended after " + readBytes
                    + " bytes, its declared length is " + declared);
        }
        return null;
    }

    private void setSource(InputStream in) {
        lock.lock();
        try {
            source = in;
        } finally {
            lock.unlock();
        }
    }

    /** Ends the reading task: closes the source, and records {@code cause} for the exchange when there is one. */
    private void stopReading(IOException cause) {
        InputStream in;
        DataStreamChannel out;
        lock.lock();
        try {
            reading = false;
            if (cause != null && failure == null && !released) {
                failure = cause;
            }
            in = source;
            source = null;
            out = channel;
        } finally {
            lock.unlock();
        }
        closeQuietly(in);
        if (cause != null && out != null) {
            out.requestOutput();
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // The body was sent, or nobody wants it any more.
        }
    }
}
