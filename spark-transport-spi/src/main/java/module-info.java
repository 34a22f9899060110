/**
 * The transport SPI: the one contract between the SDK and an HTTP client.
 *
 * <p>A transport is a thin pipe that sends one {@link io.ciscosparkapi.transport.TransportRequest}
 * and hands back one {@link io.ciscosparkapi.transport.TransportResponse}; every Spark rule
 * (authentication, retries, paging, errors) lives in the SDK, not here. Implementations are found
 * with {@link java.util.ServiceLoader} through {@link io.ciscosparkapi.transport.TransportProvider}.
 */
module io.ciscosparkapi.transport {
    // The only package: the SPI types every transport and the SDK share. Depends on java.base alone.
    exports io.ciscosparkapi.transport;
}
