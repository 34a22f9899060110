package io.ciscosparkapi.testkit.internal.frontend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import io.ciscosparkapi.testkit.internal.api.Dispatcher;
import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.DropConnection;
import io.ciscosparkapi.transport.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;

/** Serves the {@link Dispatcher} over HTTP/1.1, plain or over TLS, with the JDK's built-in server. */
public final class HttpFrontend implements AutoCloseable {

    private final HttpServer server;
    private final URI baseUrl;

    private HttpFrontend(HttpServer server, URI baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
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
        // Without this, Java 17 stalls every exchange about 40 ms (Nagle + delayed ACK).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = bind(host, port, tls);
        server.createContext("/", exchange -> serve(dispatcher, exchange));
        server.start();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        URI base = URI.create((tls == null ? "http" : "https") + "://" + shownHost + ":" + server.getAddress().getPort()
                + "/v1/");
        return new HttpFrontend(server, base);
    }

    /**
     * Creates a server bound to the address, with errors that say what went wrong.
     *
     * @throws PortInUseException when another server listens on the port
     * @throws IOException when the host is unknown or not an address of this machine
     */
    private static HttpServer bind(String host, int port, SSLContext tls) throws IOException {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new UnknownHostException("cannot serve on " + host + ":" + port + ": unknown host " + host);
        }
        try {
            if (tls == null) {
                return HttpServer.create(address, 0);
            }
            HttpsServer server = HttpsServer.create(address, 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return server;
        } catch (BindException e) {
            String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (port != 0 && why.contains("in use")) {
                throw new PortInUseException(host, port, e);
            }
            BindException clear = new BindException("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + (why.contains("assign") ? " (" + host + " is not an address of this machine)" : ""));
            clear.initCause(e);
            throw clear;
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

    private static void serve(Dispatcher dispatcher, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Headers.Builder headers = Headers.builder();
            for (Map.Entry<String, List<String>> e : exchange.getRequestHeaders().entrySet()) {
                for (String v : e.getValue()) {
                    try {
                        headers.add(e.getKey(), v);
                    } catch (IllegalArgumentException ignored) {
                        // a header the SPI cannot represent is left out
                    }
                }
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || host.isBlank()) {
                InetSocketAddress local = exchange.getLocalAddress();
                host = local.getHostString() + ":" + local.getPort();
            }
            String scheme = exchange instanceof HttpsExchange ? "https" : "http";
            URI raw = exchange.getRequestURI();
            URI uri;
            try {
                uri = URI.create(scheme + "://" + host + raw.getRawPath()
                        + (raw.getRawQuery() == null ? "" : "?" + raw.getRawQuery()));
            } catch (IllegalArgumentException e) {
                uri = URI.create(scheme + "://localhost" + raw.getRawPath());
            }
            String method = exchange.getRequestMethod();
            ApiResponse response;
            try {
                response = dispatcher.handle(new ApiRequest(method, uri, headers.build(), body));
            } catch (DropConnection e) {
                return; // closing the exchange before any response closes the socket
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            response.headers().toMap().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
            byte[] out = response.body();
            if (out.length == 0 || method.equals("HEAD")) {
                exchange.sendResponseHeaders(response.status(), -1);
            } else {
                exchange.sendResponseHeaders(response.status(), out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
