package io.ciscosparkapi.transport;

/**
 * Creates {@link Transport}s; found by the SDK with {@link java.util.ServiceLoader}.
 *
 * <p>A transport module declares {@code provides io.ciscosparkapi.transport.TransportProvider
 * with ...} in its {@code module-info.java} and lists the same class in
 * {@code META-INF/services/io.ciscosparkapi.transport.TransportProvider}, so that it is found on
 * the module path and on the class path alike.
 *
 * <p>When the user names no transport, the SDK picks the provider with the highest
 * {@link #priority()}. Implementations must have a public no-argument constructor and be
 * stateless and thread-safe.
 */
public interface TransportProvider {

    /**
     * The short name a user selects this provider by, e.g. {@code "jdk"}, {@code "okhttp"} or
     * {@code "apache"}: lower case, stable across releases.
     *
     * @return the provider's name; never {@code null} or blank
     */
    String name();

    /**
     * How strongly this provider wants to be chosen when the user named none; higher wins. The
     * JDK transport, always present, declares {@code 0}; add-on transports declare more.
     *
     * @return this provider's priority
     */
    int priority();

    /**
     * Creates a new transport configured by {@code options}. The caller owns the result and
     * closes it.
     *
     * @param options timeouts, proxy and TLS settings; never {@code null}
     * @return a new, ready transport
     * @throws IllegalArgumentException when an option cannot be honoured by this transport
     */
    Transport create(TransportOptions options);
}
