/**
 * A transport on Apache HttpClient 5 (the classic API for {@code execute}, the async one for
 * {@code executeAsync}): found by {@link java.util.ServiceLoader}
 * under the name {@code apache}, or built around an application's own client with
 * {@link io.ciscosparkapi.transport.apache.ApacheTransport#wrap(org.apache.hc.client5.http.impl.classic.CloseableHttpClient)}.
 */
// httpclient5 publishes no module descriptor of its own, only a module name, so javac warns that a
// transitive requirement on it is fragile; the requirement is transitive on purpose (see below).
@SuppressWarnings("requires-transitive-automatic")
module io.ciscosparkapi.transport.apache {
    // The SPI this module implements; Transport appears in ApacheTransport's signature.
    requires transitive io.ciscosparkapi.transport;
    // The HTTP client (an automatic module). Transitive: CloseableHttpClient appears in
    // ApacheTransport.wrap, so whoever calls it reads the client too.
    requires transitive org.apache.httpcomponents.client5.httpclient5;
    // The client's core (also automatic): messages, entities, headers, timeouts, and the
    // non-blocking producers and consumers of the async client.
    requires org.apache.httpcomponents.core5.httpcore5;
    // The core's HTTP/2 side (automatic), for its version policy alone: the async client is
    // held to HTTP/1.1, as the classic one is.
    requires org.apache.httpcomponents.core5.httpcore5.h2;
    // httpclient5's socket code calls jdk.net.Sockets (TCP keep-alive options). Being an
    // automatic module, httpclient5 cannot require jdk.net itself, and nothing else resolves it
    // on the module path: without this line the first request fails with
    // NoClassDefFoundError: jdk/net/Sockets.
    requires jdk.net;

    // Only the factory for wrapping an application's own client is API.
    exports io.ciscosparkapi.transport.apache;

    // Found by ServiceLoader on the module path; META-INF/services covers the class path.
    provides io.ciscosparkapi.transport.TransportProvider
            with io.ciscosparkapi.transport.apache.internal.ApacheTransportProvider;
}
