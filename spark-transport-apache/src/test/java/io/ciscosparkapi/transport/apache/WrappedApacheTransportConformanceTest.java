package io.ciscosparkapi.transport.apache;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;
import java.io.IOException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * An application's own HttpClient passes the conformance suite once wrapped. It is built as
 * {@link ApacheTransport#wrap} asks (automatic retries off) and otherwise with HttpClient's
 * defaults, which follow redirects and keep cookies.
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
        CloseableHttpClient applicationClient = HttpClients.custom()
                .setConnectionManager(connections.build())
                .disableAutomaticRetries()
                .build();
        return new ApplicationOwned(ApacheTransport.wrap(applicationClient), applicationClient);
    }

    /** The wrapped transport, plus the closing of the client that the application owns. */
    private record ApplicationOwned(Transport transport, CloseableHttpClient client) implements Transport {

        @Override
        public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
            return transport.execute(request);
        }

        @Override
        public void close() {
            transport.close();
            client.close(CloseMode.GRACEFUL);
        }
    }
}
