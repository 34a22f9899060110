package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * A {@link Transport} on a classic Apache {@link CloseableHttpClient}.
 *
 * <p>Every request carries its own {@link RequestConfig}: redirects off, a server's
 * authentication challenges never answered (a proxy's are, from the client's credentials), and
 * the request's timeout (or, for a transport the provider built, the options' read timeout) as
 * the response timeout, which bounds every wait for the server, before the headers and while the
 * body is read. The same timeout bounds the whole wait for the headers ({@link ExchangeDeadline}).
 * Request bodies are streamed from their source as the client writes them
 * ({@link StreamingEntity}); response bodies are read from the connection as the caller consumes
 * them ({@link ResponseBodyStream}).
 *
 * <p>Thread-safe: one instance serves any number of threads.
 */
public final class ApacheClientTransport implements Transport {

    /**
     * Request headers never copied: the client derives them from the URI, the body and the
     * connection, and refuses a request that already carries some of them.
     */
    private static final Set<String> SKIPPED_REQUEST_HEADERS = Set.of(
            "connection", "content-length", "host", "upgrade",
            "transfer-encoding", "keep-alive", "proxy-connection");

    private final CloseableHttpClient client;
    private final boolean ownsClient;
    private final Duration defaultTimeout;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ApacheClientTransport(CloseableHttpClient client, boolean ownsClient, Duration defaultTimeout,
                                  String description) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.defaultTimeout = defaultTimeout;
        this.description = description;
    }

    /**
     * Creates a transport that owns {@code client} and closes it with itself.
     *
     * @param client a client built for this transport alone
     * @param options the options it was built from; their read timeout applies to requests that
     *     carry no timeout of their own
     * @return the transport
     */
    static ApacheClientTransport owning(CloseableHttpClient client, TransportOptions options) {
        return new ApacheClientTransport(client, true, options.readTimeout(),
                "ApacheTransport{connectTimeout=" + options.connectTimeout()
                        + ", readTimeout=" + options.readTimeout() + "}");
    }

    /**
     * Creates a transport on an application's client, which the transport never closes.
     * Requests that carry no timeout of their own get the client's connection settings.
     *
     * @param client the application's client
     * @return the transport
     */
    public static ApacheClientTransport borrowing(CloseableHttpClient client) {
        return new ApacheClientTransport(Objects.requireNonNull(client, "client"), false, null,
                "ApacheTransport{wrapping the application's client}");
    }

    /**
     * Sends {@code request} and returns the response once its headers have arrived.
     *
     * @param request the request to send
     * @return the response, whatever its status; the caller closes it
     * @throws IOException when no response could be obtained: a refused connection
     *     ({@link java.net.ConnectException}), a timeout, a reset, a TLS failure, or a closed
     *     transport
     * @throws InterruptedException when the calling thread was interrupted before the request
     *     was sent, or while it waited: the sockets of a transport the provider built are ones an
     *     interrupt reaches ({@link InterruptibleConnections}); an application's client, whose
     *     sockets are its own, sees an interrupt only while it waits for a pooled connection
     * @throws IllegalArgumentException when a header value holds characters that cannot be sent
     */
    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        if (closed.get()) {
            throw closed();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sending " + request.method() + " " + request.uri());
        }
        Duration timeout = request.timeout().orElse(defaultTimeout);
        HttpUriRequestBase apacheRequest = toApache(request, timeout);
        ExchangeDeadline deadline = timeout == null ? null : ExchangeDeadline.arm(apacheRequest, timeout);
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, apacheRequest, null);
        } catch (IllegalStateException e) {
            // The client reports a closed connection pool this way.
            if (closed.get()) {
                throw closed(e);
            }
            throw new IOException(e.getMessage(), e);
        } catch (IOException e) {
            if (deadline != null && !deadline.disarm()) {
                throw deadline.expired(request.method() + " " + request.uri(), e);
            }
            throw interruptedOr(e, request);
        }
        if (deadline != null && !deadline.disarm()) {
            // The deadline passed as the headers came in: the exchange is already cancelled.
            apacheRequest.cancel();
            response.close();
            throw deadline.expired(request.method() + " " + request.uri(), null);
        }
        try {
            HttpEntity entity = response.getEntity();
            InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent();
            return new TransportResponse(response.getCode(), toHeaders(response.getHeaders()),
                    new ResponseBodyStream(body, apacheRequest, response));
        } catch (IOException | RuntimeException e) {
            apacheRequest.cancel();
            response.close();
            throw e;
        }
    }

    /**
     * Stops accepting requests. A transport built by the provider also closes its client and
     * connection pool; a response still being read is then cut off. A transport on an
     * application's client leaves that client open. Calling this more than once has no further
     * effect.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsClient) {
            client.close(CloseMode.GRACEFUL);
        }
    }

    @Override
    public String toString() {
        return description + (closed.get() ? " (closed)" : "");
    }

    private static HttpUriRequestBase toApache(TransportRequest request, Duration timeout) {
        HttpUriRequestBase apacheRequest = new HttpUriRequestBase(request.method(), request.uri());
        RequestBody body = request.body().orElse(null);
        request.headers().toMap().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (SKIPPED_REQUEST_HEADERS.contains(key) || (body != null && key.equals("content-type"))) {
                return;
            }
            values.forEach(value -> apacheRequest.addHeader(name, value));
        });
        if (body != null) {
            apacheRequest.setEntity(new StreamingEntity(body));
        }
        // Authentication stays on for the proxy's 407, answered from the client's credentials;
        // no scheme is ever chosen to answer a server's 401, which goes back to the caller.
        RequestConfig.Builder config = RequestConfig.custom()
                .setRedirectsEnabled(false)
                .setTargetPreferredAuthSchemes(List.of());
        if (timeout != null) {
            config.setResponseTimeout(ApacheTransportProvider.timeout(timeout))
                    .setConnectionRequestTimeout(ApacheTransportProvider.timeout(timeout));
        }
        apacheRequest.setConfig(config.build());
        return apacheRequest;
    }

    private static Headers toHeaders(Header[] fields) {
        Headers.Builder builder = Headers.builder();
        for (Header field : fields) {
            try {
                builder.add(field.getName(), field.getValue() == null ? "" : field.getValue());
            } catch (IllegalArgumentException malformed) {
                // A field the SPI cannot represent is dropped rather than failing the exchange.
            }
        }
        return builder.build();
    }

    /**
     * The failure of an exchange whose thread was interrupted, as {@link InterruptedException}
     * (clearing the interrupt, as that exception does); any other failure as it is.
     */
    private static InterruptedException interruptedOr(IOException failure, TransportRequest request) throws IOException {
        if (!Thread.interrupted()) {
            throw failure;
        }
        InterruptedException interrupted = new InterruptedException("interrupted while waiting for "
                + request.method() + " " + request.uri());
        interrupted.initCause(failure);
        return interrupted;
    }

    private static IOException closed() {
        return new IOException("transport is closed");
    }

    private static IOException closed(Exception cause) {
        IOException e = closed();
        e.initCause(cause);
        return e;
    }
}
