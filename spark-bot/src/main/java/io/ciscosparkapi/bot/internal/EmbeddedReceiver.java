package io.ciscosparkapi.bot.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * An HTTP (or HTTPS) server on {@code jdk.httpserver} that takes POSTs on every path, reads each body under a size
 * cap, hands the headers and body to a {@link Sink} and answers with the status the sink gives.
 *
 * <p>Each exchange runs on a {@link DeadlineExecutor}: a request (TLS handshake, request line, headers and body)
 * that has not been read and answered within the read timeout has its connection closed. A body declared or found
 * larger than the cap is answered 413 without being read further, and any other method than POST 405. Thread-safe.
 */
public final class EmbeddedReceiver implements AutoCloseable {

    /** Threads that read requests; a request holds one only until the read timeout. */
    static final int THREADS = 4;
    /** Connections that may wait for a reading thread; beyond that a new request's connection is closed. */
    static final int QUEUE = 256;

    /** Receives one request that was read in full. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Handles one request.
         *
         * @param header looks a request header up by name, case-insensitively; {@code null} when absent
         * @param body the body as received, at most the cap long
         * @return the HTTP status to answer
         */
        int receive(Function<String, String> header, byte[] body);
    }

    private final HttpServer server;
    private final DeadlineExecutor executor;

    private EmbeddedReceiver(HttpServer server, DeadlineExecutor executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts a receiver.
     *
     * @param address where to listen; port 0 picks a free one
     * @param tls serves HTTPS with this context; {@code null} for plain HTTP
     * @param maxBodyBytes the largest body read
     * @param readTimeout how long one request may take to arrive and be answered
     * @param sink handles the requests
     * @return the running receiver
     * @throws UncheckedIOException when the address cannot be bound; the message names it
     */
    public static EmbeddedReceiver start(InetSocketAddress address, SSLContext tls, int maxBodyBytes,
            Duration readTimeout, Sink sink) {
        HttpServer server;
        try {
            if (tls == null) {
                server = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (BindException e) {
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage()
                    + " (is the port already in use?)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address + ": " + e.getMessage(), e);
        }
        DeadlineExecutor executor = new DeadlineExecutor("spark-bot-receiver", THREADS, QUEUE, readTimeout);
        server.setExecutor(executor);
        server.createContext("/", exchange -> exchange(exchange, maxBodyBytes, sink));
        server.start();
        return new EmbeddedReceiver(server, executor);
    }

    private static void exchange(HttpExchange exchange, int maxBodyBytes, Sink sink) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            if (declaredLength(exchange) > maxBodyBytes) {
                tooLarge(exchange);
                return;
            }
            byte[] body = exchange.getRequestBody().readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                tooLarge(exchange);
                return;
            }
            int status = sink.receive(name -> exchange.getRequestHeaders().getFirst(name), body);
            exchange.sendResponseHeaders(status, -1);
        } finally {
            exchange.close();
        }
    }

    private static long declaredLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void tooLarge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(413, -1);
    }

    /**
     * The address the receiver listens on, with the port it got.
     *
     * @return the bound address
     */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops listening at once and closes the connections; requests being read are dropped. */
    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
