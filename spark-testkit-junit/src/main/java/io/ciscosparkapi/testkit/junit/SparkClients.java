package io.ciscosparkapi.testkit.junit;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import java.net.URI;
import java.util.Objects;

/**
 * SDK clients for the users of a {@link FakeSpark}, in one call.
 *
 * <pre>{@code
 * try (CiscoSparkAPI bob = SparkClients.clientFor(fake, fake.createUser("Bob"))) {
 *     bob.rooms().create("Bob's room");
 * }
 * }</pre>
 *
 * <p>When the fake serves HTTP or HTTPS ({@link FakeSpark#isServingHttp()}), the client calls its
 * {@link FakeSpark#baseUrl() base URL} through the SDK's default transport, which the client
 * owns and closes; over HTTPS the transport trusts the fake's own certificate
 * ({@link FakeSpark#clientSslContext()}). Otherwise it reaches the fake in-process through a new
 * {@link FakeSpark#transport()}, which answers any host, and uses {@link #IN_PROCESS_BASE_URL}
 * (a host that never resolves, so a request that escapes the fake by mistake fails instead of
 * reaching a real service); the client does not close a transport it was given, which is fine
 * here because an in-process transport holds no resources. Close the client when done either
 * way. The clients that {@link FakeSparkExtension} injects are closed for you. Thread-safe.
 */
public final class SparkClients {

    /**
     * The base URL of in-process clients. Any absolute URL whose path is {@code /v1/} would do:
     * the in-process transport ignores the host and builds next links and file URLs from it.
     */
    public static final URI IN_PROCESS_BASE_URL = URI.create("https://fake-spark.invalid/v1/");

    private SparkClients() {
    }

    /**
     * A client that acts as {@code user}, with the SDK's default settings.
     *
     * @param fake the fake
     * @param user a user of that fake, e.g. {@link FakeSpark#admin()} or one from
     *     {@link FakeSpark#createUser(String)}
     * @return a new client; close it when done
     */
    public static CiscoSparkAPI clientFor(FakeSpark fake, FakeUser user) {
        return builderFor(fake, user).build();
    }

    /**
     * A builder already pointed at the fake with {@code user}'s token, for clients with further
     * settings, e.g. {@code builderFor(fake, bob).strictModels(true).build()}.
     *
     * @param fake the fake
     * @param user a user of that fake
     * @return a new builder with the access token, base URL and (in-process) transport set
     */
    public static CiscoSparkAPI.Builder builderFor(FakeSpark fake, FakeUser user) {
        Objects.requireNonNull(fake, "fake");
        Objects.requireNonNull(user, "user");
        return builderFor(fake, user, fake.isServingHttp() ? null : fake.transport());
    }

    /**
     * A builder pointed at the fake: over HTTP when {@code inProcess} is {@code null}, else
     * through {@code inProcess}, which the caller owns.
     */
    static CiscoSparkAPI.Builder builderFor(FakeSpark fake, FakeUser user, Transport inProcess) {
        CiscoSparkAPI.Builder builder = CiscoSparkAPI.builder().accessToken(user.token());
        if (inProcess == null) {
            URI base = fake.baseUrl();
            if ("https".equals(base.getScheme())) {
                builder.transportOptions(TransportOptions.builder().sslContext(fake.clientSslContext()).build());
            }
            return builder.baseUrl(base);
        }
        return builder.baseUrl(IN_PROCESS_BASE_URL).transport(inProcess);
    }
}
