package io.ciscosparkapi.testkit.internal.frontend;

import io.ciscosparkapi.testkit.internal.api.Dispatcher;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * Serves the {@link Dispatcher} over HTTP/1.1, plain or over TLS: a blocking server socket, one
 * thread accepting, and one pooled thread per open connection, which reads its requests in
 * turn (keep-alive, {@code Content-Length} or chunked bodies, {@code Expect: 100-continue}) and
 * writes each answer's head and body in one write.
 *
 * <p>The accepting thread is not a daemon: like the JDK's own server, a fake that serves keeps
 * its process alive until it is closed.
 */
public final class HttpFrontend implements AutoCloseable {

    /** How many connections may wait to be accepted. */
    private static final int BACKLOG = 256;

    private final ServerSocket listener;
    private final Dispatcher dispatcher;
    private final URI baseUrl;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService connections;
    private final Thread acceptor;
    private volatile boolean closed;

    private HttpFrontend(ServerSocket listener, Dispatcher dispatcher, URI baseUrl) {
        this.listener = listener;
        this.dispatcher = dispatcher;
        this.baseUrl = baseUrl;
        int port = listener.getLocalPort();
        AtomicInteger count = new AtomicInteger();
        this.connections = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "fake-spark-http-" + port + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::accept, "fake-spark-http-" + port + "-accept");
    }

    /**
     * Starts a server over plain HTTP.
     *
     * @param dispatcher answers the requests
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @param port the port, 0 for a free one
     * @return the running server
     * @throws PortInUseException when another server listens on the port
     * @throws IOException when the address cannot be bound; the message says why
     */
    public static HttpFrontend start(Dispatcher dispatcher, String host, int port) throws IOException {
        return start(dispatcher, host, port, null);
    }

    /**
     * Starts a server over HTTPS (TLS, HTTP/1.1).
     *
     * @param dispatcher answers the requests
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @param port the port, 0 for a free one
     * @param tls the server's certificate and key
     * @return the running server
     * @throws PortInUseException when another server listens on the port
     * @throws IOException when the address cannot be bound; the message says why
     */
    public static HttpFrontend startHttps(Dispatcher dispatcher, String host, int port, SSLContext tls)
            throws IOException {
        return start(dispatcher, host, port, tls);
    }

    private static HttpFrontend start(Dispatcher dispatcher, String host, int port, SSLContext tls) throws IOException {
        ServerSocket listener = bind(host, port, tls);
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        URI base = URI.create((tls == null ? "http" : "https") + "://" + shownHost + ":" + listener.getLocalPort()
                + "/v1/");
        HttpFrontend frontend = new HttpFrontend(listener, dispatcher, base);
        frontend.acceptor.start();
        return frontend;
    }

    /**
     * Creates a server socket bound to the address, with errors that say what went wrong.
     *
     * @throws PortInUseException when another server listens on the port
     * @throws IOException when the host is unknown or not an address of this machine
     */
    private static ServerSocket bind(String host, int port, SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException("cannot serve on " + host + ":" + port + ": unknown host " + host);
        }
        ServerSocket listener = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        try {
            listener.bind(address, BACKLOG);
            return listener;
        } catch (BindException e) {
            listener.close();
            String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (port != 0 && why.contains("in use")) {
                throw new PortInUseException(host, port, e);
            }
            BindException clear = new BindException("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + (why.contains("assign") ? " (" + host + " is not an address of this machine)" : ""));
            clear.initCause(e);
            throw clear;
        } catch (IOException | RuntimeException e) {
            listener.close();
            throw e;
        }
    }

    /**
     * The base URL, e.g. {@code http://127.0.0.1:41234/v1/}.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return baseUrl;
    }

    private void accept() {
        int failures = 0;
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
                failures = 0;
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // One failed accept (the client gave up at once) ends nothing else; failures in a
                // row (no file descriptors left) wait a little longer each time instead of spinning.
                failures++;
                if (failures > 1 && !pause(Math.min(100, 5L * failures))) {
                    return;
                }
                continue;
            }
            open.add(socket);
            try {
                connections.execute(new HttpConnection(socket, dispatcher, () -> open.remove(socket)));
            } catch (RuntimeException e) {
                open.remove(socket);
                closeQuietly(socket);
            }
            if (closed) {
                closeQuietly(socket);
            }
        }
    }

    /** Sleeps on the accepting thread; false when it was interrupted (the front end is closing). */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all that was wanted
        }
    }

    /** Stops the server at once: no new connection is accepted and every open one is closed. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            // the port is released all the same
        }
        open.forEach(HttpFrontend::closeQuietly);
        connections.shutdownNow();
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
