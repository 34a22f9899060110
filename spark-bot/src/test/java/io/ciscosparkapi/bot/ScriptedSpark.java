package io.ciscosparkapi.bot;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that answers fixed JSON on fixed paths, for the endpoints the fake Spark does not serve yet;
 * it records every request. Unknown paths are answered 404.
 */
final class ScriptedSpark implements AutoCloseable {

    /** One request it received: {@code "POST /v1/messages"} and the body. */
    record Request(String line, String body) {
    }

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    ScriptedSpark() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String line = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            requests.add(new Request(line, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            String json = answers.get(line);
            byte[] bytes = (json == null ? "{\"message\":\"not found\"}" : json).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(json == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    /** Answers {@code "GET /v1/people/me"} (say) with this JSON from now on. */
    ScriptedSpark answer(String line, String json) {
        answers.put(line, json);
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
