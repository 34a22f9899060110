package io.ciscosparkapi.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one client both servers of the server benchmark are measured with: HTTP/1.1 over plain
 * keep-alive sockets, one connection per thread, the same request bytes sent again and again.
 * It parses no more than it must (the status, {@code Content-Length} or chunked framing) so that
 * on a 2-core machine it takes as little CPU from the server as it can, and the same for both.
 */
final class HttpLoad {

    private HttpLoad() {
    }

    /**
     * One response as it came off the wire.
     *
     * @param status the status code
     * @param head the status line and the header lines, each ending in CRLF, then CRLF
     * @param body the body bytes (de-chunked)
     */
    record Answer(int status, byte[] head, byte[] body) {

        /**
         * The header lines, without the status line.
         *
         * @return {@code name: value} lines in the order sent
         */
        List<String> headerLines() {
            String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
            List<String> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isEmpty()) {
                    out.add(lines[i]);
                }
            }
            return out;
        }

        /**
         * The first value of a header.
         *
         * @param name the name, any case
         * @return the value, or {@code null}
         */
        String header(String name) {
            for (String line : headerLines()) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    /**
     * The request bytes of a {@code GET}.
     *
     * @param server where it goes (for {@code Host})
     * @param target the path and query, e.g. {@code /v1/people/me}
     * @param token the bearer token
     * @return the request
     */
    static byte[] get(InetSocketAddress server, String target, String token) {
        return ("GET " + target + " HTTP/1.1\r\n"
                + "Host: " + server.getHostString() + ":" + server.getPort() + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Accept: application/json\r\n"
                + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One keep-alive connection. Not thread-safe: one thread uses it. */
    static final class Connection implements Closeable {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] buffer = new byte[64 * 1024];
        private int start;
        private int end;
        private int lineStart;

        Connection(InetSocketAddress server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(server, 10_000);
            socket.setSoTimeout(30_000);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        /**
         * Sends a request and reads the whole response, keeping its bytes.
         *
         * @param request the request bytes
         * @return the response
         * @throws IOException when the connection fails or the response is not HTTP/1.1
         */
        Answer exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int status = read(head, body);
            return new Answer(status, head.toByteArray(), body.toByteArray());
        }

        /**
         * Sends a request and reads the whole response, keeping only its status and length.
         *
         * @param request the request bytes
         * @return the status times 2^20 plus the body's length (up to 1 MB)
         * @throws IOException when the connection fails or the response is not HTTP/1.1
         */
        int send(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            return read(null, null);
        }

        /** Reads one response; returns the status, or with no sinks the status << 20 | body length. */
        private int read(ByteArrayOutputStream headSink, ByteArrayOutputStream bodySink) throws IOException {
            // The head: lines up to an empty one.
            int status = -1;
            long contentLength = -1;
            boolean chunked = false;
            while (true) {
                int length = nextLine();
                if (headSink != null) {
                    headSink.write(buffer, lineStart, length + 2);
                }
                if (status < 0) {
                    if (length < 12 || buffer[lineStart] != 'H' || buffer[lineStart + 8] != ' ') {
                        throw new IOException("not an HTTP/1.1 status line: "
                                + new String(buffer, lineStart, length, StandardCharsets.ISO_8859_1));
                    }
                    status = (buffer[lineStart + 9] - '0') * 100 + (buffer[lineStart + 10] - '0') * 10
                            + (buffer[lineStart + 11] - '0');
                } else if (length == 0) {
                    break;
                } else if (startsWithIgnoreCase(lineStart, length, "content-length:")) {
                    contentLength = Long.parseLong(text(lineStart + 15, length - 15).trim());
                } else if (startsWithIgnoreCase(lineStart, length, "transfer-encoding:")) {
                    chunked = text(lineStart + 18, length - 18).toLowerCase(Locale.ROOT).contains("chunked");
                }
            }
            long read;
            if (chunked) {
                read = 0;
                while (true) {
                    int sizeLength = nextLine();
                    String size = text(lineStart, sizeLength);
                    int semicolon = size.indexOf(';');
                    long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                    if (chunk == 0) {
                        while (nextLine() > 0) {
                            // a trailer, ignored
                        }
                        break;
                    }
                    skip(chunk, bodySink);
                    read += chunk;
                    nextLine();
                }
            } else {
                read = Math.max(0, contentLength);
                skip(read, bodySink);
            }
            return headSink != null ? status : (int) ((status << 20) | Math.min(read, 0xFFFFF));
        }

        /**
         * Reads up to the next CRLF: the line is then {@code buffer[lineStart, lineStart + length)},
         * and the read position is past the CRLF.
         *
         * @return the line's length, without the CRLF
         */
        private int nextLine() throws IOException {
            while (true) {
                for (int i = start; i + 1 < end; i++) {
                    if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                        lineStart = start;
                        start = i + 2;
                        return i - lineStart;
                    }
                }
                fill();
            }
        }

        /** Keeps what is unread at the buffer's start and reads more after it. */
        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.length) {
                throw new IOException("a header line longer than " + buffer.length + " bytes");
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                throw new EOFException("the server closed the connection");
            }
            end += n;
        }

        private void skip(long count, ByteArrayOutputStream sink) throws IOException {
            long left = count;
            while (left > 0) {
                if (start == end) {
                    start = 0;
                    end = 0;
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        throw new EOFException("the server closed the connection in the middle of a body");
                    }
                    end = n;
                }
                int take = (int) Math.min(left, end - start);
                if (sink != null) {
                    sink.write(buffer, start, take);
                }
                start += take;
                left -= take;
            }
        }

        private boolean startsWithIgnoreCase(int offset, int length, String prefix) {
            if (length < prefix.length()) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (Character.toLowerCase((char) buffer[offset + i]) != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private String text(int offset, int length) {
            return new String(buffer, offset, length, StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * Sends one request on a new connection.
     *
     * @param server the server
     * @param request the request bytes
     * @return the response
     * @throws IOException when it fails
     */
    static Answer once(InetSocketAddress server, byte[] request) throws IOException {
        try (Connection c = new Connection(server)) {
            return c.exchange(request);
        }
    }

    /**
     * Sends the request again and again from {@code threads} threads, each on its own keep-alive
     * connection, for the warm-up and then for the measurement, and counts the responses
     * completed during the measurement. Every response must have the expected status and body
     * length.
     *
     * @param server the server
     * @param request the request bytes
     * @param expected the response every request must get (status and body length are checked)
     * @param threads how many connections
     * @param warmupMillis how long to send before counting
     * @param measureMillis how long to count
     * @return responses per second during the measurement
     * @throws Exception when a request fails or is answered otherwise
     */
    static double requestsPerSecond(InetSocketAddress server, byte[] request, Answer expected, int threads,
            long warmupMillis, long measureMillis) throws Exception {
        int want = (expected.status() << 20) | Math.min(expected.body().length, 0xFFFFF);
        long[] counts = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch connected = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                try (Connection c = new Connection(server)) {
                    connected.countDown();
                    go.await();
                    long measureFrom = window[0];
                    long until = window[1];
                    long count = 0;
                    while (true) {
                        int got = c.send(request);
                        if (got != want) {
                            throw new IOException("expected status " + expected.status() + " with "
                                    + expected.body().length + " bytes, got status " + (got >>> 20) + " with "
                                    + (got & 0xFFFFF) + " bytes");
                        }
                        long now = System.nanoTime();
                        if (now >= until) {
                            break;
                        }
                        if (now >= measureFrom) {
                            count++;
                        }
                    }
                    counts[index] = count;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    connected.countDown();
                }
            }, "load-" + t);
            worker.start();
            workers.add(worker);
        }
        connected.await();
        long now = System.nanoTime();
        window[0] = now + warmupMillis * 1_000_000;
        window[1] = window[0] + measureMillis * 1_000_000;
        go.countDown();
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the load against " + server + " failed: " + failure.get(), failure.get());
        }
        return Arrays.stream(counts).sum() / (measureMillis / 1000.0);
    }
}
