/**
 * A fake Spark server for tests: in-memory state with the real service's rules, reachable
 * in-process as a transport, over loopback HTTP, or as a standalone process.
 */
module io.ciscosparkapi.testkit {
    // The in-process fake is handed to the SDK as a Transport.
    requires transitive io.ciscosparkapi.transport;
    // JSON for the fake's own wire format (not our models: a mapping bug must not hide twice).
    requires tools.jackson.databind;
    // The loopback HTTP server.
    requires jdk.httpserver;
    // Webhook deliveries are POSTed with the JDK client.
    requires java.net.http;

    exports io.ciscosparkapi.testkit;
}
