package io.ciscosparkapi;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test support: an HTTP/1.1 server on 127.0.0.1 that answers each request with whatever bytes a
 * test scripts, so it can misbehave in ways a well-behaved server library will not: cut a body
 * short, declare one length and send another, send a status line that is not HTTP, hang.
 */
final class ScriptedServer implements AutoCloseable {

    /** What the server received. */
    record Received(int number, String method, String target, Map<String, String> headers, byte[] body) {
    }

    /** Answers one request by writing raw bytes; returns whether the connection may serve another. */
    @FunctionalInterface
    interface Script {
        boolean answer(Received request, OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final Script script;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    ScriptedServer(Script script) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        this.script = script;
        Thread acceptor = new Thread(this::accept, "scripted-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The base URL, ending in {@code /v1/}. */
    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/v1/";
    }

    /** Every request received so far, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread handler = new Thread(() -> serve(connection), "scripted-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
             OutputStream out = new BufferedOutputStream(connection.getOutputStream())) {
            while (true) {
                Received request = read(in);
                if (request == null) {
                    return;
                }
                received.add(request);
                boolean keepOpen = script.answer(request, out);
                out.flush();
                if (!keepOpen) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away, or the script cut the connection: nothing more to serve
        }
    }

    private Received read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last = 0;
        while (last != 0x0d0a0d0a) { // the blank line after the headers: CR LF CR LF
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            last = (last << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] start = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = new byte[0];
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        }
        return new Received(count.incrementAndGet(), start[0], start[1], headers, body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    return body.toByteArray();
                }
                if (b != '\r') {
                    size.append((char) b);
                }
            }
            int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            body.write(in.readNBytes(n));
            in.readNBytes(2);
            if (n == 0) {
                return body.toByteArray();
            }
        }
    }

    /**
     * Writes a whole answer with a JSON body.
     *
     * @param out where to
     * @param status the status
     * @param json the body
     * @param headers extra header lines, e.g. {@code "Link: <...>; rel=\"next\""}
     */
    static void json(OutputStream out, int status, String json, String... headers) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        head(out, status, body.length, headers);
        out.write(body);
    }

    /**
     * Writes a status line and headers, with {@code Content-Length} when {@code length} is not negative.
     */
    static void head(OutputStream out, int status, long length, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" Scripted\r\n")
                .append("Content-Type: application/json\r\n");
        if (length >= 0) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
