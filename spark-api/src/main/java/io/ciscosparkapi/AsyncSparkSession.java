package io.ciscosparkapi;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The async twin of {@link SparkSession}: raw calls on any path, with JSON as maps, returning
 * futures. Every rule of the client applies, as for the blocking calls. Obtain it from
 * {@code api.async().session()}. Thread-safe.
 */
public final class AsyncSparkSession {

    private final Session session;

    AsyncSparkSession(Session session) {
        this.session = session;
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
     * @return the future object
     */
    public CompletableFuture<Map<String, Object>> get(String path, Map<String, ?> params) {
        return session.executeAsync(SparkSession.getCall(path, params));
    }

    /**
     * Lists the items of a list endpoint, following next links.
     *
     * @param path the relative path
     * @param params query parameters; {@code null} values are left out
     * @return the async listing of raw items
     */
    public AsyncPagedIterable<Map<String, Object>> getItems(String path, Map<String, ?> params) {
        return session.listAsync(SparkSession.getItemsCall(path, params));
    }

    /**
     * POSTs a JSON object; Spark must answer 200.
     *
     * @param path the relative path
     * @param body the JSON object; {@code null} values are left out
     * @return the future answer
     */
    public CompletableFuture<Map<String, Object>> post(String path, Map<String, ?> body) {
        return session.executeAsync(SparkSession.postCall(path, body));
    }

    /**
     * PUTs a JSON object; Spark must answer 200.
     *
     * @param path the relative path
     * @param body the JSON object; {@code null} values are left out
     * @return the future answer
     */
    public CompletableFuture<Map<String, Object>> put(String path, Map<String, ?> body) {
        return session.executeAsync(SparkSession.putCall(path, body));
    }

    /**
     * DELETEs a resource; Spark must answer 204.
     *
     * @param path the relative path
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String path) {
        return session.executeAsync(SparkSession.deleteCall(path));
    }

    @Override
    public String toString() {
        return "AsyncSparkSession{" + baseUrl() + "}";
    }
}
