package io.ciscosparkapi.transport.tck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Assertions;

/**
 * Records the requests that reach a route of the conformance servers, for a case to assert on.
 *
 * <pre>{@code
 * RequestRecorder recorder = new RequestRecorder();
 * URI uri = route(recorder.thenRespond(200, "ok"));
 * send(TransportRequest.builder("GET", uri).build()).close();
 * assertEquals("GET", recorder.only().method());
 * }</pre>
 *
 * <p>Thread-safe: handlers may record from any server thread.
 */
public final class RequestRecorder {

    private final ConcurrentLinkedQueue<RecordedRequest> seen = new ConcurrentLinkedQueue<>();

    /**
     * Creates an empty recorder.
     */
    public RequestRecorder() {
    }

    /**
     * Reads the exchange's request, body included, and records it.
     *
     * @param exchange the exchange a handler was given
     * @return what was recorded
     * @throws IOException when the request body cannot be read
     */
    public RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(value -> fields.add(Map.entry(name, value))));
        RecordedRequest recorded = new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                fields, body);
        seen.add(recorded);
        return recorded;
    }

    /**
     * A handler that records each request, then answers with {@code status} and {@code text}.
     *
     * @param status the status to answer with
     * @param text the body to answer with, in UTF-8; empty for none
     * @return the handler
     */
    public HttpHandler thenRespond(int status, String text) {
        return exchange -> {
            record(exchange);
            respond(exchange, status, text);
        };
    }

    /**
     * A handler that records each request, then answers {@code 200} with the request's own body
     * and content type.
     *
     * @return the handler
     */
    public HttpHandler thenEcho() {
        return exchange -> {
            byte[] body = record(exchange).body();
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType != null) {
                exchange.getResponseHeaders().add("Content-Type", contentType);
            }
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /**
     * Every request recorded so far, in the order they arrived.
     *
     * @return the requests
     */
    public List<RecordedRequest> requests() {
        return List.copyOf(seen);
    }

    /**
     * The one request recorded, failing the case when there were none or several.
     *
     * @return the request
     */
    public RecordedRequest only() {
        List<RecordedRequest> all = requests();
        if (all.size() != 1) {
            Assertions.fail("one execute must reach the server exactly once, but the server saw " + all.size()
                    + " requests. Typical cause: " + (all.isEmpty()
                            ? "the request was never sent, or went to another host"
                            : "the transport (or its HTTP client) resends requests on its own"));
        }
        return all.get(0);
    }

    /**
     * Answers an exchange with a status and a UTF-8 text body, and closes it.
     *
     * @param exchange the exchange
     * @param status the status
     * @param text the body; empty for none
     * @throws IOException when the answer cannot be written
     */
    public static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
