package io.ciscosparkapi;

import io.ciscosparkapi.transport.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/**
 * A response body read under the client's size cap: a body that declares more than the cap is
 * refused before a byte of it is read, and one that goes on past the cap is cut off there. A body
 * that ends before the length it declared is an I/O failure (the connection closed mid-body), not a
 * malformed answer.
 *
 * <p>Confined to the thread that reads it.
 */
final class BoundedBody extends InputStream {

    private final InputStream in;
    private final long cap;
    private final long declared;
    private final String what;
    private long read;

    private BoundedBody(InputStream in, long cap, long declared, String what) {
        this.in = in;
        this.cap = cap;
        this.declared = declared;
        this.what = what;
    }

    /**
     * Wraps a response body.
     *
     * @param in the body as the transport hands it over
     * @param headers the response headers, for {@code Content-Length}
     * @param cap the most bytes the client reads of one body
     * @param what names the exchange in error messages
     * @return the bounded body
     * @throws SparkException when the body declares more bytes than the cap
     */
    static BoundedBody of(InputStream in, Headers headers, long cap, String what) {
        long declared = declaredLength(headers).orElse(-1);
        if (declared > cap) {
            throw tooLarge(cap, what, "declares " + declared + " bytes");
        }
        return new BoundedBody(in, cap, declared, what);
    }

    private static OptionalLong declaredLength(Headers headers) {
        String value = headers.first("Content-Length").orElse(null);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            long length = Long.parseLong(value.trim());
            return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static SparkException tooLarge(long cap, String what, String detail) {
        return new SparkException("The response to " + what + " " + detail + ", more than the client reads of one "
                + "response (" + cap + " bytes; see CiscoSparkAPI.Builder.maxResponseBytes)");
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            return ended();
        }
        counted(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            return ended();
        }
        counted(n);
        return n;
    }

    private void counted(int n) {
        read += n;
        if (read > cap) {
            throw tooLarge(cap, what, "is longer than " + cap + " bytes");
        }
    }

    private int ended() throws IOException {
        if (declared >= 0 && read < declared) {
            throw new IOException("the connection closed after " + read + " of the " + declared
                    + " bytes the response declared");
        }
        return -1;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
