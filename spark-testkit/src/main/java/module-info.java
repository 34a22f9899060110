/**
 * A fake Spark server for tests: in-memory state with the real service's rules, reachable
 * in-process as a transport, over loopback HTTP, or as a standalone process; plus a JUnit 5
 * extension that starts it per test class and injects ready SDK clients.
 */
// "exports": JUnit types in the junit package's signatures (see requires static).
@SuppressWarnings("exports")
module io.ciscosparkapi.testkit {
    // The in-process fake is handed to the SDK as a Transport.
    requires transitive io.ciscosparkapi.transport;
    // The JUnit extension hands out CiscoSparkAPI clients, so the SDK is part of its public
    // signatures. Only the junit package uses it: the fake's core never does (ArchitectureTest).
    requires transitive io.ciscosparkapi;
    // JUnit's extension API, for the junit package only. Static: the fake itself (in-process,
    // HTTP, standalone) runs without JUnit, and whoever uses the extension brings JUnit anyway.
    // Not transitive, although JUnit types appear in that package's signatures: a transitive
    // static requirement would make every module that reads the testkit (an application, a jlink
    // image) need JUnit on its compile path.
    requires static org.junit.jupiter.api;
    // JSON for the fake's own wire format (not our models: a mapping bug must not hide twice).
    requires tools.jackson.databind;
    // The loopback HTTP server.
    requires jdk.httpserver;
    // Webhook deliveries are POSTed with the JDK client.
    requires java.net.http;

    // The fake: FakeSpark, its users, faults, journal and the standalone server.
    exports io.ciscosparkapi.testkit;
    // The JUnit 5 extension and its client helper.
    exports io.ciscosparkapi.testkit.junit;
}
