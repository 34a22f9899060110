package io.ciscosparkapi.transport.okhttp;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * An application's own OkHttp client, built with OkHttp's defaults (which follow redirects and
 * retry failed connections), passes the conformance suite once wrapped.
 */
class WrappedOkHttpTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport createTransport(TransportOptions options) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout());
        options.sslContext().ifPresent(context -> builder.sslSocketFactory(context.getSocketFactory(), defaultTrustManager()));
        OkHttpClient applicationClient = builder.build();
        return new ApplicationOwned(OkHttpTransport.wrap(applicationClient), applicationClient);
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
        public void close() {
            transport.close();
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
