package io.ciscosparkapi.transport.tck;

import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import java.util.EnumMap;
import java.util.Map;

/**
 * The suite against {@link UrlConnectionTransport} with one bug planted, for
 * {@link PlantedBugsTest} to run through the JUnit Platform launcher. The build does not run it
 * by itself (its name does not end in {@code Test}): it fails by design.
 */
class PlantedBugSuite extends TransportConformanceTest {

    /** The bug the next run plants; set by {@link PlantedBugsTest} before each run. */
    static volatile UrlConnectionTransport.Bug planted;

    @Override
    protected Transport createTransport(TransportOptions options) {
        return new UrlConnectionTransport(options, planted);
    }

    @Override
    protected Map<Capability, String> unsupported() {
        Map<Capability, String> cannot = new EnumMap<>(UrlConnectionTransport.cannot());
        if (planted == UrlConnectionTransport.Bug.STREAMED_ERROR_RESPONSE_CLAIMED) {
            cannot.remove(Capability.ERROR_RESPONSE_TO_STREAMED_UPLOAD);
        }
        return cannot;
    }
}
