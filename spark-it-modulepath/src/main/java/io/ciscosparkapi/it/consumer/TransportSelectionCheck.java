package io.ciscosparkapi.it.consumer;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.testkit.FakeSpark;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a fake Spark over loopback HTTP, builds a client the way an application does (token and
 * base URL, no transport named), calls {@code people().me()}, blocking and async, and checks which
 * transport the SDK chose.
 *
 * <p>Run once per module path by this module's build: with only the JDK transport, only OkHttp,
 * only Apache, all three (OkHttp wins by priority), and all three with
 * {@code -Dciscosparkapi.transport=apache}. Prints the client and the transport; exits with
 * status {@code 1} when the transport is not the expected one, {@code 2} on misuse.
 */
public final class TransportSelectionCheck {

    private static final Pattern TRANSPORT = Pattern.compile("transport=([^,}\\s]+)");

    private TransportSelectionCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args one argument: the name of the transport the SDK must choose, e.g. {@code okhttp}
     */
    public static void main(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("usage: TransportSelectionCheck <expected transport name>");
            System.exit(2);
        }
        String expected = args[0].trim();
        String chosen;
        try (FakeSpark spark = FakeSpark.create()) {
            String baseUrl = spark.startHttp().toString();
            try (CiscoSparkAPI api = CiscoSparkAPI.builder()
                    .accessToken(spark.admin().token())
                    .baseUrl(baseUrl)
                    .build()) {
                Person me = api.people().me();
                System.out.println("me: " + me.displayName() + " <" + me.emails() + ">");
                // The same call through the async client, over the transport's own executeAsync.
                Person meAsync = api.async().people().me().join();
                if (!meAsync.id().equals(me.id())) {
                    System.err.println("FAILED: the async call answered " + meAsync.id() + " instead of " + me.id());
                    System.exit(1);
                }
                System.out.println("me, async: " + meAsync.displayName());
                System.out.println("client: " + api);
                Matcher m = TRANSPORT.matcher(api.toString());
                chosen = m.find() ? m.group(1) : "(none shown)";
            }
        }
        System.out.println("module path: " + (TransportSelectionCheck.class.getModule().isNamed() ? "yes" : "no (class path)"));
        System.out.println("transport: " + chosen);
        if (!chosen.equals(expected)) {
            System.err.println("FAILED: expected transport '" + expected + "' but the SDK chose '" + chosen + "'");
            System.exit(1);
        }
        System.out.println("OK: the SDK chose '" + chosen + "' as expected");
    }
}
