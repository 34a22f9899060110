package io.ciscosparkapi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK's version, for the {@code User-Agent} header.
 */
public final class Version {

    private static final String CURRENT = load();

    private Version() {
    }

    /**
     * Returns the version of this build.
     *
     * @return e.g. {@code 0.1.0}, or {@code dev} when unknown
     */
    public static String current() {
        return CURRENT;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "dev";
    }
}
