package io.ciscosparkapi.transport.apache;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import io.ciscosparkapi.transport.tck.Capability;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.hc.client5.http.RouteInfo;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.CredentialsProviderBuilder;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * An application's own HttpClient passes the conformance suite once wrapped. It is built as
 * {@link ApacheTransport#wrap} asks (automatic retries off), configured from the options as an
 * application would configure it, and otherwise with HttpClient's defaults, which follow
 * redirects and keep cookies.
 */
class WrappedApacheTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport createTransport(TransportOptions options) {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(16)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(options.connectTimeout()))
                        .setSocketTimeout(Timeout.of(options.readTimeout()))
                        .build());
        options.sslContext().ifPresent(context -> connections.setTlsSocketStrategy(new DefaultClientTlsStrategy(context)));
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connections.build())
                .setRoutePlanner(new SystemDefaultRoutePlanner(options.proxySelector()))
                .disableAutomaticRetries();
        options.proxyAddress().ifPresent(proxy -> options.proxyCredentials().ifPresent(credentials ->
                authenticateWithProxy(builder, proxy, credentials)));
        CloseableHttpClient applicationClient = builder.build();
        return new ApplicationOwned(ApacheTransport.wrap(applicationClient), applicationClient);
    }

    @Override
    protected Map<Capability, String> unsupported() {
        String plainSockets = "the application's client reads from plain sockets, which an interrupt"
                + " does not reach: HttpClient sees an interrupt only while it waits for a pooled connection";
        return Map.of(Capability.INTERRUPTION, plainSockets, Capability.CANCELLATION, plainSockets);
    }

    /**
     * Credentials for the proxy alone; and since HttpClient resends no streamed body after a
     * 407, plain http through the proxy carries them from the start.
     */
    private static void authenticateWithProxy(HttpClientBuilder builder, InetSocketAddress proxy,
                                              PasswordAuthentication credentials) {
        HttpHost proxyHost = new HttpHost(proxy.getHostString(), proxy.getPort());
        builder.setDefaultCredentialsProvider(CredentialsProviderBuilder.create()
                .add(new AuthScope(proxyHost), credentials.getUserName(), credentials.getPassword())
                .build());
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.getUserName() + ":" + new String(credentials.getPassword())).getBytes(StandardCharsets.UTF_8));
        builder.addRequestInterceptorLast((request, entity, context) -> {
            RouteInfo route = HttpClientContext.castOrCreate(context).getHttpRoute();
            HttpHost via = route == null ? null : route.getProxyHost();
            if (via != null && via.getHostName().equalsIgnoreCase(proxyHost.getHostName())
                    && via.getPort() == proxyHost.getPort() && !route.isTunnelled()) {
                request.setHeader("Proxy-Authorization", basic);
            }
        });
    }

    /** The wrapped transport, plus the closing of the client that the application owns. */
    private record ApplicationOwned(Transport transport, CloseableHttpClient client) implements Transport {

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
            client.close(CloseMode.GRACEFUL);
        }
    }
}
