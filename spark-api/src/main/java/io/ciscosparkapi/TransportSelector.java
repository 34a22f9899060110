package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.transport.TransportProvider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Chooses the transport provider: the name the user gave, else the system property
 * {@code ciscosparkapi.transport}, else the environment variable {@code SPARK_TRANSPORT}, else the
 * provider with the highest priority. Equal priorities go to the name that sorts first (then the
 * class name), so the choice never depends on the order in which providers are found.
 */
final class TransportSelector {

    /** The system property that names a transport. */
    public static final String PROPERTY = "ciscosparkapi.transport";
    /** The environment variable that names a transport. */
    public static final String ENVIRONMENT = "SPARK_TRANSPORT";

    /**
     * Preferred first: the highest priority, then the name, then the class name. Written out
     * as a class rather than composed from {@link Comparator}'s combinators or a method reference,
     * and the lists below walked with loops: every client builds through here, and each lambda,
     * method reference and stream costs its first caller a class made at run time.
     */
    private static final class Preference implements Comparator<TransportProvider> {
        static final Preference ORDER = new Preference();

        @Override
        public int compare(TransportProvider a, TransportProvider b) {
            int byPriority = Integer.compare(b.priority(), a.priority());
            if (byPriority != 0) {
                return byPriority;
            }
            int byName = a.name().toLowerCase(Locale.ROOT).compareTo(b.name().toLowerCase(Locale.ROOT));
            return byName != 0 ? byName : a.getClass().getName().compareTo(b.getClass().getName());
        }
    }

    /**
     * The names of this project's transports, each published as
     * {@code io.ciscosparkapi:spark-transport-<name>}: only for these may an error name an
     * artifact to add.
     */
    private static final List<String> OUR_TRANSPORTS = List.of("jdk", "okhttp", "apache");

    private TransportSelector() {
    }

    /**
     * Finds the providers visible to the SDK with {@link ServiceLoader}.
     *
     * @return the providers, in no particular order
     */
    public static List<TransportProvider> discover() {
        List<TransportProvider> found = new ArrayList<>();
        for (TransportProvider provider : ServiceLoader.load(TransportProvider.class,
                TransportSelector.class.getClassLoader())) {
            found.add(provider);
        }
        return found;
    }

    /**
     * Chooses a provider.
     *
     * @param explicit the name given on the builder, or {@code null}
     * @param providers the candidates, in any order: the same set always gives the same choice
     * @param environment reads an environment variable (replaceable in tests)
     * @return the chosen provider
     * @throws SparkException when the named provider is absent or there is none at all
     */
    public static TransportProvider choose(String explicit, List<TransportProvider> providers,
                                           Function<String, String> environment) {
        String name = explicit;
        String source = "the builder";
        if (blank(name)) {
            name = System.getProperty(PROPERTY);
            source = "the system property " + PROPERTY;
        }
        if (blank(name)) {
            name = environment.apply(ENVIRONMENT);
            source = "the environment variable " + ENVIRONMENT;
        }
        List<TransportProvider> ranked = new ArrayList<>(providers);
        ranked.sort(Preference.ORDER);
        if (blank(name)) {
            if (ranked.isEmpty()) {
                throw new SparkException("No HTTP transport was found. Add one of the artifacts "
                        + "io.ciscosparkapi:spark-transport-jdk (no dependencies), spark-transport-okhttp or "
                        + "spark-transport-apache to your dependencies, or pass a Transport to "
                        + "CiscoSparkAPI.builder().transport(...). Shaded or assembled jars must merge "
                        + "META-INF/services files.");
            }
            return ranked.get(0);
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (TransportProvider p : ranked) {
            if (p.name().equalsIgnoreCase(wanted)) {
                return p;
            }
        }
        throw notFound(wanted, source, ranked);
    }

    private static SparkException notFound(String wanted, String from, List<TransportProvider> ranked) {
        String remedy = OUR_TRANSPORTS.contains(wanted)
                ? "Add its artifact (io.ciscosparkapi:spark-transport-" + wanted + ") to your dependencies."
                : "It is none of this SDK's transports (" + String.join(", ", OUR_TRANSPORTS) + "): add the "
                        + "library that provides it to your dependencies, or correct the name.";
        return new SparkException("The transport '" + wanted + "' named by " + from + " was not found. "
                + "Transports available: " + (ranked.isEmpty() ? "none" : describe(ranked)) + ". " + remedy
                + " Shaded or assembled jars must merge META-INF/services files.");
    }

    /**
     * Logs, at debug level, the providers found and the one chosen. Called once the chosen
     * provider has built its transport, which the logger's setup (see {@link Log}) runs alongside.
     *
     * @param providers the candidates
     * @param chosen the provider {@link #choose} returned
     */
    public static void logChoice(List<TransportProvider> providers, TransportProvider chosen) {
        System.Logger log = Log.logger();
        if (log.isLoggable(Level.DEBUG)) {
            log.log(Level.DEBUG, "Transport providers found: " + describe(providers));
            log.log(Level.DEBUG, "Transport chosen: " + chosen.name() + " (" + chosen.getClass().getName() + ")");
        }
    }

    private static String describe(List<TransportProvider> providers) {
        StringBuilder text = new StringBuilder();
        for (TransportProvider p : providers) {
            text.append(text.length() == 0 ? "" : ", ").append(p.name()).append(" (priority ").append(p.priority())
                    .append(')');
        }
        return text.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
