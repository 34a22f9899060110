package io.ciscosparkapi;

import io.ciscosparkapi.transport.RequestBody;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One operation of the API, described: method, path, query, body, the one status that means
 * success, and how the answer is read. Resource methods describe their calls this way and hand them
 * to the {@link Session}, which runs them; they never send anything themselves.
 *
 * <p>Immutable and thread-safe; a call may be run any number of times.
 *
 * @param <R> what the call returns
 */
final class Call<R> {

    /** Methods that may be sent again without changing the result: retried after I/O errors and 5xx. */
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final RequestBody body;
    private final int expected;
    private final boolean authenticated;
    private final String bearer;
    private final boolean download;
    private final Reader<R> reader;

    private Call(String method, String path, Map<String, String> query, RequestBody body, int expected,
                 boolean authenticated, String bearer, boolean download, Reader<R> reader) {
        this.method = method;
        this.path = Objects.requireNonNull(path, "path");
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        this.body = body;
        this.expected = expected;
        this.authenticated = authenticated;
        this.bearer = bearer;
        this.download = download;
        this.reader = reader;
    }

    private Call(String method, String path, Map<String, String> query, RequestBody body, int expected,
                 Reader<R> reader) {
        this(method, path, query, body, expected, true, null, false, reader);
    }

    /**
     * Reads the answer of a call that succeeded.
     *
     * @param <R> what it makes of the answer
     */
    @FunctionalInterface
    interface Reader<R> {
        /**
         * Reads the answer.
         *
         * @param answer the answer with the expected status
         * @return the result of the call
         * @throws IOException when the body cannot be read to its end
         */
        R read(Answer answer) throws IOException;
    }

    /**
     * GETs one JSON object.
     *
     * @param path the relative path (encoded), or an absolute URL on the base URL's host
     * @param query the query parameters (not encoded)
     * @param type makes the model of the object
     * @param <T> the model
     * @return the call
     */
    static <T> Call<T> get(String path, Map<String, String> query, Function<Map<String, Object>, T> type) {
        return new Call<>("GET", path, query, null, 200, answer -> answer.model(type));
    }

    /**
     * POSTs a body and reads the created object.
     *
     * @param path the relative path (encoded)
     * @param body the body, from {@link RequestBodies}
     * @param type makes the model of the answer
     * @param <T> the model
     * @return the call
     */
    static <T> Call<T> post(String path, RequestBody body, Function<Map<String, Object>, T> type) {
        return new Call<>("POST", path, Map.of(), Objects.requireNonNull(body, "body"), 200,
                answer -> answer.model(type));
    }

    /**
     * POSTs without a body, for a call the API takes with none ({@code jwt/login}).
     *
     * @param path the relative path (encoded)
     * @param type makes the model of the answer
     * @param <T> the model
     * @return the call
     */
    static <T> Call<T> post(String path, Function<Map<String, Object>, T> type) {
        return new Call<>("POST", path, Map.of(), null, 200, answer -> answer.model(type));
    }

    /**
     * POSTs a JSON object and reads the created object.
     *
     * @param path the relative path (encoded)
     * @param fields the JSON object's fields
     * @param type makes the model of the answer
     * @param <T> the model
     * @return the call
     * @throws IllegalArgumentException when a value is not a JSON value, naming where it is
     */
    static <T> Call<T> post(String path, Map<String, ?> fields, Function<Map<String, Object>, T> type) {
        return post(path, RequestBodies.json(fields), type);
    }

    /**
     * POSTs a JSON object and reads the {@code items} of a list envelope the API answers with
     * (a bulk insert).
     *
     * @param path the relative path (encoded)
     * @param fields the JSON object's fields
     * @param type makes the model of each item
     * @param <T> the model
     * @return the call
     * @throws IllegalArgumentException when a value is not a JSON value, naming where it is
     */
    static <T> Call<List<T>> postForItems(String path, Map<String, ?> fields, Function<Map<String, Object>, T> type) {
        return new Call<>("POST", path, Map.of(), RequestBodies.json(fields), 200,
                answer -> List.copyOf(answer.items(type)));
    }

    /**
     * PUTs a JSON object and reads the updated object.
     *
     * @param path the relative path (encoded)
     * @param fields the JSON object's fields
     * @param type makes the model of the answer
     * @param <T> the model
     * @return the call
     * @throws IllegalArgumentException when a value is not a JSON value, naming where it is
     */
    static <T> Call<T> put(String path, Map<String, ?> fields, Function<Map<String, Object>, T> type) {
        return put(path, RequestBodies.json(fields), type);
    }

    /**
     * PUTs a body and reads the updated object.
     *
     * @param path the relative path (encoded)
     * @param body the body, from {@link RequestBodies}
     * @param type makes the model of the answer
     * @param <T> the model
     * @return the call
     */
    static <T> Call<T> put(String path, RequestBody body, Function<Map<String, Object>, T> type) {
        return new Call<>("PUT", path, Map.of(), Objects.requireNonNull(body, "body"), 200,
                answer -> answer.model(type));
    }

    /**
     * DELETEs a resource; Spark answers 204 with no body.
     *
     * @param path the relative path (encoded)
     * @return the call
     */
    static Call<Void> delete(String path) {
        return new Call<>("DELETE", path, Map.of(), null, 204, answer -> {
            answer.discard();
            return null;
        });
    }

    /**
     * GETs one page of a listing.
     *
     * @param page the relative path (encoded) of the first page, or the absolute URL of a later one
     * @param query the query parameters (not encoded) of the first page; empty for a later one
     * @param reader reads the page
     * @param <P> the page
     * @return the call
     */
    static <P> Call<P> page(String page, Map<String, String> query, Reader<P> reader) {
        return new Call<>("GET", page, query, null, 200, reader);
    }

    /**
     * GETs a file's bytes: the body is read without the client's size cap (the reader streams
     * it), and a 423 (the file is being scanned) is waited out like a 429.
     *
     * @param path the relative path (encoded), or an absolute URL on the base URL's host
     * @param query the query parameters (not encoded)
     * @param reader reads the answer, usually by {@linkplain Answer#keep() keeping} it
     * @param <R> what the call returns
     * @return the call
     */
    static <R> Call<R> download(String path, Map<String, String> query, Reader<R> reader) {
        return new Call<>("GET", path, query, null, 200, true, null, true, reader);
    }

    /**
     * HEADs a resource: only the answer's headers are read.
     *
     * @param path the relative path (encoded), or an absolute URL on the base URL's host
     * @param reader reads the headers
     * @param <R> what the call returns
     * @return the call
     */
    static <R> Call<R> head(String path, Reader<R> reader) {
        return new Call<>("HEAD", path, Map.of(), null, 200, true, null, true, reader);
    }

    /**
     * The same call without the bearer token, for the OAuth token exchange.
     *
     * @return the anonymous call
     */
    Call<R> anonymous() {
        return new Call<>(method, path, query, body, expected, false, null, download, reader);
    }

    /**
     * The same call with another bearer token than the client's, e.g. a guest JWT.
     *
     * @param token the token to send instead of the client's
     * @return the call
     */
    Call<R> withBearer(String token) {
        return new Call<>(method, path, query, body, expected, false, Objects.requireNonNull(token, "token"),
                download, reader);
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    Map<String, String> query() {
        return query;
    }

    RequestBody body() {
        return body;
    }

    int expected() {
        return expected;
    }

    /** Whether the call carries the client's access token. */
    boolean authenticated() {
        return authenticated;
    }

    /** The token the call carries instead of the client's, or {@code null}. */
    String bearer() {
        return bearer;
    }

    /** Whether the call carries any credential: the client's token or one of its own. */
    boolean carriesCredentials() {
        return authenticated || bearer != null;
    }

    /** Whether the call downloads a file: uncapped body, 423 waited out. */
    boolean download() {
        return download;
    }

    Reader<R> reader() {
        return reader;
    }

    /**
     * Whether sending the call twice has the effect of sending it once.
     *
     * @return {@code true} for GET, HEAD, PUT, DELETE and OPTIONS
     */
    boolean idempotent() {
        return IDEMPOTENT.contains(method);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
