package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.internal.Version;
import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.TransportRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.UUID;

/**
 * Builds the exchange a {@link Call} sends: its absolute URL, resolved against the base URL and
 * kept inside it, and its request with the SDK's headers ({@code Authorization: Bearer} only for
 * the base URL's host, {@code Accept}, a {@code User-Agent} naming the SDK, a fresh
 * {@code TrackingID}) and the client's request timeout.
 *
 * <p>Immutable and thread-safe; the constant headers are built once per client.
 */
final class ExchangeBuilder {

    private final ClientConfig config;
    private final Headers anonymousHeaders;
    private final Headers authenticatedHeaders;

    ExchangeBuilder(ClientConfig config) {
        this.config = config;
        String userAgent = "ciscosparkapi-java/" + Version.current() + " Java/" + System.getProperty("java.version");
        Headers.Builder constant = Headers.builder().add("Accept", "application/json").add("User-Agent", userAgent);
        config.headers().names().forEach(name -> config.headers().all(name).forEach(v -> constant.add(name, v)));
        this.anonymousHeaders = constant.build();
        this.authenticatedHeaders = anonymousHeaders.with("Authorization", "Bearer " + config.accessToken());
    }

    /**
     * The absolute URL of a call: a relative path resolved against the base URL, which it must not
     * lead out of, or an absolute URL used as given.
     *
     * @param call the call
     * @return the URL
     * @throws IllegalArgumentException when the path is not a valid URL or leads out of the base URL
     * @throws SparkException when the URL is on another host and the call carries a token
     */
    URI target(Call<?> call) {
        String path = Urls.withQuery(call.path(), call.query());
        URI base = config.baseUrl();
        URI uri;
        try {
            uri = path.contains("://") ? new URI(path) : base.resolve(new URI(path));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + call.path() + "' is not a valid URL or encoded path: "
                    + e.getMessage(), e);
        }
        boolean sameOrigin = Urls.sameOrigin(uri, base);
        if (!path.contains("://") && (!sameOrigin || uri.getRawPath() == null
                || !uri.getRawPath().startsWith(base.getRawPath()))) {
            throw new IllegalArgumentException("The path '" + call.path() + "' leads out of the base URL " + base
                    + " (to " + uri + ")");
        }
        if (call.carriesCredentials() && !sameOrigin) {
            throw new SparkException("Refusing to send the access token to " + uri.getScheme() + "://"
                    + uri.getRawAuthority() + ": it is only ever sent to the base URL's host " + base.getRawAuthority()
                    + " (request: " + call.method() + " " + uri + ")");
        }
        return uri;
    }

    /**
     * The request of one attempt of a call.
     *
     * @param call the call
     * @param uri its URL, from {@link #target(Call)}
     * @return the request
     */
    TransportRequest request(Call<?> call, URI uri) {
        return TransportRequest.builder(call.method(), uri)
                .headers(call.authenticated() ? authenticatedHeaders : call.bearer() != null
                        ? anonymousHeaders.with("Authorization", "Bearer " + call.bearer()) : anonymousHeaders)
                .header("TrackingID", "ciscosparkapi-java_" + trackingId())
                .timeout(config.requestTimeout())
                .body(call.body())
                .build();
    }

    /** A random id for Spark's support to correlate a request; it needs no cryptographic strength. */
    private static UUID trackingId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
