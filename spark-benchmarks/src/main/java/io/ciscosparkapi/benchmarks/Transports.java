package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.transport.TransportProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Prints the transports found on the class path, comma-separated, in the order jdk, okhttp, apache. */
public final class Transports {

    private Transports() {
    }

    /**
     * Prints the names of the HTTP transports present.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(String.join(",", available()));
    }

    /**
     * The HTTP transports present, in the order jdk, okhttp, apache.
     *
     * @return their names
     */
    public static List<String> available() {
        List<String> found = new ArrayList<>();
        for (TransportProvider p : ServiceLoader.load(TransportProvider.class)) {
            found.add(p.name());
        }
        List<String> names = new ArrayList<>();
        for (String known : List.of("jdk", "okhttp", "apache")) {
            if (found.contains(known)) {
                names.add(known);
            }
        }
        return names;
    }
}
