package io.ciscosparkapi.testkit.internal.frontend;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads HTTP/1.1 requests off one connection, one after the other: the head (request line and
 * header fields), then the body, framed by {@code Content-Length} or chunked. Not thread-safe:
 * one connection, one thread.
 */
final class RequestReader {

    /** The largest head accepted, in bytes (the JDK's own server's default). */
    static final int MAX_HEAD_BYTES = 384 * 1024;
    /** The most header fields accepted (the JDK's own server's default). */
    static final int MAX_HEADERS = 200;
    /**
     * The largest request body taken, in bytes (128 MiB): above the service's own upload limit,
     * so the fake refuses only what the service would, and never buffers an unbounded body.
     */
    static final int MAX_BODY = 128 * 1024 * 1024;

    /** A request that cannot be read: it is answered with {@link #status()} and the connection closed. */
    static final class Malformed extends IOException {

        private static final long serialVersionUID = 1L;

        private final int status;

        Malformed(int status, String message) {
            super(message);
            this.status = status;
        }

        /**
         * The status to answer.
         *
         * @return e.g. 400
         */
        int status() {
            return status;
        }
    }

    /**
     * A request's head.
     *
     * @param method the method, as sent
     * @param target the request target, as sent (origin form {@code /v1/...}, or absolute form)
     * @param http10 whether the request is HTTP/1.0
     * @param names the header names, in the order received
     * @param values the header values, trimmed, in the same order
     */
    record Head(String method, String target, boolean http10, List<String> names, List<String> values) {

        /**
         * The first value of a header field.
         *
         * @param name the name, any case
         * @return the value, or {@code null}
         */
        String first(String name) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name)) {
                    return values.get(i);
                }
            }
            return null;
        }

        /**
         * Whether the connection may carry another request after this one's response: HTTP/1.1
         * unless the client said {@code Connection: close}, HTTP/1.0 only when it said
         * {@code Connection: keep-alive}.
         *
         * @return whether to keep the connection
         */
        boolean keepAlive() {
            String connection = first("Connection");
            String tokens = connection == null ? "" : connection.toLowerCase(Locale.ROOT);
            return http10 ? tokens.contains("keep-alive") : !tokens.contains("close");
        }

        boolean chunked() {
            String te = first("Transfer-Encoding");
            return te != null && te.toLowerCase(Locale.ROOT).contains("chunked");
        }

        /**
         * Whether a body follows the head.
         *
         * @return whether the request is chunked or has a {@code Content-Length} above 0
         */
        boolean hasBody() {
            String length = first("Content-Length");
            return chunked() || (length != null && !length.trim().equals("0"));
        }
    }

    private static final byte[] NONE = new byte[0];

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private int headBytes;

    RequestReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the next request's head.
     *
     * @return the head, or {@code null} when the connection ended before a request began
     * @throws Malformed when the head is not an HTTP/1.x request head
     * @throws IOException when the connection fails or ends within the head
     */
    Head readHead() throws IOException {
        headBytes = 0;
        String requestLine;
        do {
            requestLine = readLine(true);
            if (requestLine == null) {
                return null;
            }
        } while (requestLine.isEmpty()); // empty lines before a request are ignored (RFC 9112 §2.2)
        int first = requestLine.indexOf(' ');
        int last = requestLine.lastIndexOf(' ');
        if (first <= 0 || last == first || requestLine.indexOf(' ', first + 1) != last) {
            throw new Malformed(400, "not an HTTP request line");
        }
        String version = requestLine.substring(last + 1);
        if (!version.startsWith("HTTP/1.")) {
            throw new Malformed(version.startsWith("HTTP/") ? 505 : 400, "HTTP/1.1 only");
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        String line;
        while (!(line = readLine(false)).isEmpty()) {
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (names.isEmpty()) {
                    throw new Malformed(400, "a header continuation line without a header");
                }
                int lastIndex = values.size() - 1;
                values.set(lastIndex, values.get(lastIndex) + " " + line.trim()); // obsolete folding
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || Character.isWhitespace(line.charAt(colon - 1))) {
                throw new Malformed(400, "not a header field: " + line);
            }
            if (names.size() == MAX_HEADERS) {
                throw new Malformed(431, "more than " + MAX_HEADERS + " header fields");
            }
            names.add(line.substring(0, colon));
            values.add(line.substring(colon + 1).trim());
        }
        return new Head(requestLine.substring(0, first), requestLine.substring(first + 1, last),
                version.equals("HTTP/1.0"), names, values);
    }

    /**
     * Reads the body that follows a head: chunked, else {@code Content-Length} bytes, else none.
     *
     * @param head the head just read
     * @return the body bytes, empty when there is none
     * @throws Malformed when the framing is not valid
     * @throws IOException when the connection fails or ends within the body
     */
    byte[] readBody(Head head) throws IOException {
        if (head.chunked()) {
            return readChunked();
        }
        long length = declaredLength(head);
        return length < 0 ? NONE : readExactly((int) length);
    }

    /**
     * Checks a request's declared body length before the body is read (and before the client
     * is told to send it): a body over {@link #MAX_BODY} is refused with a 413.
     *
     * @param head the request's head
     * @throws Malformed when the length is not a number, negative or too large
     */
    void admit(Head head) throws Malformed {
        if (!head.chunked()) {
            declaredLength(head);
        }
    }

    /** The Content-Length, checked; -1 when there is none. */
    private static long declaredLength(Head head) throws Malformed {
        String text = head.first("Content-Length");
        if (text == null) {
            return -1;
        }
        long length;
        try {
            length = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new Malformed(400, "Content-Length is not a number: " + text);
        }
        if (length < 0) {
            throw new Malformed(400, "Content-Length out of range: " + text);
        }
        if (length > MAX_BODY) {
            throw new Malformed(413, "a body over " + MAX_BODY + " bytes: Content-Length " + text);
        }
        return length;
    }

    private byte[] readExactly(int length) throws IOException {
        if (length == 0) {
            return NONE;
        }
        int buffered = Math.min(length, limit - position);
        if (buffered == length) {
            byte[] body = new byte[length];
            System.arraycopy(buffer, position, body, 0, length);
            position += length;
            return body;
        }
        // Read the rest straight from the socket, in steps, so that a Content-Length the client
        // does not send in full costs no more memory than what arrived.
        byte[] rest = in.readNBytes(length - buffered);
        if (rest.length != length - buffered) {
            throw new EOFException("the connection ended within a body");
        }
        byte[] body = new byte[length];
        System.arraycopy(buffer, position, body, 0, buffered);
        System.arraycopy(rest, 0, body, buffered, rest.length);
        position = limit;
        return body;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            headBytes = 0; // each framing line is held to the limit of a head, not the whole body
            String sizeLine = readLine(false);
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new Malformed(400, "not a chunk size: " + sizeLine);
            }
            if (size < 0 || body.size() + (long) size > MAX_BODY) {
                throw new Malformed(413, "a chunked body over " + MAX_BODY + " bytes");
            }
            if (size == 0) {
                while (!readLine(false).isEmpty()) {
                    // a trailer field, ignored
                }
                return body.toByteArray();
            }
            body.writeBytes(readExactly(size));
            if (!readLine(false).isEmpty()) {
                throw new Malformed(400, "a chunk not followed by CRLF");
            }
        }
    }

    /**
     * Reads one line, up to LF (a CR before it is dropped), as ISO-8859-1 text.
     *
     * @param startOfRequest whether the end of the connection here is a clean end
     * @return the line, or {@code null} at a clean end
     */
    private String readLine(boolean startOfRequest) throws IOException {
        ByteArrayOutputStream longLine = null;
        while (true) {
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    count(i + 1 - position);
                    String line;
                    if (longLine == null) {
                        line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    } else {
                        longLine.write(buffer, position, i - position);
                        byte[] all = longLine.toByteArray();
                        int length = all.length > 0 && all[all.length - 1] == '\r' ? all.length - 1 : all.length;
                        line = new String(all, 0, length, StandardCharsets.ISO_8859_1);
                    }
                    position = i + 1;
                    return line;
                }
            }
            if (position < limit) {
                if (longLine == null) {
                    longLine = new ByteArrayOutputStream();
                }
                count(limit - position);
                longLine.write(buffer, position, limit - position);
            }
            position = 0;
            limit = in.read(buffer, 0, buffer.length);
            if (limit < 0) {
                limit = 0;
                if (startOfRequest && longLine == null) {
                    return null;
                }
                throw new EOFException("the connection ended within a request head");
            }
        }
    }

    private void count(int bytes) throws Malformed {
        headBytes += bytes;
        if (headBytes > MAX_HEAD_BYTES) {
            throw new Malformed(431, "a request head over " + MAX_HEAD_BYTES + " bytes");
        }
    }
}
