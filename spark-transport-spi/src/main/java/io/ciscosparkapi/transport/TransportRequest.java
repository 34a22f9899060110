package io.ciscosparkapi.transport;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP request for a {@link Transport} to send: method, absolute URI, headers, an optional
 * body and an optional timeout for the whole exchange.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the {@code Authorization} value.
 */
public final class TransportRequest {

    private final String method;
    private final URI uri;
    private final Headers headers;
    private final RequestBody body;
    private final Duration timeout;

    private TransportRequest(Builder b) {
        this.method = b.method;
        this.uri = b.uri;
        this.headers = b.headers;
        this.body = b.body;
        this.timeout = b.timeout;
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method, e.g. {@code GET}; upper-cased
     * @param uri the absolute {@code http} or {@code https} URI
     * @return a new builder
     * @throws IllegalArgumentException when the method is blank or the URI is not absolute
     *     {@code http} or {@code https} with a host
     */
    public static Builder builder(String method, URI uri) {
        return new Builder(method, uri);
    }

    /**
     * The HTTP method, upper case.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * The absolute URI, query included.
     *
     * @return the URI
     */
    public URI uri() {
        return uri;
    }

    /**
     * The header fields to send. {@code Content-Type} comes from the {@link #body()} and is not
     * repeated here.
     *
     * @return the headers
     */
    public Headers headers() {
        return headers;
    }

    /**
     * The body to send.
     *
     * @return the body, or empty for a request without one
     */
    public Optional<RequestBody> body() {
        return Optional.ofNullable(body);
    }

    /**
     * The longest the whole exchange may take, up to the response headers; transports should
     * also apply it as the read timeout while the body is read.
     *
     * @return the timeout, or empty to use the transport's own read timeout
     */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    @Override
    public String toString() {
        return method + " " + uri + " " + headers + (body == null ? "" : " " + body);
    }

    /** Builds {@link TransportRequest}s. Not thread-safe. */
    public static final class Builder {
        private final String method;
        private final URI uri;
        private Headers headers = Headers.empty();
        private RequestBody body;
        private Duration timeout;

        private Builder(String method, URI uri) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            if (method.isBlank()) {
                throw new IllegalArgumentException("method must not be blank");
            }
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new IllegalArgumentException("uri must be an absolute http or https URI with a host: " + uri);
            }
            this.method = method.toUpperCase(Locale.ROOT);
            this.uri = uri;
        }

        /**
         * Adds a header value.
         *
         * @param name the field name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers = headers.with(name, value);
            return this;
        }

        /**
         * Adds every field of {@code headers}.
         *
         * @param headers the fields to add
         * @return this builder
         */
        public Builder headers(Headers headers) {
            if (this.headers.isEmpty()) {
                this.headers = headers;
            } else {
                headers.toMap().forEach((name, values) -> values.forEach(v -> this.headers = this.headers.with(name, v)));
            }
            return this;
        }

        /**
         * Sets the body.
         *
         * @param body the body, or {@code null} for none
         * @return this builder
         */
        public Builder body(RequestBody body) {
            this.body = body;
            return this;
        }

        /**
         * Sets the timeout of the exchange.
         *
         * @param timeout a positive duration, or {@code null} for the transport's default
         * @return this builder
         */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the immutable request
         */
        public TransportRequest build() {
            return new TransportRequest(this);
        }
    }
}
