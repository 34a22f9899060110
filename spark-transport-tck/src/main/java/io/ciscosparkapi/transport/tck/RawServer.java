package io.ciscosparkapi.transport.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on a plain loopback socket, for exchanges an HTTP server library will not produce:
 * answers that stall, trickle, come early or break the protocol, a listener that never speaks
 * TLS, a count of the connections a transport opens.
 *
 * <p>Each accepted connection is handed to the {@link ConnectionHandler} on a thread of its own,
 * and closed when the handler returns. {@link #readRequest(InputStream)} and
 * {@link #readRequestHead(InputStream)} parse what a client sends. Thread-safe.
 */
public final class RawServer implements AutoCloseable {

    /** What the server does with one accepted connection. */
    @FunctionalInterface
    public interface ConnectionHandler {
        /**
         * Talks to one client; the socket is closed when this returns.
         *
         * @param socket the accepted connection
         * @throws IOException when the connection fails; the connection is then closed
         */
        void handle(Socket socket) throws IOException;
    }

    private static final int MAX_HEAD = 65_536;

    private final ServerSocket listener;
    private final ConnectionHandler handler;
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private RawServer(ConnectionHandler handler) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1}));
        this.handler = handler;
        Thread acceptor = new Thread(this::accept, "conformance-raw-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Starts a server on a free port of {@code 127.0.0.1}.
     *
     * @param handler what to do with each connection
     * @return the running server, which the caller closes
     * @throws IOException when no port can be bound
     */
    public static RawServer start(ConnectionHandler handler) throws IOException {
        return new RawServer(handler);
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return listener.getLocalPort();
    }

    /**
     * An {@code http} URI of this server.
     *
     * @param path the path, starting with {@code /}
     * @return e.g. {@code http://127.0.0.1:40123/raw}
     */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /**
     * How many connections the server has accepted so far.
     *
     * @return the count
     */
    public int connections() {
        return connections.get();
    }

    /**
     * Stops accepting and closes every connection still open.
     *
     * @throws IOException when the listener fails to close
     */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            connections.incrementAndGet();
            open.add(socket);
            Thread worker = new Thread(() -> {
                try {
                    handler.handle(socket);
                } catch (IOException | RuntimeException brokenOrGone) {
                    // The client went away, or the server was closed under the handler.
                } finally {
                    open.remove(socket);
                    closeQuietly(socket);
                }
            }, "conformance-raw-connection-" + port());
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * Reads one request's line and header fields, leaving its body unread. Give it a buffered
     * stream (a {@link java.io.BufferedInputStream} over the socket's) and keep reading the rest
     * of the connection from that same stream.
     *
     * @param in the client's stream
     * @return the request, with an empty body; {@code null} when the client closed the
     *     connection before sending a request
     * @throws IOException when the stream fails or the head is not HTTP/1.1
     */
    public static RecordedRequest readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new IOException("the connection ended inside a request head");
            }
            if (head.size() == 0 && (b == '\r' || b == '\n')) {
                continue; // a stray line break between requests
            }
            head.write(b);
            if (head.size() > MAX_HEAD) {
                throw new IOException("a request head longer than " + MAX_HEAD + " bytes");
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x request line: " + lines[0]);
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.add(Map.entry(lines[i].substring(0, colon), lines[i].substring(colon + 1).trim()));
            }
        }
        return new RecordedRequest(requestLine[0], requestLine[1], fields, new byte[0]);
    }

    /**
     * Reads one whole request: its head, then its body as its {@code Content-Length} or chunked
     * coding frames it.
     *
     * @param in the client's stream
     * @return the request; {@code null} when the client closed the connection before sending one
     * @throws IOException when the stream fails or the request is malformed
     */
    public static RecordedRequest readRequest(InputStream in) throws IOException {
        RecordedRequest head = readRequestHead(in);
        if (head == null) {
            return null;
        }
        return new RecordedRequest(head.method(), head.target(), head.fields(), readBody(in, head));
    }

    /**
     * Reads the body of a request whose head was read, as its {@code Content-Length} or chunked
     * coding frames it.
     *
     * @param in the client's stream, just after the head
     * @param head the request's head
     * @return the body; empty when the head announces none
     * @throws IOException when the stream fails or the framing is malformed
     */
    public static byte[] readBody(InputStream in, RecordedRequest head) throws IOException {
        String coding = head.first("Transfer-Encoding");
        if (coding != null && coding.toLowerCase(Locale.ROOT).contains("chunked")) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine(in);
                int semicolon = sizeLine.indexOf(';');
                int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
                if (size == 0) {
                    while (!readLine(in).isEmpty()) {
                        // trailer fields, ignored
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                readLine(in);
            }
        }
        String length = head.first("Content-Length");
        if (length == null) {
            return new byte[0];
        }
        int size = Integer.parseInt(length.trim());
        byte[] body = in.readNBytes(size);
        if (body.length < size) {
            throw new IOException("the connection ended inside a request body");
        }
        return body;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("the connection ended inside a chunked body");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing is best effort.
        }
    }
}
