package io.ciscosparkapi.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.util.ListStatistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the JMH JSON results and the whole-process results as one Markdown table.
 *
 * <pre>
 * java -cp benchmarks.jar io.ciscosparkapi.benchmarks.Report JMH.json[,MORE.json] PROCESS.tsv[,MORE.tsv] OUT.md [LOAD]
 * </pre>
 *
 * <p>The ratio is always a cost ratio: SDK time (or memory) divided by the baseline's, so that
 * above 1 means the SDK costs more; for throughputs it is baseline ÷ SDK.
 */
public final class Report {

    /** One measured value. */
    record Value(double score, double error, String unit, boolean higherIsBetter, String details) {
        String show() {
            String s = number(score) + " " + unit;
            if (error > 0 && !Double.isNaN(error)) {
                s += " ± " + number(error);
            }
            return s;
        }
    }

    private final Map<String, Map<String, Value>> rows = new LinkedHashMap<>();
    private final Map<String, String> rowNotes = new LinkedHashMap<>();
    private String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");

    private Report() {
    }

    /**
     * Writes the report.
     *
     * @param args JMH JSON files (comma-separated), process TSV files (comma-separated, such as
     *     {@link WholeProcess}'s, {@link AsyncBurst}'s, {@link ClientCpu}'s and {@link ServerBenchmark}'s),
     *     output Markdown file, optional load note
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Report r = new Report();
        Map<String, Pooled> pooled = new LinkedHashMap<>();
        for (String name : args[0].split(",")) {
            Path jmh = Path.of(name);
            if (!name.isBlank() && Files.exists(jmh)) {
                r.readJmh(jmh, pooled);
            }
        }
        pooled.values().forEach(r::putJmh);
        for (String name : args[1].split(",")) {
            Path process = Path.of(name);
            if (!name.isBlank() && Files.exists(process)) {
                r.readProcess(process);
            }
        }
        String load = args.length > 3 ? args[3] : "";
        String md = r.render(load);
        Path out = Path.of(args[2]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private void put(String scenario, String client, Value v) {
        rows.computeIfAbsent(scenario, k -> new TreeMap<>()).put(client, v);
    }

    /**
     * Every measurement of one benchmark with one set of parameters, gathered from all the JMH
     * result files: the suite runs in rounds, in alternating order, so that a drift of the
     * machine during the run weighs on the SDK and the baseline alike.
     */
    private static final class Pooled {
        final JsonNode run;
        final ListStatistics iterations = new ListStatistics();

        Pooled(JsonNode run) {
            this.run = run;
        }

        void add(JsonNode metric) {
            for (JsonNode fork : metric.path("rawData")) {
                for (JsonNode iteration : fork) {
                    iterations.addValue(toDouble(iteration));
                }
            }
        }
    }

    private void readJmh(Path file, Map<String, Pooled> pooled) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file));
        for (JsonNode run : root) {
            String key = run.path("benchmark").asString() + " " + run.path("threads").asInt() + " " + run.path("params");
            pooled.computeIfAbsent(key, k -> new Pooled(run)).add(run.path("primaryMetric"));
        }
    }

    private void putJmh(Pooled measured) {
        JsonNode run = measured.run;
        String benchmark = run.path("benchmark").asString();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String cls = benchmark.substring(0, benchmark.lastIndexOf('.'));
        cls = cls.substring(cls.lastIndexOf('.') + 1);
        jdk = run.path("vmName").asString() + " " + run.path("jdkVersion").asString();
        JsonNode params = run.path("params");
        String client = params.has("client") ? params.path("client").asString() : params.path("variant").asString();
        JsonNode metric = run.path("primaryMetric");
        ListStatistics all = measured.iterations;
        double score = all.getN() > 0 ? all.getMean() : toDouble(metric.path("score"));
        double error = all.getN() > 1 ? all.getMeanErrorAt(0.999) : Double.NaN;
        String unit = metric.path("scoreUnit").asString();
        int threads = run.path("threads").asInt();
        switch (cls + "." + method) {
            case "ListingBenchmark.listAll" -> {
                long items = params.path("items").asLong();
                String server = params.path("server").asString();
                // score is ms per listing
                double rate = items / (score / 1000.0);
                double rateError = error > 0 ? rate * error / score : 0;
                String scenario = String.format(Locale.ROOT, "list %,d messages, PagedIterable max=1000 (%s, loopback HTTP)",
                        items, server.equals("fake") ? "fake Spark" : "synthetic server");
                put(scenario, client, new Value(rate, rateError, "items/s", true,
                        number(score) + " ms/listing"));
            }
            case "CallBenchmark.me" -> put("people().me() latency (fake Spark, loopback HTTP)", client,
                    new Value(score, error, unit.replace("/op", "/call"), false, ""));
            case "CallBenchmark.create1", "CallBenchmark.create8" -> put(
                    "messages().create(...) throughput, " + threads + (threads == 1 ? " thread" : " threads")
                            + " sharing one client (fake Spark, loopback HTTP)",
                    client, new Value(score, error, unit.replace("ops/", "calls/"), true, ""));
            case "InProcessBenchmark.me" -> put("people().me() through fake.transport() (in-process, no sockets)",
                    client.equals(Clients.BASELINE) ? Clients.BASELINE : "inprocess",
                    new Value(score, error, unit.replace("ops/", "calls/"), true, ""));
            default -> put(cls + "." + method, client, new Value(score, error, unit, false, ""));
        }
    }

    private static double toDouble(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void readProcess(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                continue;
            }
            String scenario = f[0];
            String client = f[1];
            String details = f.length > 4 ? f[4] : "";
            if (f[2].equals("n/a")) {
                rowNotes.merge(label(scenario), client + ": " + details, (a, b) -> a + "; " + b);
                continue;
            }
            double value = Double.parseDouble(f[2]);
            String unit = f[3];
            if (unit.equals("kB")) {
                value = value / 1024.0;
                unit = "MB";
            }
            put(label(scenario), client, new Value(value, 0, unit, unit.endsWith("/s"), details));
        }
    }

    private static String label(String scenario) {
        if (scenario.startsWith("memory-")) {
            String[] parts = scenario.split("-");
            long items = Long.parseLong(parts[1]);
            String what = parts.length == 2 ? "peak RSS (VmHWM)" : switch (parts[2]) {
                case "gc" -> "GC count";
                case "alloc" -> "bytes allocated per item by the listing thread";
                case "allalloc" -> "bytes allocated per item by all the client's threads";
                case "cpu" -> "process CPU of the listing (a fresh JVM: JIT compiling included)";
                default -> "listing rate";
            };
            return String.format(Locale.ROOT, "whole process: list %,d messages in one listing, %s, %s", items,
                    WholeProcess.HEAP, what);
        }
        if (scenario.startsWith("cpu-")) {
            String[] parts = scenario.split("-");
            long items = Long.parseLong(parts[1]);
            return parts.length == 2
                    ? String.format(Locale.ROOT, "client CPU: process CPU per listing of %,d messages, after warm-up "
                            + "(child process, server in another)", items)
                    : String.format(Locale.ROOT, "client CPU run: bytes allocated per listed message by all the "
                            + "client's threads (%,d-message listings)", items);
        }
        if (scenario.equals("startup")) {
            return "start-up: process start to first people().me() response (class path, fake in another process)";
        }
        if (scenario.equals("startup-quickstart")) {
            return "start-up: quickstart process start to its first answer (embedded fake); jlink image vs class path";
        }
        return switch (scenario) {
            case "server-me" -> SERVER + "GET people/me over loopback HTTP, requests/s";
            case "server-page" -> SERVER + "GET messages?roomId=...&max=50 (a page of 50) over loopback HTTP, requests/s";
            case "server-startup" -> SERVER + "process start to its first answer of GET people/me";
            case "server-answers" -> SERVER + "the answers";
            case "inprocess-me" -> IN_PROCESS + "GET people/me, calls/s";
            case "inprocess-page" -> IN_PROCESS + "a page of 50 messages, calls/s";
            default -> scenario;
        };
    }

    /** The start of the labels of the fake-against-WireMock rows. */
    private static final String SERVER = "fake Spark server against WireMock: ";
    /** The start of the labels of the in-process fake's rows. */
    private static final String IN_PROCESS = "fake Spark in-process (`fake.transport()`, no sockets): ";

    /**
     * A row of the fake against WireMock: each server's value and how the fake compares (its rate
     * as a multiple of WireMock's, or its time as a fraction of WireMock's); or the in-process
     * fake against the fake over HTTP.
     */
    private void serverRow(StringBuilder md, String scenario, Map<String, Value> byServer) {
        Value fake = byServer.get(scenario.startsWith(IN_PROCESS) ? ServerBenchmark.IN_PROCESS : ServerBenchmark.FAKE);
        Value other;
        String otherName;
        if (scenario.startsWith(IN_PROCESS)) {
            Map<String, Value> http = rows.get(scenario.endsWith("GET people/me, calls/s") ? label("server-me") : label("server-page"));
            other = http == null ? null : http.get(ServerBenchmark.FAKE);
            otherName = "the fake over loopback HTTP";
        } else {
            other = byServer.get(ServerBenchmark.WIREMOCK);
            otherName = "WireMock";
        }
        String ratio = "—";
        if (fake != null && other != null && fake.score > 0 && other.score > 0) {
            ratio = fake.higherIsBetter
                    ? String.format(Locale.ROOT, "%.2f× %s's rate", fake.score / other.score, otherName)
                    : String.format(Locale.ROOT, "%.2f× %s's time", fake.score / other.score, otherName);
        }
        md.append("| ").append(scenario).append(" | fake Spark").append(scenario.startsWith(IN_PROCESS) ? ", in-process" : "")
                .append(" | ").append(fake == null ? "not measured" : fake.show() + details(fake))
                .append(" | ").append(other == null ? "—" : otherName + ": " + other.show() + details(other))
                .append(" | ").append(ratio).append(" |\n");
    }

    private static String details(Value v) {
        return v.details.isBlank() ? "" : " (" + v.details + ")";
    }

    private String render(String load) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| Machine | JDK | Measured |\n|---|---|---|\n");
        md.append("| ").append(Runtime.getRuntime().availableProcessors()).append(" × ").append(cpuModel())
                .append(" | ").append(jdk).append(" | ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(load.isBlank() ? "" : ", " + load).append(" |\n\n");
        md.append("| Scenario | SDK | Result (SDK) | Result (baseline) | Ratio SDK÷baseline |\n");
        md.append("|---|---|---|---|---|\n");
        List<Map.Entry<String, Map<String, Value>>> ordered = new ArrayList<>(rows.entrySet());
        ordered.sort((a, b) -> rank(a.getKey()) - rank(b.getKey()));
        for (Map.Entry<String, Map<String, Value>> row : ordered) {
            String scenario = row.getKey();
            Map<String, Value> byClient = row.getValue();
            if (scenario.startsWith("start-up: quickstart")) {
                Value cp = byClient.get("classpath");
                Value image = byClient.get("jlink-image");
                md.append("| ").append(scenario).append(" | jlink image `bin/spark` | ")
                        .append(image == null ? "not measured" : image.show()).append(" | ")
                        .append(cp == null ? "" : "class path: " + cp.show()).append(" | ")
                        .append(image == null || cp == null ? "—" : String.format(Locale.ROOT, "%.2f× (image ÷ class path)", image.score / cp.score))
                        .append(" |\n");
                continue;
            }
            if (scenario.startsWith(SERVER) || scenario.startsWith(IN_PROCESS)) {
                serverRow(md, scenario, byClient);
                continue;
            }
            Value base = byClient.get(Clients.BASELINE);
            List<String> sdks = new ArrayList<>(byClient.keySet());
            sdks.remove(Clients.BASELINE);
            sdks.sort((a, b) -> order(a) - order(b));
            for (String sdk : sdks) {
                Value v = byClient.get(sdk);
                md.append("| ").append(scenario).append(" | ").append(sdkName(sdk)).append(" | ").append(v.show())
                        .append(v.details.isBlank() || v.unit.equals("MB") ? "" : " (" + brief(v.details) + ")")
                        .append(" | ").append(base == null ? "—" : base.show()
                                + (base.details.isBlank() || base.unit.equals("MB") ? "" : " (" + brief(base.details) + ")"))
                        .append(" | ").append(base == null ? "—" : ratio(v, base)).append(" |\n");
            }
        }
        md.append("\nRatio: the SDK's cost divided by the bare baseline's (time per item or call, memory, GCs; for ")
                .append("throughputs baseline ÷ SDK), so 1.00× is free and above 1 is the SDK's overhead. Baseline: ")
                .append("`java.net.http.HttpClient` + Jackson 3 streaming parser, no SDK.\n");
        md.append("\nWhole-process listings (child JVM `").append(WholeProcess.HEAP)
                .append("`, served from the parent process):\n");
        for (Map.Entry<String, Map<String, Value>> row : ordered) {
            List<String> clients = new ArrayList<>(row.getValue().keySet());
            clients.sort((a, b) -> order(a) - order(b));
            for (String client : clients) {
                Value v = row.getValue().get(client);
                if (v.unit.equals("MB")) {
                    md.append("\n- ").append(sdkName(client)).append(": ").append(v.details)
                            .append(", peak RSS ").append(v.show());
                }
            }
        }
        md.append('\n');
        ordered.stream().filter(row -> row.getKey().startsWith("client CPU: "))
                .forEach(row -> cpuSummary(md, row.getKey(), row.getValue()));
        rowNotes.forEach((k, v) -> md.append("\n- ").append(k).append(": ").append(v));
        md.append('\n');
        return md.toString();
    }

    /** The part of a result's details shown in the table: up to the first semicolon. */
    private static String brief(String details) {
        int end = details.indexOf("; ");
        return end < 0 ? details : details.substring(0, end);
    }

    /**
     * The client-CPU ratios the table has no column for: each SDK transport against the bare JDK
     * client, the fastest bare client and the Python clients; then every client's details.
     */
    private static void cpuSummary(StringBuilder md, String scenario, Map<String, Value> byClient) {
        md.append("\n").append(scenario).append(", median of the runs:\n");
        String fastest = null;
        for (String bare : List.of(Clients.BASELINE, "bare-okhttp", "bare-apache")) {
            Value v = byClient.get(bare);
            if (v != null && (fastest == null || v.score < byClient.get(fastest).score)) {
                fastest = bare;
            }
        }
        List<String> clients = new ArrayList<>(byClient.keySet());
        clients.sort((a, b) -> order(a) - order(b));
        for (String client : clients) {
            if (order(client) > 3) {
                continue;
            }
            Value v = byClient.get(client);
            List<String> ratios = new ArrayList<>();
            for (String other : new String[] {Clients.BASELINE, fastest, "python", "python-plain"}) {
                Value o = other == null ? null : byClient.get(other);
                if (o != null && o.score > 0) {
                    ratios.add(String.format(Locale.ROOT, "%.2f× %s", v.score / o.score,
                            other.equals(fastest) && !other.equals(Clients.BASELINE) ? "the fastest bare client ("
                                    + sdkName(other) + ")" : other.equals(Clients.BASELINE) ? "the bare JDK client"
                                    : sdkName(other)));
                }
            }
            md.append("\n- ").append(sdkName(client)).append(": ").append(v.show()).append(", ")
                    .append(String.join(", ", ratios));
        }
        md.append('\n');
        for (String client : clients) {
            md.append("\n- ").append(sdkName(client)).append(": ").append(byClient.get(client).details);
        }
        md.append('\n');
    }

    private static int rank(String scenario) {
        String[] order = {"list 10,000 messages, PagedIterable max=1000 (fake", "list 10,000", "list 100,000",
            "people().me() latency", "messages().create(...) throughput, 1 ", "messages().create(...) throughput, 8 ",
            "people().me() through", "async: 1,000 messages().create", "async: list", "async:",
            "client CPU: ", "client CPU run: ", "whole process: list 1,000,000", "whole process",
            "start-up: process", "start-up"};
        for (int i = 0; i < order.length; i++) {
            if (scenario.startsWith(order[i])) {
                return i;
            }
        }
        return order.length;
    }

    private static int order(String client) {
        return switch (client) {
            case "jdk" -> 0;
            case "okhttp" -> 1;
            case "apache" -> 2;
            case Clients.BASELINE -> 9;
            case "bare-okhttp" -> 5;
            case "bare-apache" -> 6;
            case "python" -> 7;
            case "python-plain" -> 8;
            default -> 3;
        };
    }

    private static String sdkName(String client) {
        return switch (client) {
            case "inprocess" -> "SDK on `fake.transport()`";
            case Clients.BASELINE -> "baseline";
            case "bare-okhttp" -> "bare OkHttp + Jackson streaming";
            case "bare-apache" -> "bare Apache HttpClient 5 + Jackson streaming";
            case "python" -> "Python 3 standard library, parsed as the Python SDK does";
            case "python-plain" -> "Python 3 standard library, plain `json.loads`";
            default -> "SDK, `" + client + "` transport";
        };
    }

    private static String ratio(Value sdk, Value base) {
        if (sdk.score == 0 || base.score == 0) {
            return sdk.score == base.score ? "1.00×" : "—";
        }
        double r = sdk.higherIsBetter ? base.score / sdk.score : sdk.score / base.score;
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    static String number(double v) {
        double a = Math.abs(v);
        if (a >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String cpuModel() throws IOException {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        }
        return System.getProperty("os.arch");
    }
}
