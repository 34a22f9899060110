package io.ciscosparkapi.transport.tck;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An HTTP proxy on the loopback interface that records what it receives: plain {@code http}
 * requests in absolute form, which it forwards, and {@code CONNECT} requests, for which it opens a
 * tunnel to the named host and port (where the suite's TLS server answers).
 *
 * <p>Once told to {@link #requireBasic(String, String) require credentials}, it answers any
 * request without exactly those in {@code Proxy-Authorization} with
 * {@code 407 Proxy Authentication Required} and a Basic challenge, on a connection it keeps open
 * for the next attempt. It forwards requests with {@code Connection: close}, one per connection,
 * and never forwards the {@code Proxy-Authorization} field.
 *
 * <pre>{@code
 * ConformanceProxy proxy = proxy().requireBasic("alice", "s3cret");
 * Transport proxied = createTransport(options().proxy(proxy.address())
 *         .proxyCredentials("alice", "s3cret".toCharArray()).build());
 * proxied.execute(TransportRequest.builder("GET", route(...)).build()).close();
 * assertEquals("GET", proxy.requests().get(0).method());
 * }</pre>
 *
 * <p>Thread-safe; each client connection is served on a thread of its own.
 */
public final class ConformanceProxy implements AutoCloseable {

    /** The realm of the proxy's Basic challenge. */
    public static final String REALM = "conformance-proxy";

    private static final Set<String> HOP_BY_HOP = Set.of(
            "connection", "keep-alive", "proxy-authorization", "proxy-connection", "te", "upgrade");

    private final RawServer server;
    private final ConcurrentLinkedQueue<RecordedRequest> received = new ConcurrentLinkedQueue<>();
    private volatile String expectedAuthorization;

    private ConformanceProxy() throws IOException {
        this.server = RawServer.start(this::serve);
    }

    /**
     * Starts a proxy on a free port of {@code 127.0.0.1}, requiring no credentials.
     *
     * @return the running proxy, which the caller closes
     * @throws IOException when no port can be bound
     */
    public static ConformanceProxy start() throws IOException {
        return new ConformanceProxy();
    }

    /**
     * From now on, answers {@code 407} to every request whose {@code Proxy-Authorization} is not
     * Basic with exactly this user name and password.
     *
     * @param user the user name
     * @param password the password
     * @return this proxy
     */
    public ConformanceProxy requireBasic(String user, String password) {
        expectedAuthorization = basic(user, password);
        return this;
    }

    /**
     * The value of {@code Proxy-Authorization} that carries these credentials.
     *
     * @param user the user name
     * @param password the password
     * @return e.g. {@code Basic YWxpY2U6czNjcmV0}
     */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The proxy's address, for {@code TransportOptions.Builder.proxy(InetSocketAddress)}.
     *
     * @return {@code 127.0.0.1} and the proxy's port
     */
    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", server.port());
    }

    /**
     * Every request the proxy received, in order, including those it answered with {@code 407};
     * bodies are not recorded.
     *
     * @return the requests
     */
    public List<RecordedRequest> requests() {
        return List.copyOf(received);
    }

    /**
     * Every value of {@code Proxy-Authorization} the proxy received, on any request.
     *
     * @return the values, in order
     */
    public List<String> proxyAuthorizations() {
        List<String> values = new ArrayList<>();
        received.forEach(request -> values.addAll(request.headers("Proxy-Authorization")));
        return values;
    }

    /**
     * How many connections clients opened to the proxy.
     *
     * @return the count
     */
    public int connections() {
        return server.connections();
    }

    /**
     * Stops the proxy and closes every connection and tunnel still open.
     *
     * @throws IOException when the listener fails to close
     */
    @Override
    public void close() throws IOException {
        server.close();
    }

    private void serve(Socket client) throws IOException {
        InputStream in = new BufferedInputStream(client.getInputStream());
        OutputStream out = client.getOutputStream();
        while (true) {
            RecordedRequest head = RawServer.readRequestHead(in);
            if (head == null) {
                return;
            }
            received.add(head);
            String expected = expectedAuthorization;
            if (expected != null && !expected.equals(head.first("Proxy-Authorization"))) {
                boolean waitsForContinue = "100-continue".equalsIgnoreCase(head.first("Expect"));
                if (!waitsForContinue) {
                    RawServer.readBody(in, head);
                }
                write(out, "HTTP/1.1 407 Proxy Authentication Required\r\n"
                        + "Proxy-Authenticate: Basic realm=\"" + REALM + "\"\r\n"
                        + "Content-Type: text/plain\r\nContent-Length: 19\r\n"
                        + (waitsForContinue ? "Connection: close\r\n" : "")
                        + "\r\nproxy login needed\n");
                if (waitsForContinue) {
                    return;
                }
                continue;
            }
            if (head.method().equals("CONNECT")) {
                tunnel(client, in, out, head);
            } else {
                forward(client, in, out, head);
            }
            return;
        }
    }

    private static void tunnel(Socket client, InputStream in, OutputStream out, RecordedRequest head) throws IOException {
        int colon = head.target().lastIndexOf(':');
        String host = head.target().substring(0, colon);
        int port = Integer.parseInt(head.target().substring(colon + 1));
        try (Socket origin = new Socket(Proxy.NO_PROXY)) {
            origin.connect(new InetSocketAddress(host, port), 5_000);
            write(out, "HTTP/1.1 200 Connection established\r\n\r\n");
            pipe(in, origin, "conformance-proxy-tunnel-up");
            origin.getInputStream().transferTo(out);
        } finally {
            client.close();
        }
    }

    private static void forward(Socket client, InputStream in, OutputStream out, RecordedRequest head) throws IOException {
        URI target = URI.create(head.target());
        if (!"http".equalsIgnoreCase(target.getScheme()) || target.getHost() == null) {
            write(out, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return;
        }
        int port = target.getPort() < 0 ? 80 : target.getPort();
        try (Socket origin = new Socket(Proxy.NO_PROXY)) {
            origin.connect(new InetSocketAddress(target.getHost(), port), 5_000);
            origin.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder();
            String originForm = (target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath())
                    + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            request.append(head.method()).append(' ').append(originForm).append(" HTTP/1.1\r\n");
            for (Map.Entry<String, String> field : head.fields()) {
                if (!HOP_BY_HOP.contains(field.getKey().toLowerCase(Locale.ROOT))) {
                    request.append(field.getKey()).append(": ").append(field.getValue()).append("\r\n");
                }
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream toOrigin = origin.getOutputStream();
            toOrigin.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            toOrigin.flush();
            pipe(in, origin, "conformance-proxy-request-body");

            InputStream fromOrigin = new BufferedInputStream(origin.getInputStream());
            StringBuilder responseHead = new StringBuilder();
            String line = readLine(fromOrigin);
            while (line.startsWith("HTTP/1.1 1") && !line.startsWith("HTTP/1.1 101")) {
                // An interim answer (100 Continue) is passed on as it is.
                responseHead.append(line).append("\r\n");
                for (String field; !(field = readLine(fromOrigin)).isEmpty(); ) {
                    responseHead.append(field).append("\r\n");
                }
                responseHead.append("\r\n");
                line = readLine(fromOrigin);
            }
            responseHead.append(line).append("\r\n");
            for (String field; !(field = readLine(fromOrigin)).isEmpty(); ) {
                String name = field.substring(0, Math.max(0, field.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
                if (!name.equals("connection") && !name.equals("keep-alive")) {
                    responseHead.append(field).append("\r\n");
                }
            }
            responseHead.append("Connection: close\r\n\r\n");
            write(out, responseHead.toString());
            fromOrigin.transferTo(out);
            out.flush();
        } finally {
            client.close();
        }
    }

    /**
     * Copies what the client sends next to the origin, on a thread of its own, until either side
     * closes; a client that goes away takes the origin connection with it.
     */
    private static void pipe(InputStream fromClient, Socket origin, String name) {
        Thread thread = new Thread(() -> {
            try {
                fromClient.transferTo(origin.getOutputStream());
                origin.shutdownOutput();
            } catch (IOException closed) {
                // One side went away: so does the other, which ends the copy the other way.
                try {
                    origin.close();
                } catch (IOException ignored) {
                    // Closing is best effort.
                }
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("the origin closed the connection inside its response head");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
