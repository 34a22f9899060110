/**
 * ciscosparkapi for Java: the connection object {@link io.ciscosparkapi.CiscoSparkAPI}, its
 * resource APIs, and the session layer that applies every Spark rule once.
 */
module io.ciscosparkapi {
    // Models appear in every resource method's signature.
    requires transitive io.ciscosparkapi.model;
    // Transport and TransportProvider appear in the builder's signature.
    requires transitive io.ciscosparkapi.transport;
    // JSON reading and writing with Jackson's streaming layer, kept internal: no Jackson type
    // appears in our API.
    requires tools.jackson.core;

    exports io.ciscosparkapi;

    // Transports are plug-ins found at run time.
    uses io.ciscosparkapi.transport.TransportProvider;
}
