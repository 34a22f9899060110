package io.ciscosparkapi.transport.tck;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import java.util.Map;

/**
 * A transport on {@code HttpURLConnection}, written as a third party would, passes the suite
 * once it declares what {@code HttpURLConnection} cannot do.
 */
class UrlConnectionTransportConformanceTest extends TransportConformanceTest {

    @Override
    protected Transport createTransport(TransportOptions options) {
        return new UrlConnectionTransport(options, null);
    }

    @Override
    protected Map<Capability, String> unsupported() {
        return UrlConnectionTransport.cannot();
    }
}
