package io.ciscosparkapi.transport.apache;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.apache.internal.ApacheTransportProvider;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;

/** The Apache HttpClient transport the SDK builds by itself passes the conformance suite. */
class ApacheTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport createTransport(TransportOptions options) {
        return new ApacheTransportProvider().create(options);
    }
}
