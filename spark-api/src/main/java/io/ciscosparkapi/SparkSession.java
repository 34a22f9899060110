package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.internal.Values;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Raw calls on any path of the API, with JSON as maps, for endpoints this SDK does not model yet.
 * Every rule of the client still applies: authentication, rate-limit waits, retries, paging and
 * errors.
 *
 * <pre>{@code
 * Map<String, Object> info = api.session().get(SparkSession.path("rooms", roomId, "meetingInfo"), Map.of());
 * }</pre>
 *
 * <p>Paths are relative to the base URL ({@code rooms}, not {@code /rooms}) and must already be
 * encoded; build them from ids with {@link #path(String...)}. An absolute URL is accepted only on
 * the base URL's host. Thread-safe.
 */
public final class SparkSession {

    private final Session session;

    SparkSession(Session session) {
        this.session = session;
    }

    /**
     * Joins path segments, percent-encoding each, e.g. {@code path("rooms", id)}.
     *
     * @param segments the segments
     * @return the relative path
     */
    public static String path(String... segments) {
        return Urls.path(segments);
    }

    /**
     * The base URL paths are resolved against.
     *
     * @return the base URL
     */
    public URI baseUrl() {
        return session.config().baseUrl();
    }

    /**
     * GETs one JSON object; Spark must answer 200.
     *
     * @param path the relative path
     * @param params query parameters; {@code null} values are left out
     * @return the object
     */
    public Map<String, Object> get(String path, Map<String, ?> params) {
        return session.execute(getCall(path, params));
    }

    static Call<Map<String, Object>> getCall(String path, Map<String, ?> params) {
        return Call.get(checked(path), query(params), Function.identity());
    }

    /**
     * Lists the items of a list endpoint, lazily and following next links.
     *
     * @param path the relative path
     * @param params query parameters; {@code null} values are left out
     * @return the lazy listing of raw items
     */
    public PagedIterable<Map<String, Object>> getItems(String path, Map<String, ?> params) {
        return session.list(getItemsCall(path, params));
    }

    static ListCall<Map<String, Object>> getItemsCall(String path, Map<String, ?> params) {
        return new ListCall<>(checked(path), query(params), Function.identity());
    }

    /**
     * POSTs a JSON object; Spark must answer 200.
     *
     * @param path the relative path
     * @param body the JSON object; {@code null} values are left out
     * @return the answer
     */
    public Map<String, Object> post(String path, Map<String, ?> body) {
        return session.execute(postCall(path, body));
    }

    static Call<Map<String, Object>> postCall(String path, Map<String, ?> body) {
        return Call.post(checked(path), jsonBody(body), Function.identity());
    }

    /**
     * PUTs a JSON object; Spark must answer 200.
     *
     * @param path the relative path
     * @param body the JSON object; {@code null} values are left out
     * @return the answer
     */
    public Map<String, Object> put(String path, Map<String, ?> body) {
        return session.execute(putCall(path, body));
    }

    static Call<Map<String, Object>> putCall(String path, Map<String, ?> body) {
        return Call.put(checked(path), jsonBody(body), Function.identity());
    }

    /**
     * DELETEs a resource; Spark must answer 204.
     *
     * @param path the relative path
     */
    public void delete(String path) {
        session.execute(deleteCall(path));
    }

    static Call<Void> deleteCall(String path) {
        return Call.delete(checked(path));
    }

    private static String checked(String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static Map<String, String> query(Map<String, ?> params) {
        Map<String, String> query = new LinkedHashMap<>();
        Objects.requireNonNull(params, "params").forEach((k, v) -> {
            if (v != null) {
                query.put(k, Values.text(v));
            }
        });
        return query;
    }

    private static Map<String, Object> jsonBody(Map<String, ?> body) {
        Map<String, Object> json = new LinkedHashMap<>();
        Objects.requireNonNull(body, "body").forEach((k, v) -> {
            if (v != null) {
                json.put(k, Values.json(v));
            }
        });
        return json;
    }

    @Override
    public String toString() {
        return "SparkSession{" + baseUrl() + "}";
    }
}
