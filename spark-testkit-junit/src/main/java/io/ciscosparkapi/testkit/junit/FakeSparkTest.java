package io.ciscosparkapi.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a fake Spark: registers {@link FakeSparkExtension} and configures it.
 * Inherited by subclasses, and seen by {@code @Nested} classes, which share the enclosing class's
 * fake.
 *
 * <pre>{@code
 * @FakeSparkTest(http = true)          // serve over loopback HTTP instead of in-process, through
 *                                      // the SDK's default transport (or the one you choose)
 * class RoomsOverHttpTest {
 *     @Test
 *     void createsARoom(CiscoSparkAPI api) {
 *         assertThat(api.rooms().create("Ops").title()).isEqualTo("Ops");
 *     }
 * }
 * }</pre>
 *
 * @see FakeSparkExtension
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeSparkExtension.class)
public @interface FakeSparkTest {

    /**
     * Whether the fake serves over HTTP on a free loopback port, and the clients talk to it
     * through the SDK's default transport. When {@code false} (the default) the clients reach the
     * fake in-process, with no sockets.
     *
     * @return whether to serve over HTTP
     */
    boolean http() default false;

    /**
     * Whether the fake serves over HTTPS on a free loopback port, with a certificate it makes at
     * start; the injected clients (and those of {@link SparkClients}) trust it, through the SDK's
     * default transport. Implies serving over the network, like {@link #http()}.
     *
     * @return whether to serve over HTTPS
     */
    boolean https() default false;

    /**
     * The service's per-token rate limit, set on the fake before each test (buckets full at the
     * start of each test); none by default.
     *
     * @return the limit per access token
     */
    RateLimit rateLimitPerToken() default @RateLimit;

    /**
     * The service's per-room rate limit: calls that name a room (in the path, a {@code roomId}
     * parameter or field) also draw from that room's bucket; none by default.
     *
     * @return the limit per room
     */
    RateLimit rateLimitPerRoom() default @RateLimit;

    /**
     * Whether the injected clients fail on a response field their model does not know
     * ({@link io.ciscosparkapi.CiscoSparkAPI.Builder#strictModels(boolean)}); default
     * {@code false}.
     *
     * @return whether the clients use strict models
     */
    boolean strictModels() default false;
}
