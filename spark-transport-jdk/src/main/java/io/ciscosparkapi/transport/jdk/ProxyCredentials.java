package io.ciscosparkapi.transport.jdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.PasswordAuthentication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The proxy credentials of one transport, as the {@code Proxy-Authorization} field the transport
 * adds to every request it sends.
 *
 * <p>The JDK client sends a {@code Proxy-Authorization} field to proxies alone: on the
 * {@code CONNECT} that opens an {@code https} tunnel, and on a plain {@code http} request sent
 * through a proxy. It removes the field from a request sent inside a tunnel or straight to a
 * server, so the credentials never reach a server. They are sent before the proxy asks, which
 * saves its challenge; a {@code 407} that answers them is returned as it is. The client's own
 * {@link java.net.Authenticator} is not used: with one set, the JDK 17 client drops the
 * caller's {@code Authorization} field from every request, the SDK's bearer token included, and
 * turns a server's {@code 401} into an {@link java.io.IOException}.
 *
 * <p>The JDK client sends Basic credentials to a proxy only where the JVM allows it: the system
 * properties {@value #TUNNELING} (for {@code https}, through {@code CONNECT}; {@code Basic} by
 * default, in the JDK's {@code conf/net.properties}) and {@value #PROXYING} (for {@code http})
 * name the schemes it refuses. {@link #requireBasicAllowed(UnaryOperator)} checks them up front,
 * so a transport that could not authenticate is refused when it is created rather than failing
 * on its first request.
 */
final class ProxyCredentials {

    /** The schemes the JDK refuses for proxies reached through a {@code CONNECT} tunnel. */
    static final String TUNNELING = "jdk.http.auth.tunneling.disabledSchemes";
    /** The schemes the JDK refuses for proxies of plain {@code http}. */
    static final String PROXYING = "jdk.http.auth.proxying.disabledSchemes";
    /** The field that carries them. */
    static final String FIELD = "Proxy-Authorization";

    private final String value;

    /**
     * Encodes {@code credentials} once.
     *
     * @param credentials the proxy's user name and password
     */
    ProxyCredentials(PasswordAuthentication credentials) {
        this.value = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.getUserName() + ":" + new String(credentials.getPassword())).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The value of the {@value #FIELD} field.
     *
     * @return {@code Basic} and the encoded user name and password
     */
    String value() {
        return value;
    }

    /**
     * Refuses proxy credentials the JDK client would never send.
     *
     * @param property the value of a networking property: the system property when set, else the
     *     JDK's {@code conf/net.properties}; {@code null} when neither sets it
     * @throws IllegalArgumentException naming the property to change when Basic is refused for
     *     proxies, through tunnels or for plain {@code http}
     */
    static void requireBasicAllowed(UnaryOperator<String> property) {
        for (String name : new String[] {TUNNELING, PROXYING}) {
            if (namesBasic(property.apply(name))) {
                throw new IllegalArgumentException("the JDK HTTP client will not send the proxy credentials: this JVM's "
                        + name + " refuses Basic authentication with proxies"
                        + (name.equals(TUNNELING) ? " reached through CONNECT, as every https request is" : "")
                        + ". Start the JVM with -D" + name + "= (empty), or use the okhttp or apache transport");
            }
        }
    }

    /**
     * Reads a networking property as the JDK client does: the system property when set, else the
     * JDK's {@code conf/net.properties}.
     *
     * @param name the property
     * @return its value, or {@code null} when neither sets it
     */
    static String networkProperty(String name) {
        String value = System.getProperty(name);
        if (value != null) {
            return value;
        }
        Path file = Path.of(System.getProperty("java.home"), "conf", "net.properties");
        if (!Files.isReadable(file)) {
            return null;
        }
        Properties defaults = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return defaults.getProperty(name);
    }

    private static boolean namesBasic(String schemes) {
        if (schemes == null) {
            return false;
        }
        return Arrays.stream(schemes.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).anyMatch("basic"::equals);
    }
}
