package io.ciscosparkapi.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The fake Spark as a server, against WireMock serving the same answers: requests per second
 * over loopback HTTP for {@code GET people/me} and for a page of 50 messages, the time from a
 * server process's start to its first answer, and the fake's in-process transport's calls per
 * second.
 *
 * <p>Each server runs in a child JVM of its own with the same options, so that neither shares a
 * heap, a JIT or a GC with the other or with the client. The client is the same for both: the
 * plain keep-alive socket client of {@link HttpLoad}, in this JVM, sending the same request
 * bytes (only {@code Host} names each server's port). WireMock answers what the fake answered:
 * the responses are captured off the wire from the fake first and stubbed in WireMock, and the
 * run stops unless WireMock's status and body bytes are the fake's. Each server is warmed up
 * first (both requests in turns, 24 s by default: WireMock's rate climbs for about 20 s on 2
 * cores). Then the servers take turns: round after round, each endpoint is measured on the fake
 * and on WireMock, in alternating order, so that a machine that drifts weighs on both alike.
 * WireMock runs with its request journal off, its fastest setting (see {@link ServerProcess}),
 * and the fake with its journal on, as always.
 *
 * <pre>
 * java -cp benchmarks.jar:WIREMOCK_CP io.ciscosparkapi.benchmarks.ServerBenchmark OUT.tsv [--rounds N]
 *      [--starts N] [--threads N] [--warmup MS] [--measure MS] [--classpath CP]
 * </pre>
 *
 * <p>Each result is a line {@code scenario TAB server TAB value TAB unit TAB details}, as
 * {@link WholeProcess} writes them.
 */
public final class ServerBenchmark {

    /** The {@code server} value of the fake Spark's results. */
    static final String FAKE = "fake";
    /** The {@code server} value of WireMock's results. */
    static final String WIREMOCK = "wiremock";
    /** The {@code server} value of the in-process fake's results. */
    static final String IN_PROCESS = "inprocess";

    /** One window of the warm-up. */
    private static final long WARMUP_WINDOW_MILLIS = 2000;

    /** How long each round sends before it counts: the connections are new. */
    private static final long SETTLE_MILLIS = 500;

    /** Messages in the fake's room: more than a page, so the page carries a next link. */
    private static final int MESSAGES = 60;

    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String classpath;
    private final PrintWriter out;

    private ServerBenchmark(String classpath, PrintWriter out) {
        this.classpath = classpath;
        this.out = out;
    }

    /**
     * Runs every scenario.
     *
     * @param args output file, then options (see the class description)
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = 3;
        int starts = 7;
        int threads = 4;
        long warmup = 24_000;
        long measure = 3000;
        String cp = System.getProperty("java.class.path");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--starts" -> starts = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Long.parseLong(args[++i]);
                case "--measure" -> measure = Long.parseLong(args[++i]);
                case "--classpath" -> cp = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path stubs = dir.resolve("server-stubs");
        Files.createDirectories(stubs);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true)) {
            ServerBenchmark run = new ServerBenchmark(cp, w);
            Captured captured = run.throughput(stubs, rounds, threads, warmup, measure);
            run.startup(stubs, captured, starts);
            run.inProcess(threads, warmup / 3, measure);
        }
    }

    private void record(String scenario, String server, String value, String unit, String details) {
        String line = String.join("\t", scenario, server, value, unit, details);
        out.println(line);
        System.out.println(line);
    }

    /** The fake's token and the requests and answers captured from it. */
    private record Captured(String token, String meTarget, String pageTarget, HttpLoad.Answer me, HttpLoad.Answer page) {
    }

    /** A server in a child process, serving until its standard input is closed. */
    private static final class Child implements AutoCloseable {
        final Process process;
        final String[] ready;
        final long startedNanos;
        final long readyNanos;

        Child(List<String> command) throws IOException {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            startedNanos = System.nanoTime();
            process = pb.start();
            BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = r.readLine()) != null && !line.startsWith("ready ")) {
                seen.add(line);
            }
            readyNanos = System.nanoTime();
            if (line == null) {
                process.destroyForcibly();
                throw new IllegalStateException("the server " + command + " did not start: " + seen);
            }
            ready = line.split(" ");
        }

        InetSocketAddress address() {
            URI base = URI.create(ready[1]);
            return new InetSocketAddress(base.getHost(), base.getPort());
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("a server process did not stop");
            }
        }
    }

    private List<String> command(boolean fixedHeap, String... args) {
        List<String> command = new ArrayList<>(List.of(java));
        if (fixedHeap) {
            command.addAll(List.of(Forked.HEAP_MIN, Forked.HEAP_MAX, Forked.PRE_TOUCH));
        }
        command.addAll(List.of("-cp", classpath, ServerProcess.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    private Captured throughput(Path stubs, int rounds, int threads, long warmup, long measure) throws Exception {
        try (Child fake = new Child(command(true, FAKE, Integer.toString(MESSAGES)))) {
            String token = fake.ready[2];
            String roomId = fake.ready[3];
            String meTarget = "/v1/people/me";
            String pageTarget = "/v1/messages?roomId=" + roomId + "&max=" + ServerProcess.PAGE;
            Captured captured = new Captured(token, meTarget, pageTarget,
                    capture(fake.address(), meTarget, token, stubs.resolve("me")),
                    capture(fake.address(), pageTarget, token, stubs.resolve("page")));
            try (Child wiremock = new Child(command(true, WIREMOCK, stubs.toString()))) {
                Map<String, InetSocketAddress> servers = new LinkedHashMap<>();
                servers.put(FAKE, fake.address());
                servers.put(WIREMOCK, wiremock.address());
                String headers = compare(captured, wiremock.address());
                record("server-answers", "as served", "n/a", "", headers);
                // JIT warm-up: each server serves both requests, window after window, for as long.
                for (String server : servers.keySet()) {
                    InetSocketAddress address = servers.get(server);
                    warmUp(server, address, HttpLoad.get(address, meTarget, token), captured.me(),
                            HttpLoad.get(address, pageTarget, token), captured.page(), threads, warmup);
                }
                Map<String, List<Double>> rates = new LinkedHashMap<>();
                for (int round = 1; round <= rounds; round++) {
                    List<String> order = new ArrayList<>(servers.keySet());
                    if (round % 2 == 0) {
                        Collections.reverse(order);
                    }
                    for (String endpoint : List.of("me", "page")) {
                        for (String server : order) {
                            InetSocketAddress address = servers.get(server);
                            boolean me = endpoint.equals("me");
                            byte[] request = HttpLoad.get(address, me ? meTarget : pageTarget, token);
                            double rate = HttpLoad.requestsPerSecond(address, request, me ? captured.me() : captured.page(),
                                    threads, SETTLE_MILLIS, measure);
                            rates.computeIfAbsent("server-" + endpoint + "\t" + server, k -> new ArrayList<>()).add(rate);
                            System.out.printf(Locale.ROOT, "round %d: %s %s %.0f requests/s%n", round, server, endpoint, rate);
                        }
                    }
                }
                rates.forEach((key, values) -> {
                    String[] k = key.split("\t");
                    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                    record(k[0], k[1], String.format(Locale.ROOT, "%.0f", mean), "requests/s",
                            "mean of " + values.size() + " rounds, " + threads + " keep-alive connections: "
                                    + values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v))
                                    .collect(Collectors.joining(", ", "[", "]")));
                });
            }
            return captured;
        }
    }

    /**
     * Sends the two requests in turns, a window of {@link #WARMUP_WINDOW_MILLIS} each, until the
     * time is up. WireMock's rate climbs for about 20 seconds on 2 cores while its code is
     * compiled; the fake's for less.
     */
    private static void warmUp(String server, InetSocketAddress address, byte[] me, HttpLoad.Answer meAnswer,
            byte[] page, HttpLoad.Answer pageAnswer, int threads, long millis) throws Exception {
        long until = System.nanoTime() + millis * 1_000_000;
        List<String> seen = new ArrayList<>();
        for (int window = 0; System.nanoTime() < until; window++) {
            boolean isMe = window % 2 == 0;
            double rate = HttpLoad.requestsPerSecond(address, isMe ? me : page, isMe ? meAnswer : pageAnswer, threads, 0,
                    WARMUP_WINDOW_MILLIS);
            seen.add(String.format(Locale.ROOT, "%s %.0f", isMe ? "me" : "page", rate));
        }
        System.out.println("warm-up " + server + " (requests/s): " + String.join(", ", seen));
    }

    /** Sends one request to the fake, keeps its bytes and its answer's as a stub. */
    private static HttpLoad.Answer capture(InetSocketAddress fake, String target, String token, Path stub)
            throws IOException {
        byte[] request = HttpLoad.get(fake, target, token);
        HttpLoad.Answer answer = HttpLoad.once(fake, request);
        if (answer.status() != 200) {
            throw new IllegalStateException("the fake answered " + target + " with " + answer.status() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        Files.write(Path.of(stub + ".request"), request);
        byte[] raw = new byte[answer.head().length + answer.body().length];
        System.arraycopy(answer.head(), 0, raw, 0, answer.head().length);
        System.arraycopy(answer.body(), 0, raw, answer.head().length, answer.body().length);
        Files.write(Path.of(stub + ".response"), raw);
        return answer;
    }

    /**
     * Checks that WireMock answers what the fake answered (status and body bytes) and says how
     * their headers differ.
     */
    private static String compare(Captured captured, InetSocketAddress wiremock) throws IOException {
        StringBuilder note = new StringBuilder();
        for (String endpoint : List.of("me", "page")) {
            boolean me = endpoint.equals("me");
            HttpLoad.Answer fake = me ? captured.me() : captured.page();
            HttpLoad.Answer stubbed = HttpLoad.once(wiremock, HttpLoad.get(wiremock, me ? captured.meTarget()
                    : captured.pageTarget(), captured.token()));
            if (stubbed.status() != fake.status() || !Arrays.equals(stubbed.body(), fake.body())) {
                throw new IllegalStateException("WireMock does not answer " + endpoint + " as the fake did: status "
                        + stubbed.status() + " against " + fake.status() + ", " + stubbed.body().length + " body bytes against "
                        + fake.body().length);
            }
            TreeSet<String> fakeOnly = names(fake);
            fakeOnly.removeAll(names(stubbed));
            TreeSet<String> wiremockOnly = names(stubbed);
            wiremockOnly.removeAll(names(fake));
            note.append(note.length() == 0 ? "" : "; ").append(endpoint).append(": status ").append(fake.status())
                    .append(" and ").append(fake.body().length).append(" body bytes identical, headers ")
                    .append(fake.headerLines().stream().map(l -> l.substring(0, l.indexOf(':')))
                            .collect(Collectors.joining(", ")))
                    .append(fakeOnly.isEmpty() ? "" : "; only the fake sends " + fakeOnly)
                    .append(wiremockOnly.isEmpty() ? "" : "; only WireMock sends " + wiremockOnly);
        }
        return note.toString();
    }

    private static TreeSet<String> names(HttpLoad.Answer answer) {
        return answer.headerLines().stream().map(l -> l.substring(0, l.indexOf(':')).trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Times each server's starts up to its first answer of {@code GET people/me} (the process's
     * start, its ready line, a new connection and the response read), the servers taking turns,
     * after one start of each that is not counted. The fake starts empty, WireMock with the two
     * stubs.
     */
    private void startup(Path stubs, Captured captured, int starts) throws Exception {
        Map<String, long[]> millis = new LinkedHashMap<>();
        millis.put(FAKE, new long[starts]);
        millis.put(WIREMOCK, new long[starts]);
        for (int i = -1; i < starts; i++) {
            for (String server : millis.keySet()) {
                long elapsed = firstAnswer(server, stubs, captured);
                if (i >= 0) {
                    millis.get(server)[i] = elapsed;
                }
            }
        }
        millis.forEach((server, values) -> {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            record("server-startup", server, Long.toString(sorted[sorted.length / 2]), "ms",
                    "median of " + values.length + ": " + Arrays.toString(values));
        });
    }

    private long firstAnswer(String server, Path stubs, Captured captured) throws Exception {
        boolean fake = server.equals(FAKE);
        try (Child child = new Child(command(false, fake ? FAKE : WIREMOCK, fake ? "0" : stubs.toString()))) {
            String token = fake ? child.ready[2] : captured.token();
            HttpLoad.Answer answer = HttpLoad.once(child.address(), HttpLoad.get(child.address(), captured.meTarget(), token));
            long elapsed = (System.nanoTime() - child.startedNanos) / 1_000_000;
            if (answer.status() != 200) {
                throw new IllegalStateException(server + " answered its first people/me with " + answer.status());
            }
            return elapsed;
        }
    }

    private void inProcess(int threads, long warmup, long measure) throws Exception {
        List<String> command = command(true, IN_PROCESS, Integer.toString(MESSAGES), Integer.toString(threads),
                Long.toString(warmup), Long.toString(measure));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> rates = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(" ");
                if (f.length == 2) {
                    rates.put(f[0], f[1]);
                }
            }
        }
        if (!child.waitFor(60, TimeUnit.SECONDS) || child.exitValue() != 0 || rates.size() != 2) {
            child.destroyForcibly();
            throw new IllegalStateException("the in-process run failed: " + rates);
        }
        for (Map.Entry<String, String> rate : rates.entrySet()) {
            record("inprocess-" + rate.getKey(), IN_PROCESS,
                    String.format(Locale.ROOT, "%.0f", Double.parseDouble(rate.getValue())), "calls/s",
                    threads + " threads on one fake.transport()");
        }
    }
}
