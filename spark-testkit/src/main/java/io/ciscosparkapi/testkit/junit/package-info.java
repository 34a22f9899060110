/**
 * JUnit 5 support: {@link io.ciscosparkapi.testkit.junit.FakeSparkTest @FakeSparkTest} (or
 * {@code @ExtendWith(FakeSparkExtension.class)}) starts one {@link io.ciscosparkapi.testkit.FakeSpark}
 * per test class and injects it and ready {@link io.ciscosparkapi.CiscoSparkAPI} clients;
 * {@link io.ciscosparkapi.testkit.junit.SparkClients} makes clients for further users.
 *
 * <p>This package is the only part of the testkit that uses the SDK or JUnit; the fake itself
 * depends on neither.
 */
package io.ciscosparkapi.testkit.junit;
