/**
 * A fake Spark server for tests: in-memory state with the real service's rules, reachable
 * in-process as a transport, over loopback HTTP, or as a standalone process. It uses neither the
 * SDK nor JUnit; the JUnit 5 extension is the module {@code io.ciscosparkapi.testkit.junit}.
 */
module io.ciscosparkapi.testkit {
    // The in-process fake is handed to the SDK as a Transport.
    requires transitive io.ciscosparkapi.transport;
    // JSON for the fake's own wire format (not our models: a mapping bug must not hide twice).
    requires tools.jackson.databind;
    // Webhook deliveries are POSTed with the JDK client.
    requires java.net.http;

    // The fake: FakeSpark, its users, faults, journal and the standalone server.
    exports io.ciscosparkapi.testkit;
}
