package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import java.net.URI;

/**
 * The child process of the start-up run: one {@code people().me()} call (or the baseline's), then
 * {@code first-response true} and exit.
 *
 * <pre>
 * java -cp benchmarks.jar io.ciscosparkapi.benchmarks.StartupMe CLIENT BASE_URL TOKEN
 * </pre>
 */
public final class StartupMe {

    private StartupMe() {
    }

    /**
     * Makes the call.
     *
     * @param args client ({@code baseline} or a transport name), base URL, token
     * @throws Exception when the call fails
     */
    public static void main(String[] args) throws Exception {
        String id;
        if (args[0].equals(Clients.BASELINE)) {
            id = new Baseline(URI.create(args[1]), args[2]).me();
        } else {
            try (CiscoSparkAPI api = Clients.sdk(args[0], URI.create(args[1]), args[2])) {
                id = api.people().me().id();
            }
        }
        System.out.println("first-response " + (id != null));
        System.out.flush();
        System.exit(0);
    }
}
