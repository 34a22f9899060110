package io.ciscosparkapi.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** A tiny raw HTTP client for the tests: every call is plain java.net.http. */
final class Http {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A response. */
    record Resp(int status, HttpHeaders headers, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(bytes);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String str(String field) {
            JsonNode n = json().get(field);
            return n == null || n.isNull() ? null : n.asString();
        }

        String id() {
            return str("id");
        }

        List<JsonNode> items() {
            List<JsonNode> out = new ArrayList<>();
            json().get("items").forEach(out::add);
            return out;
        }

        List<String> itemIds() {
            return items().stream().map(n -> n.get("id").asString()).toList();
        }

        /** The next link target, or null. */
        String next() {
            String link = header("Link");
            if (link == null) {
                return null;
            }
            for (String part : link.split(",")) {
                if (part.contains("rel=\"next\"")) {
                    return part.substring(part.indexOf('<') + 1, part.indexOf('>'));
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    final URI base;

    Http(URI base) {
        this.base = base;
    }

    URI resolve(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : base.resolve(pathOrUrl);
    }

    Resp get(String token, String path) {
        return send("GET", token, path, null, null);
    }

    Resp delete(String token, String path) {
        return send("DELETE", token, path, null, null);
    }

    Resp post(String token, String path, Object body) {
        return send("POST", token, path, "application/json;charset=utf-8", json(body));
    }

    Resp put(String token, String path, Object body) {
        return send("PUT", token, path, "application/json;charset=utf-8", json(body));
    }

    static byte[] json(Object body) {
        return body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
    }

    Resp send(String method, String token, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(resolve(path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Resp(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
