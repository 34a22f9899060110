package io.ciscosparkapi.transport.jdk;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A body received whole, read from the buffers it arrived in, in order.
 *
 * <p>Every read is served from memory and never blocks; {@link #available()} is what is left.
 * Closing drops the buffers, so a body closed half-read holds no memory. Not thread-safe, like
 * any stream read by one caller.
 */
final class BufferedBody extends InputStream {

    private ByteBuffer[] pieces;
    private int index;
    private long remaining;

    /**
     * Wraps the pieces of one body; the stream takes them over.
     *
     * @param pieces the body's bytes, in order; each one read from its position to its limit
     */
    BufferedBody(ByteBuffer[] pieces) {
        this.pieces = pieces;
        long total = 0;
        for (ByteBuffer piece : pieces) {
            total += piece.remaining();
        }
        this.remaining = total;
    }

    @Override
    public int read() {
        ByteBuffer piece = current();
        if (piece == null) {
            return -1;
        }
        remaining--;
        return piece.get() & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int done = 0;
        for (ByteBuffer piece; done < len && (piece = current()) != null; ) {
            int n = Math.min(len - done, piece.remaining());
            piece.get(b, off + done, n);
            done += n;
        }
        remaining -= done;
        return done == 0 ? -1 : done;
    }

    @Override
    public long skip(long n) {
        long done = 0;
        for (ByteBuffer piece; done < n && (piece = current()) != null; ) {
            int step = (int) Math.min(n - done, piece.remaining());
            piece.position(piece.position() + step);
            done += step;
        }
        remaining -= done;
        return done;
    }

    @Override
    public int available() {
        return (int) Math.min(remaining, Integer.MAX_VALUE);
    }

    @Override
    public void close() {
        pieces = new ByteBuffer[0];
        index = 0;
        remaining = 0;
    }

    /** The piece the next byte comes from, or {@code null} at the end. */
    private ByteBuffer current() {
        while (index < pieces.length) {
            ByteBuffer piece = pieces[index];
            if (piece.hasRemaining()) {
                return piece;
            }
            pieces[index++] = null; // read: let it go
        }
        return null;
    }
}
