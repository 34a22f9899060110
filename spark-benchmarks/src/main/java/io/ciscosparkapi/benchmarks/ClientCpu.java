package io.ciscosparkapi.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The client-CPU run: how much CPU time the client's process spends per listed message, the SDK
 * on each transport against the bare clients (the JDK's, OkHttp's and Apache's, each with
 * Jackson's streaming parser) and against Python clients using the standard library alone.
 *
 * <p>Each run of a client is a child process ({@link CpuListing}, or {@code list_messages.py}
 * under {@code python3}) listing a {@link SyntheticSpark} room served from this process, so the
 * server's CPU is not counted. The child warms up with {@value #WARMUPS} listings, then measures
 * the next {@value #LISTINGS} together as the CPU time its whole process spent on them: the JIT compiler's and
 * the garbage collector's threads are counted, as they are part of what a client costs. The
 * warm-up is long because a listing's per-page code (one call in a thousand items) reaches the
 * JIT compiler's last tier only after thousands of pages; until then its compiling is most of the
 * CPU a listing costs, and it differs from one run to the next. The runs of the clients take
 * turns, in reversed order every other round, so a machine whose load drifts weighs on each
 * alike; the result of a client is the median of its runs.
 *
 * <p>Python: {@code python} parses each page as the Python SDK does (the body decoded to text,
 * then {@code json.loads} with an {@code OrderedDict} hook), {@code python-plain} with a bare
 * {@code json.loads}; each wraps its items in an object. A Python that cannot run is noted.
 *
 * <pre>
 * java -cp benchmarks.jar io.ciscosparkapi.benchmarks.ClientCpu OUT.tsv [--items N] [--warmups N]
 *      [--listings N] [--rounds N] [--clients baseline,bare-okhttp,bare-apache,jdk,okhttp,apache,python,python-plain]
 *      [--python python3] [--classpath CP]
 * </pre>
 *
 * <p>Each result is a line {@code scenario TAB client TAB value TAB unit TAB details}, as
 * {@link WholeProcess} writes them: {@code cpu-ITEMS} (process CPU in ms per listing of ITEMS
 * messages) and {@code cpu-ITEMS-alloc} (bytes allocated per message by all the JVM's threads).
 */
public final class ClientCpu {

    /**
     * The JVM options of every Java child: a fixed heap touched at start, so no page is faulted in
     * while measuring, and access to HotSpot's bean that tells the CPU of its own threads.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch",
            "--add-exports=java.management/sun.management=ALL-UNNAMED");

    /** The warm-up listings of a Java child, unless told otherwise. */
    static final int WARMUPS = 150;

    /**
     * The measured listings of a child, unless told otherwise. After 100 warm-up listings the JIT
     * compiler still spent 15–18 ms of every measured listing on the JDK clients (it compiles a
     * listing's per-page code only after thousands of pages); after 150 it spends 3–4 ms.
     */
    static final int LISTINGS = 20;

    /** The clients compared, in the order of the first round. */
    static final List<String> CLIENTS = List.of(Clients.BASELINE, "bare-okhttp", "bare-apache", "jdk", "okhttp",
            "apache", "python", "python-plain");

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String classpath;
    private final String python;
    private final Path script;

    private ClientCpu(String classpath, String python, Path script) {
        this.classpath = classpath;
        this.python = python;
        this.script = script;
    }

    /**
     * Runs the comparison.
     *
     * @param args output file, then options (see the class description)
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long items = 20_000;
        int warmups = WARMUPS;
        int listings = LISTINGS;
        int rounds = 3;
        List<String> clients = CLIENTS;
        String python = "python3";
        String cp = System.getProperty("java.class.path");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--items" -> items = Long.parseLong(args[++i]);
                case "--warmups" -> warmups = Integer.parseInt(args[++i]);
                case "--listings" -> listings = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Arrays.asList(args[++i].split(","));
                case "--python" -> python = args[++i];
                case "--classpath" -> cp = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path script = Files.createTempFile("list_messages", ".py");
        try (InputStream in = ClientCpu.class.getResourceAsStream("list_messages.py");
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
             SyntheticSpark server = SyntheticSpark.start(items)) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            ClientCpu run = new ClientCpu(cp, python, script);
            String scenario = "cpu-" + items;
            List<String> measured = new ArrayList<>(clients);
            String missing = measured.stream().anyMatch(ClientCpu::isPython) ? run.pythonMissing() : null;
            if (missing != null) {
                for (String client : clients) {
                    if (isPython(client)) {
                        measured.remove(client);
                        run.record(out, scenario, client, "n/a", "ms", missing);
                    }
                }
            }
            String load = "load average " + loadAverage() + " at start";
            Map<String, List<Measured>> results = new LinkedHashMap<>();
            measured.forEach(c -> results.put(c, new ArrayList<>()));
            for (int round = 1; round <= rounds; round++) {
                List<String> order = new ArrayList<>(measured);
                if (round % 2 == 0) {
                    Collections.reverse(order);
                }
                for (String client : order) {
                    results.get(client).add(run.child(server, client, items, warmups, listings));
                }
            }
            load += ", " + loadAverage() + " at end";
            String method = String.format(Locale.ROOT, "%d runs of %d listings after %d warm-up listings (Python: 1)",
                    rounds, listings, warmups);
            for (Map.Entry<String, List<Measured>> result : results.entrySet()) {
                run.report(out, scenario, result.getKey(), items, result.getValue(), method + ", " + load);
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static boolean isPython(String client) {
        return client.startsWith("python");
    }

    /** The measured listings of one run, as its child printed them; {@code -1} where the child cannot tell. */
    record Measured(int listings, long cpuNanos, long threadNanos, long allocated, long allAllocated, long wallNanos,
                    long jitMillis, long javaNanos, long compilerNanos, long gcNanos, long vmNanos) {

        static Measured parse(String line) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (String field : line.substring("measured ".length()).split(" ")) {
                int eq = field.indexOf('=');
                values.put(field.substring(0, eq), Long.parseLong(field.substring(eq + 1)));
            }
            return new Measured(values.get("listings").intValue(), values.get("cpu"), values.getOrDefault("thread", -1L),
                    values.getOrDefault("alloc", -1L), values.getOrDefault("all", -1L), values.get("wall"),
                    values.getOrDefault("jit", -1L), values.getOrDefault("java", -1L),
                    values.getOrDefault("compiler", -1L), values.getOrDefault("gc", -1L), values.getOrDefault("vm", -1L));
        }

        double cpuPerListing() {
            return (double) cpuNanos / listings;
        }
    }

    private String pythonMissing() {
        try {
            Process p = new ProcessBuilder(python, "-c", "import collections, http.client, json, re, urllib.parse")
                    .redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return python + " cannot run the reference script (" + said + "); the Python reference is skipped";
            }
            return null;
        } catch (IOException e) {
            return python + " is not installed (" + e.getMessage() + "); the Python reference is skipped";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Measured child(SyntheticSpark server, String client, long items, int warmups, int listings)
            throws Exception {
        List<String> command = new ArrayList<>();
        int warm = warmups;
        if (isPython(client)) {
            // Python compiles nothing at run time: one listing warms its caches and the connection.
            command.addAll(List.of(python, script.toString(), client.equals("python") ? "sdk" : "plain"));
            warm = Math.min(1, warmups);
        } else {
            command.add(java);
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-cp", classpath, CpuListing.class.getName(), client));
        }
        command.addAll(List.of(server.baseUrl().toString(), SyntheticSpark.TOKEN, SyntheticSpark.ROOM_ID,
                Long.toString(items), Integer.toString(warm), Integer.toString(listings)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Measured measured = null;
        boolean done = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("measured ")) {
                    measured = Measured.parse(line);
                } else if (line.equals("done")) {
                    done = true;
                }
            }
        }
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the CPU run of " + client + " did not end");
        }
        if (!done || p.exitValue() != 0 || measured == null) {
            throw new IllegalStateException("the CPU run of " + client + " failed, exit " + p.exitValue());
        }
        System.out.printf(Locale.ROOT, "%s: %.1f ms per listing%n", client, measured.cpuPerListing() / 1e6);
        return measured;
    }

    private void report(PrintWriter out, String scenario, String client, long items, List<Measured> runs,
                        String method) {
        double[] cpu = runs.stream().mapToDouble(Measured::cpuPerListing).toArray();
        double median = median(cpu) / 1e6;
        StringBuilder details = new StringBuilder(String.format(Locale.ROOT,
                "median of %s ms, %.2f µs per message, %,.0f ms per 1,000,000 messages", show(cpu),
                median * 1000 / items, median * 1_000_000 / items));
        if (runs.get(0).threadNanos() >= 0) {
            details.append("; where it went, ms per listing: listing thread ").append(perListing(runs, Measured::threadNanos))
                    .append(", other Java threads ").append(perListing(runs, m -> m.javaNanos() - m.threadNanos()));
            if (runs.get(0).compilerNanos() >= 0) {
                details.append(", JIT compiler ").append(perListing(runs, Measured::compilerNanos))
                        .append(", garbage collector ").append(perListing(runs, Measured::gcNanos))
                        .append(", VM thread ").append(perListing(runs, Measured::vmNanos));
            }
        }
        double[] wall = runs.stream().mapToDouble(m -> (double) m.wallNanos() / m.listings()).toArray();
        details.append(String.format(Locale.ROOT, "; elapsed %.1f ms; %s", median(wall) / 1e6, method));
        record(out, scenario, client, String.format(Locale.ROOT, "%.2f", median), "ms", details.toString());
        double[] all = runs.stream().filter(m -> m.allAllocated() >= 0)
                .mapToDouble(m -> (double) m.allAllocated() / m.listings() / items).toArray();
        if (all.length > 0) {
            double[] alloc = runs.stream().mapToDouble(m -> (double) m.allocated() / m.listings() / items).toArray();
            record(out, scenario + "-alloc", client, String.format(Locale.ROOT, "%.0f", median(all)), "B/item",
                    String.format(Locale.ROOT, "listing thread %.0f B/item", median(alloc)));
        }
    }

    /** The median over the runs of one part of their CPU, in ms per listing. */
    private static String perListing(List<Measured> runs, java.util.function.ToLongFunction<Measured> part) {
        double[] values = runs.stream().mapToDouble(m -> (double) part.applyAsLong(m) / m.listings()).toArray();
        return String.format(Locale.ROOT, "%.1f", median(values) / 1e6);
    }

    private static String show(double[] nanos) {
        StringBuilder s = new StringBuilder("[");
        for (double v : nanos) {
            s.append(s.length() == 1 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", v / 1e6));
        }
        return s.append(']').toString();
    }

    private void record(PrintWriter out, String scenario, String client, String value, String unit, String details) {
        String line = String.join("\t", scenario, client, value, unit, details);
        out.println(line);
        System.out.println(line);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? String.join(" ", Arrays.copyOf(Files.readString(load).split(" "), 3)) : "unknown";
    }
}
