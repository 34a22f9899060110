package io.ciscosparkapi.testkit.internal.frontend;

import io.ciscosparkapi.testkit.internal.api.Dispatcher;
import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.DropConnection;
import io.ciscosparkapi.transport.Headers;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import javax.net.ssl.SSLSocket;

/**
 * One client connection: its requests, one after the other (keep-alive), each handed to the
 * {@link Dispatcher} and its answer written back, until the client closes, a request asks to
 * close, the connection idles too long, or a fault drops it.
 */
final class HttpConnection implements Runnable {

    /** How long a kept-alive connection may idle before the server closes it. */
    static final int IDLE_MILLIS = 30_000;

    private final Socket socket;
    private final Dispatcher dispatcher;
    private final String scheme;
    private final Runnable onClose;

    /**
     * Creates the connection's task.
     *
     * @param socket the accepted socket (an {@link SSLSocket} for HTTPS)
     * @param dispatcher answers the requests
     * @param onClose told when the connection is closed
     */
    HttpConnection(Socket socket, Dispatcher dispatcher, Runnable onClose) {
        this.socket = socket;
        this.dispatcher = dispatcher;
        this.scheme = socket instanceof SSLSocket ? "https" : "http";
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(IDLE_MILLIS);
            if (socket instanceof SSLSocket tls) {
                tls.startHandshake();
            }
            serve(new RequestReader(socket.getInputStream()), new ResponseWriter(socket.getOutputStream()));
        } catch (IOException | RuntimeException e) {
            // the client went away, did not trust us, or idled: the connection simply ends
        } finally {
            onClose.run();
        }
    }

    private void serve(RequestReader reader, ResponseWriter writer) throws IOException {
        while (!Thread.currentThread().isInterrupted()) {
            RequestReader.Head head;
            ApiRequest request;
            try {
                head = reader.readHead();
                if (head == null) {
                    return;
                }
                reader.admit(head); // a body too large is refused before the client sends it
                // An HTTP/1.0 client gets no interim answer (RFC 9110, 10.1.1): it sends the body anyway.
                if (head.hasBody() && !head.http10() && "100-continue".equalsIgnoreCase(head.first("Expect"))) {
                    writer.continueInterim();
                }
                request = new ApiRequest(head.method(), uri(head), headers(head), reader.readBody(head));
            } catch (RequestReader.Malformed e) {
                writer.refusal(e.status(), e.getMessage());
                return;
            }
            ApiResponse response;
            try {
                response = dispatcher.handle(request);
            } catch (DropConnection e) {
                return; // closing the socket without a response is the fault
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            boolean keepAlive = head.keepAlive();
            ResponseWriter.Connection after = !keepAlive ? ResponseWriter.Connection.CLOSE
                    : head.http10() ? ResponseWriter.Connection.KEEP_ALIVE_1_0 : ResponseWriter.Connection.KEEP_ALIVE;
            writer.write(response, head.method().equals("HEAD"), after);
            if (!keepAlive) {
                return;
            }
        }
    }

    /** The header fields as the SPI holds them; one it cannot represent is left out. */
    private static Headers headers(RequestReader.Head head) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < head.names().size(); i++) {
            try {
                headers.add(head.names().get(i), head.values().get(i));
            } catch (IllegalArgumentException ignored) {
                // a header the SPI cannot represent is left out
            }
        }
        return headers.build();
    }

    /**
     * The absolute request URI: this connection's scheme, the {@code Host} the client named (else
     * the local address, or {@code localhost} when the named host cannot be part of a URI), and the
     * target's path and query.
     */
    private URI uri(RequestReader.Head head) throws RequestReader.Malformed {
        String target = head.target();
        String host = head.first("Host");
        if (host == null || host.isBlank()) {
            String address = socket.getLocalAddress().getHostAddress();
            host = (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + socket.getLocalPort();
        }
        if (target.startsWith("/")) {
            try {
                URI uri = new URI(scheme + "://" + host + target);
                return uri.getRawFragment() == null ? uri : withPathAndQuery(scheme + "://" + host, uri);
            } catch (URISyntaxException e) {
                // the target or the host is not valid in a URI: which, the target's own parse says
            }
        }
        URI parsed;
        try {
            parsed = new URI(target);
        } catch (URISyntaxException e) {
            throw new RequestReader.Malformed(400, "not a request target: " + target);
        }
        try {
            return withPathAndQuery(scheme + "://" + host, parsed);
        } catch (IllegalArgumentException e) {
            return URI.create(scheme + "://localhost" + (parsed.getRawPath() == null ? "" : parsed.getRawPath()));
        }
    }

    private static URI withPathAndQuery(String origin, URI target) {
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        return URI.create(origin + path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }
}
