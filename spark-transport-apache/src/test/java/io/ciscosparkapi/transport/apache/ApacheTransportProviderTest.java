package io.ciscosparkapi.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportProvider;
import io.ciscosparkapi.transport.apache.internal.ApacheTransportProvider;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.Test;

class ApacheTransportProviderTest {

    @Test
    void serviceLoaderFindsProviderNamedApacheWithPriorityTen() {
        // The test classes run inside the module, which declares no `uses` of its own.
        ApacheTransportProviderTest.class.getModule().addUses(TransportProvider.class);

        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("apache"))
                .collect(Collectors.toList());

        assertThat(providers).hasSize(1);
        assertThat(providers.get(0)).isInstanceOf(ApacheTransportProvider.class);
        assertThat(providers.get(0).priority()).isEqualTo(10);
        assertThat(providers.get(0).getClass().getModule()).isEqualTo(ApacheTransportProviderTest.class.getModule());
    }

    @Test
    void onlyTheWrappingFactoryIsExported() {
        Module module = ApacheTransport.class.getModule();
        if (module.isNamed()) {
            assertThat(module.getDescriptor().exports())
                    .extracting(ModuleDescriptor.Exports::source)
                    .containsExactly("io.ciscosparkapi.transport.apache");
            assertThat(module.getDescriptor().requires())
                    .extracting(ModuleDescriptor.Requires::name)
                    .as("httpclient5 needs jdk.net on the module path and cannot require it itself")
                    .contains("jdk.net");
        }
    }

    @Test
    void closingTheTransportLeavesTheApplicationsClientOpen() {
        AtomicBoolean closed = new AtomicBoolean();
        CloseableHttpClient applicationClient = new CloseableHttpClient() {
            @Override
            protected CloseableHttpResponse doExecute(HttpHost target, ClassicHttpRequest request, HttpContext context) {
                throw new UnsupportedOperationException("not sent in this test");
            }

            @Override
            public void close(CloseMode closeMode) {
                closed.set(true);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        Transport transport = ApacheTransport.wrap(applicationClient);
        transport.close();

        assertThat(closed).as("the application's client was closed by the transport").isFalse();
    }
}
