package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.testkit.FakeSpark;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole-process runs, each in a child JVM:
 * <ul>
 *   <li>memory: one listing of a million messages (and of a tenth of that, to see whether memory
 *       grows with the listing's length) in a {@code -Xmx32m} JVM, SDK and baseline, served by a
 *       {@link SyntheticSpark} in this process; the child's peak RSS is read from
 *       {@code /proc/<pid>/status} (VmHWM) and its GC counts from its own MXBeans;</li>
 *   <li>start-up: from process start to the first response of one {@code people().me()} on the
 *       class path, against a fake Spark in this process; and the quickstart up to its first
 *       answer on the class path and from the jlink image, when the image is built. The starts
 *       of the compared launches take turns, so a machine that drifts weighs on each alike, after
 *       one start of each that is not counted: the first start reads its classes from disk.</li>
 * </ul>
 *
 * <pre>
 * java -cp benchmarks.jar io.ciscosparkapi.benchmarks.WholeProcess OUT.tsv [--items N] [--starts N]
 *      [--clients baseline,jdk,okhttp,apache] [--image PATH/bin/spark] [--classpath CP]
 * </pre>
 *
 * <p>Each result is a line {@code scenario TAB client TAB value TAB unit TAB details}.
 */
public final class WholeProcess {

    /** The heap of the memory runs' children: a million messages must list in it. */
    static final String HEAP = "-Xmx32m";

    private final String classpath;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final PrintWriter out;

    private WholeProcess(String classpath, PrintWriter out) {
        this.classpath = classpath;
        this.out = out;
    }

    /**
     * Runs them all.
     *
     * @param args output file, then options (see the class description)
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long items = 1_000_000;
        int starts = 7;
        List<String> clients = new ArrayList<>(List.of(Clients.BASELINE));
        clients.addAll(Transports.available());
        Path image = null;
        String cp = System.getProperty("java.class.path");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--items" -> items = Long.parseLong(args[++i]);
                case "--starts" -> starts = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Arrays.asList(args[++i].split(","));
                case "--image" -> image = Path.of(args[++i]);
                case "--classpath" -> cp = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true)) {
            WholeProcess run = new WholeProcess(cp, w);
            for (String client : clients) {
                run.memory(client, items);
                run.memory(client, items / 10);
            }
            run.startup(clients, starts);
            run.quickstart(image, starts);
        }
    }

    private void record(String scenario, String client, String value, String unit, String details) {
        String line = String.join("\t", scenario, client, value, unit, details);
        out.println(line);
        System.out.println(line);
    }

    private void memory(String client, long items) throws Exception {
        try (SyntheticSpark server = SyntheticSpark.start(items)) {
            List<String> command = List.of(java, HEAP, "-cp", classpath, ListAll.class.getName(), client,
                    server.baseUrl().toString(), SyntheticSpark.TOKEN, SyntheticSpark.ROOM_ID, Long.toString(items));
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Map<String, String> result = new LinkedHashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        result.put(line.substring(0, eq), line.substring(eq + 1));
                    } else {
                        result.put("status", line);
                        break;
                    }
                }
                long hwmKb = statusKb(child.pid(), "VmHWM");
                child.getOutputStream().close();
                if (!child.waitFor(60, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    throw new IllegalStateException("the listing child did not exit");
                }
                boolean done = "done".equals(result.get("status")) && child.exitValue() == 0;
                if (!done) {
                    throw new IllegalStateException("memory run " + client + " " + items + " failed: " + result
                            + " exit " + child.exitValue());
                }
                StringBuilder gcs = new StringBuilder();
                result.forEach((k, v) -> {
                    if (k.startsWith("gc.") && !k.equals("gc.count") && !k.equals("gc.ms")) {
                        gcs.append(gcs.length() == 0 ? "" : ", ").append(k.substring(3)).append(' ').append(v);
                    }
                });
                String scenario = "memory-" + items;
                record(scenario, client, Long.toString(hwmKb), "kB",
                        "completed " + result.get("items") + " items in " + result.get("seconds") + " s, " + HEAP + ", "
                                + result.get("gc.count") + " GCs (" + gcs + "), " + result.get("gc.ms") + " ms in GC, old-gen peak "
                                + mb(result.get("heap.old.peak")) + ", heap after a final GC " + mb(result.get("heap.after.gc")));
                record(scenario + "-gc", client, result.get("gc.count"), "GCs", "");
                record(scenario + "-alloc", client, result.get("alloc.per.item"), "B/item", "");
                record(scenario + "-allalloc", client, result.get("alloc.all.per.item"), "B/item", "");
                record(scenario + "-cpu", client, result.get("cpu.ms"), "ms", "");
                record(scenario + "-rate", client,
                        String.format("%.0f", items / Double.parseDouble(result.get("seconds"))), "items/s", "");
            }
        }
    }

    private static String mb(String bytes) {
        return bytes == null ? "?" : String.format(Locale.ROOT, "%.1f MB", Long.parseLong(bytes) / 1048576.0);
    }

    private static long statusKb(long pid, String key) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).replace("kB", "").trim());
            }
        }
        return -1;
    }

    private void startup(List<String> clients, int starts) throws Exception {
        try (FakeSpark fake = FakeSpark.create()) {
            URI base = fake.startHttp();
            Map<String, List<String>> commands = new LinkedHashMap<>();
            for (String client : clients) {
                commands.put(client, List.of(java, "-cp", classpath, StartupMe.class.getName(), client,
                        base.toString(), fake.admin().token()));
            }
            takeTurns(commands, "first-response", starts)
                    .forEach((client, millis) -> recordStarts("startup", client, millis));
        }
    }

    private void quickstart(Path image, int starts) throws Exception {
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("classpath", List.of(java, "-cp", classpath, "io.ciscosparkapi.examples.Quickstart"));
        boolean built = image != null && Files.isExecutable(image);
        if (built) {
            commands.put("jlink-image", List.of(image.toString()));
        }
        takeTurns(commands, "me.id()", starts).forEach((launch, millis) -> recordStarts("startup-quickstart", launch, millis));
        if (!built) {
            record("startup-quickstart", "jlink-image", "n/a", "ms", "image not built: " + image);
        }
    }

    /**
     * Times each command's starts up to its first line starting with {@code prefix}, the commands
     * taking turns, after one start of each that is not counted.
     */
    private static Map<String, long[]> takeTurns(Map<String, List<String>> commands, String prefix, int starts)
            throws Exception {
        Map<String, long[]> millis = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            timeToLine(command.getValue(), Map.of(), prefix);
            millis.put(command.getKey(), new long[starts]);
        }
        for (int i = 0; i < starts; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                millis.get(command.getKey())[i] = timeToLine(command.getValue(), Map.of(), prefix);
            }
        }
        return millis;
    }

    private void recordStarts(String scenario, String launch, long[] millis) {
        record(scenario, launch, Long.toString(median(millis)), "ms", "median of " + millis.length + ": "
                + Arrays.toString(millis));
    }

    private static long timeToLine(List<String> command, Map<String, String> env, String prefix) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("SPARK_ACCESS_TOKEN");
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        long elapsed = -1;
        List<String> seen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (elapsed < 0 && line.startsWith(prefix)) {
                    elapsed = (System.nanoTime() - start) / 1_000_000;
                } else if (elapsed < 0 && seen.size() < 20) {
                    seen.add(line);
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (elapsed < 0) {
            throw new IllegalStateException("no '" + prefix + "' line from " + command + ": " + seen);
        }
        return elapsed;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
