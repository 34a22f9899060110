package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.transport.TransportProvider;
import java.lang.System.Logger.Level;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** Preferred first: the highest priority, then the name, then the class name. */
    private static final Comparator<TransportProvider> PREFERENCE = Comparator
            .comparingInt(TransportProvider::priority).reversed()
            .thenComparing(p -> p.name().toLowerCase(Locale.ROOT))
            .thenComparing(p -> p.getClass().getName());

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
        return ServiceLoader.load(TransportProvider.class, TransportSelector.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).collect(Collectors.toList());
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
        List<TransportProvider> ranked = providers.stream().sorted(PREFERENCE).collect(Collectors.toList());
        if (blank(name)) {
            return ranked.stream().findFirst()
                    .orElseThrow(() -> new SparkException("No HTTP transport was found. Add one of the artifacts "
                            + "io.ciscosparkapi:spark-transport-jdk (no dependencies), spark-transport-okhttp or "
                            + "spark-transport-apache to your dependencies, or pass a Transport to "
                            + "CiscoSparkAPI.builder().transport(...). Shaded or assembled jars must merge "
                            + "META-INF/services files."));
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        String from = source;
        return ranked.stream().filter(p -> p.name().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> notFound(wanted, from, ranked));
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
        log.log(Level.DEBUG, () -> "Transport providers found: " + describe(providers));
        log.log(Level.DEBUG, () -> "Transport chosen: " + chosen.name() + " (" + chosen.getClass().getName() + ")");
    }

    private static String describe(List<TransportProvider> providers) {
        return providers.stream().map(p -> p.name() + " (priority " + p.priority() + ")").collect(Collectors.joining(", "));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
