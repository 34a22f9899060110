/**
 * A transport on OkHttp 5: found by {@link java.util.ServiceLoader} under the name
 * {@code okhttp}, or built around an application's own client with
 * {@link io.ciscosparkapi.transport.okhttp.OkHttpTransport#wrap(okhttp3.OkHttpClient)}.
 */
module io.ciscosparkapi.transport.okhttp {
    // The SPI this module implements; Transport appears in OkHttpTransport's signature.
    requires transitive io.ciscosparkapi.transport;
    // The HTTP client that does the work (an explicit module, which brings kotlin.stdlib and the
    // automatic module okio with it). Transitive: OkHttpClient appears in OkHttpTransport.wrap.
    requires transitive okhttp3;

    // Only the factory for wrapping an application's own client is API.
    exports io.ciscosparkapi.transport.okhttp;

    // Found by ServiceLoader on the module path; META-INF/services covers the class path.
    provides io.ciscosparkapi.transport.TransportProvider
            with io.ciscosparkapi.transport.okhttp.internal.OkHttpTransportProvider;
}
