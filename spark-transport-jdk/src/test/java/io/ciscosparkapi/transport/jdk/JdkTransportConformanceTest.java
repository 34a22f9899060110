package io.ciscosparkapi.transport.jdk;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;

/** The JDK transport the SDK builds by itself passes the conformance suite. */
class JdkTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport createTransport(TransportOptions options) {
        return new JdkTransportProvider().create(options);
    }
}
