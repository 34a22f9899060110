/**
 * The transport conformance suite:
 * {@link io.ciscosparkapi.transport.tck.TransportConformanceTest}, an abstract JUnit 5 class
 * that every {@link io.ciscosparkapi.transport.Transport} of the SDK extends, and that third
 * parties extend to test their own. It needs the transport SPI and JUnit Jupiter alone: neither
 * the SDK nor the testkit.
 */
package io.ciscosparkapi.transport.tck;
