/**
 * The transport conformance suite: the behaviour every {@link io.ciscosparkapi.transport.Transport}
 * must show, as an abstract JUnit 5 class that a transport's tests extend.
 */
module io.ciscosparkapi.transport.tck {
    // The contract under test; Transport and TransportOptions appear in the suite's signatures.
    requires transitive io.ciscosparkapi.transport;
    // The suite is a JUnit 5 test class: whoever extends it compiles against JUnit's annotations.
    requires transitive org.junit.jupiter.api;
    // The loopback HTTP and HTTPS servers the transport talks to. Transitive: a subclass adding
    // cases writes handlers for them (HttpHandler, HttpExchange appear in the suite's signatures).
    requires transitive jdk.httpserver;

    // The suite itself, the only package.
    exports io.ciscosparkapi.transport.tck;
}
