package io.ciscosparkapi.transport.okhttp;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import io.ciscosparkapi.transport.tck.Capability;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * An application's own OkHttp client, built with OkHttp's defaults (which follow redirects and
 * retry failed connections) and configured from the options as an application would configure
 * it, passes the conformance suite once wrapped.
 */
class WrappedOkHttpTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport createTransport(TransportOptions options) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .proxySelector(options.proxySelector());
        options.sslContext().ifPresent(context -> builder.sslSocketFactory(context.getSocketFactory(), defaultTrustManager()));
        options.proxyCredentials().ifPresent(credentials -> {
            String basic = Credentials.basic(credentials.getUserName(), new String(credentials.getPassword()),
                    StandardCharsets.UTF_8);
            builder.proxyAuthenticator((route, response) -> basic.equals(response.request().header("Proxy-Authorization"))
                    ? null : response.request().newBuilder().header("Proxy-Authorization", basic).build());
            // OkHttp resends no one-shot body after a 407, so plain http through the proxy carries
            // the credentials from the start.
            builder.addNetworkInterceptor(chain -> {
                Request request = chain.request();
                boolean viaProxy = chain.connection() != null && chain.connection().route().proxy().type() == Proxy.Type.HTTP;
                return chain.proceed(!request.isHttps() && viaProxy
                        ? request.newBuilder().header("Proxy-Authorization", basic).build() : request);
            });
        });
        OkHttpClient applicationClient = builder.build();
        return new ApplicationOwned(OkHttpTransport.wrap(applicationClient), applicationClient);
    }

    @Override
    protected Map<Capability, String> unsupported() {
        return Map.of(
                Capability.INTERRUPTION, "the application's client reads from plain sockets, which an interrupt does not"
                        + " reach: OkHttp sees an interrupt only between two reads",
                Capability.TLS_HANDSHAKE_TIMEOUT, "OkHttp bounds the TLS handshake of the application's client by its read"
                        + " timeout; its connect timeout covers the TCP connection alone");
    }

    private static X509TrustManager defaultTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return (X509TrustManager) factory.getTrustManagers()[0];
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The wrapped transport, plus the shutdown of the client that the application owns. */
    private record ApplicationOwned(Transport transport, OkHttpClient client) implements Transport {

        @Override
        public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
            return transport.execute(request);
        }

        @Override
        public CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
            return transport.executeAsync(request, executor);
        }

        @Override
        public void close() {
            transport.close();
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
