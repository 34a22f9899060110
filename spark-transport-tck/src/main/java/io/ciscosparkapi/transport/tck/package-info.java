/**
 * The transport conformance suite:
 * {@link io.ciscosparkapi.transport.tck.TransportConformanceTest}, an abstract JUnit 5 class
 * that every {@link io.ciscosparkapi.transport.Transport} of the SDK extends, and that third
 * parties extend to test their own. It needs the transport SPI and JUnit Jupiter alone: neither
 * the SDK nor the testkit.
 *
 * <p>Beside the suite: what a transport may declare it cannot do
 * ({@link io.ciscosparkapi.transport.tck.Capability}), the mark of the cases the SDK relies on
 * ({@link io.ciscosparkapi.transport.tck.RequiredBySdk}), and the tools the cases are written
 * with, for a subclass's own: a recorder of requests
 * ({@link io.ciscosparkapi.transport.tck.RequestRecorder},
 * {@link io.ciscosparkapi.transport.tck.RecordedRequest}), a raw socket server
 * ({@link io.ciscosparkapi.transport.tck.RawServer}), an HTTP proxy
 * ({@link io.ciscosparkapi.transport.tck.ConformanceProxy}) and TLS material
 * ({@link io.ciscosparkapi.transport.tck.ConformanceTls}).
 */
package io.ciscosparkapi.transport.tck;
