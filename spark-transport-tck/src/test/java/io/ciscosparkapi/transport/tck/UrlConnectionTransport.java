package io.ciscosparkapi.transport.tck;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.ProtocolException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.HttpsURLConnection;

/**
 * A fourth transport, on {@link HttpURLConnection}, written as a new transport author would
 * write one; it exists to show that the conformance suite catches what such an author gets wrong.
 * With no {@link Bug} planted it passes the suite, declaring what {@code HttpURLConnection}
 * cannot do; each {@link Bug} plants one mistake, which the suite must catch.
 *
 * <p>{@code HttpURLConnection} reads and writes on the calling thread and sees no interrupt, so
 * each exchange runs on a thread of the transport's own while the caller waits for it, which an
 * interrupt ends; the waits also bound the connection and its TLS handshake by the connect
 * timeout, and the whole wait for the headers by the request's timeout. In-memory bodies are sent
 * as {@code HttpURLConnection} buffers them (it never resends a {@code POST} when the JVM runs
 * with {@code -Dsun.net.http.retryPost=false}); streamed ones in streaming mode, where a
 * {@code 401} becomes an {@link java.net.HttpRetryException} and its body is lost. It sends
 * Basic proxy credentials through a tunnel only with
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=} (empty).
 */
final class UrlConnectionTransport implements Transport {

    /** One mistake a transport author might make, planted on its own. */
    enum Bug {
        /** The options' proxy is ignored: every connection is direct. */
        PROXY_OPTIONS_IGNORED,
        /** The JVM's default proxy selector is used whatever the options say. */
        JVM_DEFAULT_PROXY_INSTEAD,
        /** The caller's {@code Authorization} is also sent to the proxy as its credentials. */
        BEARER_AS_PROXY_CREDENTIALS,
        /**
         * {@code close()} only sets a flag, which {@code execute} looks at once the request has
         * gone out.
         */
        SERVES_AFTER_CLOSE,
        /** A streamed body's content type is sent a second time when the headers carry one too. */
        CONTENT_TYPE_TWICE,
        /** Each connection is dropped when its response is closed, instead of being reused. */
        NO_CONNECTION_REUSE,
        /** Every exchange waits for one lock, so requests go one at a time. */
        ONE_LOCK,
        /** {@code HttpURLConnection} is left to ask the JVM-wide {@link Authenticator}. */
        GLOBAL_AUTHENTICATOR,
        /** The exchange runs on the caller's thread, where an interrupt is not seen. */
        INTERRUPTS_IGNORED,
        /** The request's timeout bounds each read, not the whole wait for the headers. */
        PER_READ_TIMEOUT_ONLY,
        /** The TLS handshake is bounded by the read timeout, not the connect timeout. */
        NO_HANDSHAKE_TIMEOUT,
        /** Any host name is accepted for a trusted certificate. */
        NO_HOSTNAME_VERIFICATION,
        /**
         * The transport claims to return the error response to a streamed upload, which
         * {@code HttpURLConnection} in streaming mode cannot (the planting is in the declaration
         * of what the transport cannot do, not in the transport).
         */
        STREAMED_ERROR_RESPONSE_CLAIMED
    }

    private static final Set<String> SKIPPED_REQUEST_HEADERS = Set.of(
            "connection", "content-length", "expect", "host", "keep-alive", "proxy-connection",
            "transfer-encoding", "upgrade");
    private static final int CHUNK = 16 * 1024;

    private final TransportOptions options;
    private final Bug bug;
    private final ProxySelector proxies;
    private final Authenticator ownAuthenticator;
    private final ExecutorService exchanges = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "url-connection-exchange");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Creates the transport.
     *
     * @param options the options to honour
     * @param bug the mistake to plant, or {@code null} for none
     */
    UrlConnectionTransport(TransportOptions options, Bug bug) {
        this.options = Objects.requireNonNull(options, "options");
        this.bug = bug;
        this.proxies = options.proxySelector();
        PasswordAuthentication credentials = options.proxyCredentials().orElse(null);
        this.ownAuthenticator = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials != null && getRequestorType() == RequestorType.PROXY ? credentials : null;
            }
        };
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        Objects.requireNonNull(request, "request");
        if (closed.get() && bug != Bug.SERVES_AFTER_CLOSE) {
            throw new IOException("transport is closed");
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sending " + request.method() + " " + request.uri());
        }
        TransportResponse response;
        if (bug == Bug.ONE_LOCK) {
            synchronized (lock) {
                response = exchange(request);
            }
        } else {
            response = exchange(request);
        }
        if (closed.get()) {
            response.close();
            throw new IOException("transport is closed");
        }
        return response;
    }

    @Override
    public void close() {
        closed.set(true);
        if (bug != Bug.SERVES_AFTER_CLOSE) {
            exchanges.shutdownNow();
        }
    }

    private TransportResponse exchange(TransportRequest request) throws IOException, InterruptedException {
        HttpURLConnection connection = open(request);
        Duration timeout = request.timeout().orElse(options.readTimeout());
        if (bug == Bug.INTERRUPTS_IGNORED) {
            connection.connect();
            return send(connection, request);
        }
        if (bug != Bug.NO_HANDSHAKE_TIMEOUT) {
            await(connection, () -> {
                connection.connect();
                return null;
            }, options.connectTimeout(), "no connection to " + request.uri().getAuthority());
        }
        return await(connection, () -> send(connection, request), bug == Bug.PER_READ_TIMEOUT_ONLY ? null : timeout,
                "no response to " + request.method() + " " + request.uri());
    }

    /** Runs one step of the exchange on a thread of the transport's own, for at most {@code bound}. */
    private <T> T await(HttpURLConnection connection, Callable<T> step, Duration bound, String timedOut)
            throws IOException, InterruptedException {
        Future<T> future;
        try {
            future = exchanges.submit(step);
        } catch (RejectedExecutionException e) {
            throw new IOException("transport is closed", e);
        }
        try {
            return bound == null ? future.get() : future.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            connection.disconnect();
            future.cancel(true);
            throw e;
        } catch (TimeoutException e) {
            connection.disconnect();
            future.cancel(true);
            throw new SocketTimeoutException(timedOut + " within " + bound);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }

    private HttpURLConnection open(TransportRequest request) throws IOException {
        URL url = request.uri().toURL();
        Proxy proxy = bug == Bug.PROXY_OPTIONS_IGNORED ? Proxy.NO_PROXY : proxyFor(request);
        HttpURLConnection connection = (HttpURLConnection) (bug == Bug.JVM_DEFAULT_PROXY_INSTEAD
                ? url.openConnection() : url.openConnection(proxy));
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setConnectTimeout(millis(options.connectTimeout()));
        connection.setReadTimeout(millis(request.timeout().orElse(options.readTimeout())));
        if (bug != Bug.GLOBAL_AUTHENTICATOR) {
            connection.setAuthenticator(ownAuthenticator);
        }
        if (connection instanceof HttpsURLConnection https) {
            options.sslContext().ifPresent(context -> https.setSSLSocketFactory(context.getSocketFactory()));
            if (bug == Bug.NO_HOSTNAME_VERIFICATION) {
                https.setHostnameVerifier((host, session) -> true);
            }
        }
        try {
            connection.setRequestMethod(request.method());
        } catch (ProtocolException e) {
            throw new IllegalArgumentException("HttpURLConnection cannot send " + request.method(), e);
        }
        RequestBody body = request.body().orElse(null);
        request.headers().toMap().forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            boolean bodyType = key.equals("content-type") && body != null;
            boolean copyType = bodyType && bug == Bug.CONTENT_TYPE_TWICE && !body.isInMemory();
            if (!SKIPPED_REQUEST_HEADERS.contains(key) && (!bodyType || copyType)) {
                values.forEach(value -> connection.addRequestProperty(name, value));
            }
        });
        if (bug == Bug.BEARER_AS_PROXY_CREDENTIALS) {
            request.headers().first("Authorization").ifPresent(token -> connection.setRequestProperty("Proxy-Authorization", token));
        }
        if (body != null) {
            if (!body.contentType().isBlank()) {
                connection.addRequestProperty("Content-Type", body.contentType());
            }
            connection.setDoOutput(true);
            if (!body.isInMemory()) {
                if (body.contentLength() >= 0) {
                    connection.setFixedLengthStreamingMode(body.contentLength());
                } else {
                    connection.setChunkedStreamingMode(CHUNK);
                }
            }
        }
        return connection;
    }

    private Proxy proxyFor(TransportRequest request) {
        List<Proxy> choices = proxies.select(request.uri());
        return choices == null || choices.isEmpty() ? Proxy.NO_PROXY : choices.get(0);
    }

    private TransportResponse send(HttpURLConnection connection, TransportRequest request) throws IOException {
        RequestBody body = request.body().orElse(null);
        if (body != null) {
            try (OutputStream out = connection.getOutputStream()) {
                body.writeTo(out);
            }
        }
        int status = connection.getResponseCode();
        Headers.Builder headers = Headers.builder();
        for (int i = 1; connection.getHeaderFieldKey(i) != null || connection.getHeaderField(i) != null; i++) {
            String name = connection.getHeaderFieldKey(i);
            String value = connection.getHeaderField(i);
            try {
                if (name != null && value != null) {
                    headers.add(name, value);
                }
            } catch (IllegalArgumentException malformed) {
                // A field the SPI cannot represent is dropped.
            }
        }
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        boolean bodiless = request.method().equals("HEAD") || status == 204 || status == 304 || status < 200;
        long declared = bodiless || connection.getHeaderField("Transfer-Encoding") != null ? -1
                : connection.getContentLengthLong();
        InputStream bodyStream = new ResponseBody(stream == null ? InputStream.nullInputStream() : stream, declared,
                connection, bug == Bug.NO_CONNECTION_REUSE);
        return new TransportResponse(status, headers.build(), bodyStream);
    }

    /**
     * What {@code HttpURLConnection} cannot do, as its conformance test declares it.
     *
     * @return the capabilities it lacks, with the reasons
     */
    static Map<Capability, String> cannot() {
        return Map.of(
                Capability.PATCH, "HttpURLConnection refuses the PATCH method",
                Capability.ERROR_RESPONSE_TO_STREAMED_UPLOAD, "HttpURLConnection in streaming mode turns a 401 into an"
                        + " HttpRetryException and drops its body",
                Capability.MANY_EXCHANGES_ON_FEW_THREADS, "HttpURLConnection blocks a thread of the transport's own for"
                        + " each exchange in flight");
    }

    private static int millis(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toMillis()));
    }

    /**
     * A response body. A read of zero bytes returns at once, as {@link InputStream} promises; a
     * body that ends before its {@code Content-Length} fails, where {@code HttpURLConnection}
     * would report a plain end of stream.
     */
    private static final class ResponseBody extends FilterInputStream {
        private final long declared;
        private final HttpURLConnection connection;
        private final boolean disconnectOnClose;
        private long received;

        ResponseBody(InputStream in, long declared, HttpURLConnection connection, boolean disconnectOnClose) {
            super(in);
            this.declared = declared;
            this.connection = connection;
            this.disconnectOnClose = disconnectOnClose;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            int n = super.read(b, off, len);
            if (n < 0 && declared >= 0 && received < declared) {
                throw new IOException("the connection ended after " + received + " of the " + declared
                        + " bytes its Content-Length announced");
            }
            received += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            if (disconnectOnClose) {
                connection.disconnect();
            }
            super.close();
        }
    }
}
