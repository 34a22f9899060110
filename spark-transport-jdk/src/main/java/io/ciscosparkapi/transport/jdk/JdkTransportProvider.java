package io.ciscosparkapi.transport.jdk;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;

/** Placeholder replaced by the real provider. */
public final class JdkTransportProvider implements TransportProvider {
    /** Creates the provider. */
    public JdkTransportProvider() {
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public Transport create(TransportOptions options) {
        throw new UnsupportedOperationException();
    }
}
