package io.ciscosparkapi.testkit.conformance;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import java.util.ServiceLoader;

/**
 * The JDK transport passes the conformance suite.
 *
 * <p>It runs here rather than in spark-transport-jdk: that module cannot depend on the testkit,
 * even for tests, because the testkit depends on spark-api, which carries the JDK transport as
 * its default (a cycle Maven refuses). The JDK transport is on this module's test path through
 * spark-api and is found the way the SDK finds it, by name.
 */
class JdkTransportConformanceTest extends TransportConformanceTest {

    private static final TransportProvider JDK = jdkProvider();

    @Override
    protected Transport createTransport(TransportOptions options) {
        return JDK.create(options);
    }

    private static TransportProvider jdkProvider() {
        // The tests run inside the testkit module, which declares no `uses` of its own.
        JdkTransportConformanceTest.class.getModule().addUses(TransportProvider.class);
        return ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("jdk"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the JDK transport (spark-transport-jdk) is not on the test path"));
    }
}
