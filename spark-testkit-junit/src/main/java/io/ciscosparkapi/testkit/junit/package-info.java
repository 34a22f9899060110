/**
 * JUnit 5 support: {@link io.ciscosparkapi.testkit.junit.FakeSparkTest @FakeSparkTest} (or
 * {@code @ExtendWith(FakeSparkExtension.class)}) starts one {@link io.ciscosparkapi.testkit.FakeSpark}
 * per test class and injects it and ready {@link io.ciscosparkapi.CiscoSparkAPI} clients;
 * {@link io.ciscosparkapi.testkit.junit.SparkClients} makes clients for further users.
 *
 * <p>It is the artifact {@code spark-testkit-junit}, apart from the fake ({@code spark-testkit}),
 * which uses neither the SDK nor JUnit.
 */
package io.ciscosparkapi.testkit.junit;
