package io.ciscosparkapi.transport.okhttp;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.okhttp.internal.OkHttpTransportProvider;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;

/** The OkHttp transport the SDK builds by itself passes the conformance suite. */
class OkHttpTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport createTransport(TransportOptions options) {
        return new OkHttpTransportProvider().create(options);
    }
}
