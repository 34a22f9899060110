/**
 * The transport conformance suite:
 * {@link io.ciscosparkapi.testkit.conformance.TransportConformanceTest}, an abstract JUnit 5 class
 * that every {@link io.ciscosparkapi.transport.Transport} of the SDK extends, and that third
 * parties extend to test their own. Needs JUnit Jupiter on the test path; nothing else of the
 * testkit depends on this package.
 */
package io.ciscosparkapi.testkit.conformance;
