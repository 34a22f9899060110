package io.ciscosparkapi.testkit.internal.frontend;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes HTTP/1.1 responses onto one connection: the status line, the response's header fields
 * as the fake set them, {@code Date}, {@code Content-Length} (none for 1xx, 204 and 304, and for
 * {@code HEAD} only what the fake set), and the body, in one write when they fit in one buffer.
 * Not thread-safe: one connection, one thread.
 */
final class ResponseWriter {

    /** Head and body are sent in one write up to this size; above it the body follows the head. */
    private static final int ONE_WRITE = 64 * 1024;

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** The {@code Date} line of the current second, shared by every connection. */
    private static volatile DateLine date = new DateLine(-1, new byte[0]);

    private record DateLine(long second, byte[] bytes) {
    }

    private final OutputStream out;
    private byte[] buffer = new byte[8 * 1024];
    private int size;

    ResponseWriter(OutputStream out) {
        this.out = out;
    }

    /** What becomes of the connection after an answer, and the {@code Connection} field that says so. */
    enum Connection {
        /** Kept open, as HTTP/1.1 does unless told otherwise: no field. */
        KEEP_ALIVE,
        /** Kept open for an HTTP/1.0 client that asked for it: {@code Connection: keep-alive}. */
        KEEP_ALIVE_1_0,
        /** Closed after the answer: {@code Connection: close}. */
        CLOSE
    }

    /**
     * Writes one of the fake's answers.
     *
     * @param response the answer
     * @param head whether the request was {@code HEAD}: no body is written
     * @param after what becomes of the connection after it
     * @throws IOException when the connection fails
     */
    void write(ApiResponse response, boolean head, Connection after) throws IOException {
        int status = response.status();
        byte[] body = response.body();
        boolean bodyless = head || status < 200 || status == 204 || status == 304;
        size = 0;
        statusLine(status);
        for (Map.Entry<String, List<String>> field : response.headers().toMap().entrySet()) {
            if (!bodyless && field.getKey().equalsIgnoreCase("Content-Length")) {
                continue; // the length written below is the body's
            }
            for (String value : field.getValue()) {
                header(field.getKey(), value);
            }
        }
        dateLine();
        if (!bodyless) {
            header("Content-Length", Integer.toString(body.length));
        }
        if (after == Connection.CLOSE) {
            header("Connection", "close");
        } else if (after == Connection.KEEP_ALIVE_1_0) {
            header("Connection", "keep-alive");
        }
        ascii("\r\n");
        if (bodyless || body.length == 0) {
            flush();
        } else if (size + body.length <= ONE_WRITE) {
            append(body, 0, body.length);
            flush();
        } else {
            flush();
            out.write(body);
            out.flush();
        }
    }

    /**
     * Writes {@code 100 Continue}, the interim answer to {@code Expect: 100-continue}.
     *
     * @throws IOException when the connection fails
     */
    void continueInterim() throws IOException {
        size = 0;
        statusLine(100);
        ascii("\r\n");
        flush();
    }

    /**
     * Writes the answer to a request that could not be read, then the connection is closed.
     *
     * @param status e.g. 400
     * @param why what was wrong
     * @throws IOException when the connection fails
     */
    void refusal(int status, String why) throws IOException {
        byte[] body = (status + reason(status) + ": " + why + "\n").getBytes(StandardCharsets.UTF_8);
        size = 0;
        statusLine(status);
        header("Content-Type", "text/plain;charset=UTF-8");
        dateLine();
        header("Content-Length", Integer.toString(body.length));
        header("Connection", "close");
        ascii("\r\n");
        append(body, 0, body.length);
        flush();
    }

    private void statusLine(int status) {
        ascii("HTTP/1.1 ");
        ascii(Integer.toString(status));
        ascii(reason(status));
        ascii("\r\n");
    }

    private void header(String name, String value) {
        ascii(name);
        ascii(": ");
        ascii(value);
        ascii("\r\n");
    }

    private void dateLine() {
        long second = System.currentTimeMillis() / 1000;
        DateLine line = date;
        if (line.second() != second) {
            line = new DateLine(second, ("Date: " + HTTP_DATE.format(Instant.ofEpochSecond(second)) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            date = line;
        }
        append(line.bytes(), 0, line.bytes().length);
    }

    /** Header text is ISO-8859-1, as HTTP/1.1 reads it; the fake only sets ASCII. */
    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
    }

    private void append(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void flush() throws IOException {
        out.write(buffer, 0, size);
        out.flush();
        if (buffer.length > ONE_WRITE) {
            buffer = new byte[8 * 1024]; // a large body passed through: do not keep its room
        }
        size = 0;
    }

    /** The reason phrase, with its leading space, of a status the fake answers (RFC 9110 §15). */
    static String reason(int status) {
        return switch (status) {
            case 100 -> " Continue";
            case 200 -> " OK";
            case 201 -> " Created";
            case 202 -> " Accepted";
            case 204 -> " No Content";
            case 301 -> " Moved Permanently";
            case 302 -> " Found";
            case 304 -> " Not Modified";
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 405 -> " Method Not Allowed";
            case 409 -> " Conflict";
            case 410 -> " Gone";
            case 413 -> " Content Too Large";
            case 415 -> " Unsupported Media Type";
            case 423 -> " Locked";
            case 428 -> " Precondition Required";
            case 429 -> " Too Many Requests";
            case 431 -> " Request Header Fields Too Large";
            case 500 -> " Internal Server Error";
            case 501 -> " Not Implemented";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            case 505 -> " HTTP Version Not Supported";
            default -> " ";
        };
    }
}
