/**
 * The {@code java.net.http} transport: zero dependencies beyond the JDK.
 */
module io.ciscosparkapi.transport.jdk {
    // The SPI this module implements.
    requires io.ciscosparkapi.transport;
    // The JDK's HTTP client that does the work.
    requires java.net.http;

    // Found by ServiceLoader on the module path; META-INF/services covers the class path.
    provides io.ciscosparkapi.transport.TransportProvider with io.ciscosparkapi.transport.jdk.JdkTransportProvider;
}
