package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.testkit.FakeSpark;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The async client against the bare {@code HttpClient.sendAsync} ({@link AsyncBaseline}), in one
 * run, against the fake Spark over loopback HTTP: 1,000 {@code messages().create(...)} started
 * at once from one thread, and one listing of 10,000 messages with {@code toList()}. Each client
 * is made anew for each run, so that the threads it starts are counted; each is warmed up by
 * runs that are not counted, and the runs of the compared clients take turns.
 *
 * <pre>
 * java -cp benchmarks.jar io.ciscosparkapi.benchmarks.AsyncBurst OUT.tsv [--clients baseline,jdk,okhttp,apache]
 *      [--calls 1000] [--items 10000] [--runs 5]
 * </pre>
 *
 * <p>The baseline keeps at most {@value #WINDOW} creates waiting for an answer at once, as the
 * JDK transport does: with a thousand at once, the fake's accept queue resets connections.
 *
 * <p>Each result is a line {@code scenario TAB client TAB value TAB unit TAB details}, as
 * {@link WholeProcess} writes them: the rate (the best of the runs), and the threads the client
 * started during its last run, with the JVM's peak of live threads and the threads' names.
 */
public final class AsyncBurst {

    private static final String CREATES = "async: %,d messages().create(...) in flight from one thread (fake Spark, loopback HTTP)";
    private static final String LISTING = "async: list %,d messages, toList(), max=1000 (fake Spark, loopback HTTP)";

    /** The baseline's most creates waiting for an answer at once, the JDK transport's bound. */
    private static final int WINDOW = 64;

    private AsyncBurst() {
    }

    /**
     * Runs both scenarios for every client.
     *
     * @param args output file, then options (see the class description)
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        List<String> clients = new ArrayList<>(List.of(Clients.BASELINE));
        clients.addAll(Transports.available());
        int calls = 1000;
        int items = 10_000;
        int runs = 5;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Arrays.asList(args[++i].split(","));
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--items" -> items = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (FakeSpark fake = FakeSpark.create();
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true)) {
            URI base = fake.startHttp();
            String token = fake.admin().token();
            String createRoom = Clients.seedRoom(fake, 0);
            String listRoom = Clients.seedRoom(fake, items);
            int n = calls;
            int expected = items;
            measure(out, String.format(Locale.ROOT, CREATES, calls), "calls/s", calls, clients, runs,
                    client -> () -> creates(client, base, token, createRoom, n));
            measure(out, String.format(Locale.ROOT, LISTING, items), "items/s", items, clients, runs,
                    client -> () -> listing(client, base, token, listRoom, expected));
        }
    }

    /** One timed run: makes its client, does the work, closes the client. */
    private interface Run {
        void run() throws Exception;
    }

    private static void measure(PrintWriter out, String scenario, String unit, int work, List<String> clients, int runs,
                                java.util.function.Function<String, Run> runOf) throws Exception {
        Map<String, Double> best = new TreeMap<>();
        Map<String, Census> threads = new TreeMap<>();
        Map<String, String> failed = new TreeMap<>();
        for (int round = 0; round < runs + 2; round++) {
            List<String> order = new ArrayList<>(clients);
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String client : order) {
                if (failed.containsKey(client)) {
                    continue;
                }
                Census census = Census.start();
                long start = System.nanoTime();
                try {
                    runOf.apply(client).run();
                } catch (RuntimeException e) {
                    // Such as the fake's server dropping a kept-alive connection under load: the
                    // row says so instead of ending the whole suite.
                    census.stop();
                    failed.put(client, String.valueOf(e.getCause() != null ? e.getCause() : e).replace('\t', ' '));
                    continue;
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                census.stop();
                if (round >= 2) { // the first two rounds warm up
                    best.merge(client, work / seconds, Math::max);
                    threads.put(client, census);
                }
            }
        }
        for (String client : clients) {
            if (failed.containsKey(client)) {
                out.printf(Locale.ROOT, "%s\t%s\tn/a\t\trun failed: %s%n", scenario, client, failed.get(client));
                continue;
            }
            Census census = threads.get(client);
            out.printf(Locale.ROOT, "%s\t%s\t%.1f\t%s\t%s%n", scenario, client, best.get(client), unit,
                    "best of " + runs + " runs");
            out.printf(Locale.ROOT, "%s, threads started\t%s\t%d\tthreads\t%s%n", scenario, client, census.started.size(),
                    "JVM peak " + census.peak + " live threads; " + census.names());
        }
    }

    private static void creates(String client, URI base, String token, String roomId, int calls) throws Exception {
        if (client.equals(Clients.BASELINE)) {
            // All started from this thread, at most WINDOW waiting for an answer at once, as the
            // JDK transport does: the fake's accept queue refuses a thousand connections at once.
            try (AsyncBaseline baseline = new AsyncBaseline(base, token)) {
                AtomicInteger next = new AtomicInteger();
                AtomicInteger answered = new AtomicInteger();
                CompletableFuture<Void> all = new CompletableFuture<>();
                Runnable[] startNext = new Runnable[1];
                startNext[0] = () -> {
                    int i = next.getAndIncrement();
                    if (i < calls) {
                        baseline.createMessage(roomId, "async benchmark message " + i).whenComplete((id, failure) -> {
                            if (failure != null) {
                                all.completeExceptionally(failure);
                            } else if (answered.incrementAndGet() == calls) {
                                all.complete(null);
                            }
                            startNext[0].run();
                        });
                    }
                };
                for (int w = 0; w < WINDOW; w++) {
                    startNext[0].run();
                }
                all.join();
            }
            return;
        }
        try (CiscoSparkAPI api = Clients.sdk(client, base, token)) {
            List<CompletableFuture<Message>> sent = new ArrayList<>(calls);
            for (int i = 0; i < calls; i++) {
                String text = "async benchmark message " + i;
                sent.add(api.async().messages().create(m -> m.roomId(roomId).text(text)));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        }
    }

    private static void listing(String client, URI base, String token, String roomId, int expected) throws Exception {
        long count;
        if (client.equals(Clients.BASELINE)) {
            try (AsyncBaseline baseline = new AsyncBaseline(base, token)) {
                count = baseline.listMessages(roomId, 1000).join().size();
            }
        } else {
            try (CiscoSparkAPI api = Clients.sdk(client, base, token)) {
                count = api.async().messages().list(q -> q.roomId(roomId).max(1000)).toList().join().size();
            }
        }
        if (count != expected) {
            throw new IllegalStateException(client + " listed " + count + " messages instead of " + expected);
        }
    }

    /** The threads started during a run (seen every millisecond), and the JVM's peak of live threads. */
    private static final class Census {
        private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
        private final Set<Long> before = new HashSet<>();
        private final Map<Long, String> started = new ConcurrentHashMap<>();
        private final AtomicBoolean done = new AtomicBoolean();
        private final Thread looker = new Thread(this::look, "benchmark-thread-census");
        private int peak;

        static Census start() {
            Census census = new Census();
            Thread.getAllStackTraces().keySet().forEach(t -> census.before.add(t.getId()));
            MX.resetPeakThreadCount();
            census.looker.setDaemon(true);
            census.looker.start();
            return census;
        }

        private void look() {
            while (!done.get()) {
                count();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void count() {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (!before.contains(t.getId()) && t != looker) {
                    started.putIfAbsent(t.getId(), t.getName());
                }
            }
        }

        void stop() throws InterruptedException {
            done.set(true);
            looker.join();
            count();
            peak = MX.getPeakThreadCount() - 1; // less the census's own
        }

        /** The names, numbers dropped, with how many threads had each: {@code ciscosparkapi-async- ×2}. */
        String names() {
            Map<String, AtomicInteger> kinds = new TreeMap<>();
            started.values().forEach(name -> kinds.computeIfAbsent(name.replaceAll("\\d+", "N"),
                    k -> new AtomicInteger()).incrementAndGet());
            StringBuilder s = new StringBuilder();
            kinds.forEach((name, count) -> s.append(s.length() == 0 ? "" : ", ").append(name).append(" ×").append(count));
            return s.length() == 0 ? "no new thread" : s.toString();
        }
    }
}
