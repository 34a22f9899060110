package io.ciscosparkapi.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportProvider;
import io.ciscosparkapi.transport.okhttp.internal.OkHttpTransportProvider;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class OkHttpTransportProviderTest {

    @Test
    void serviceLoaderFindsProviderNamedOkhttpWithPriorityTwenty() {
        // The test classes run inside the module, which declares no `uses` of its own.
        OkHttpTransportProviderTest.class.getModule().addUses(TransportProvider.class);

        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("okhttp"))
                .collect(Collectors.toList());

        assertThat(providers).hasSize(1);
        assertThat(providers.get(0)).isInstanceOf(OkHttpTransportProvider.class);
        assertThat(providers.get(0).priority()).isEqualTo(20);
        assertThat(providers.get(0).getClass().getModule()).isEqualTo(OkHttpTransportProviderTest.class.getModule());
    }

    @Test
    void onlyTheWrappingFactoryIsExported() {
        Module module = OkHttpTransport.class.getModule();
        if (module.isNamed()) {
            assertThat(module.getDescriptor().exports())
                    .extracting(ModuleDescriptor.Exports::source)
                    .containsExactly("io.ciscosparkapi.transport.okhttp");
        }
    }

    @Test
    void wrappingLeavesTheApplicationsClientAsItWas() {
        OkHttpClient applicationClient = new OkHttpClient();

        Transport transport = OkHttpTransport.wrap(applicationClient);
        transport.close();

        assertThat(applicationClient.followRedirects()).isTrue();
        assertThat(applicationClient.retryOnConnectionFailure()).isTrue();
        assertThat(applicationClient.interceptors()).isEmpty();
        assertThat(applicationClient.networkInterceptors()).isEmpty();
        assertThat(applicationClient.dispatcher().executorService().isShutdown())
                .as("closing the transport must not shut down the application's client")
                .isFalse();
        applicationClient.dispatcher().executorService().shutdown();
    }
}
