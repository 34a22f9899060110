package io.ciscosparkapi.transport;

/**
 * Creates {@link Transport}s; found by the SDK with {@link java.util.ServiceLoader}.
 *
 * <p>A transport module declares {@code provides io.ciscosparkapi.transport.TransportProvider
 * with ...} in its {@code module-info.java} and lists the same class in
 * {@code META-INF/services/io.ciscosparkapi.transport.TransportProvider}, so that it is found on
 * the module path and on the class path alike.
 *
 * <p>A transport the user names (on the client's builder, with the system property
 * {@code ciscosparkapi.transport} or with the environment variable {@code SPARK_TRANSPORT}) is
 * chosen by its {@link #name()}, whatever its priority. When the user names none, the SDK ranks
 * every provider it finds by {@link #priority()}:
 * <ul>
 *   <li>the highest priority wins;</li>
 *   <li>on equal priorities, the provider whose name comes first in alphabetical order wins (and,
 *       for two providers of the same name, the one whose class name comes first), so the choice
 *       never depends on the order in which the providers are found;</li>
 *   <li>negative priorities are allowed and rank below the JDK transport's {@code 0}: such a
 *       provider is chosen only when the JDK transport (and every other provider of priority
 *       {@code 0} or more) is absent.</li>
 * </ul>
 *
 * <p>Implementations must have a public no-argument constructor and be stateless and
 * thread-safe.
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
     * How strongly this provider wants to be chosen when the user named none; the highest wins,
     * and equal priorities are decided by {@link #name()} (see the class description). The JDK
     * transport, present by default, declares {@code 0}; this project's add-on transports declare
     * more ({@code apache} 10, {@code okhttp} 20). A negative priority ranks below the JDK
     * transport, for a provider that should serve only where nothing else is present.
     *
     * @return this provider's priority; any {@code int}, negative included, the same on every call
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
