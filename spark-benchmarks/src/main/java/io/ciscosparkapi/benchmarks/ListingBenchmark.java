package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.testkit.FakeSpark;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lists every message of one room over loopback HTTP, through {@code PagedIterable} with
 * {@code max=1000} (the cap for messages), against the bare baseline doing the same pages.
 * The score is the time of one whole listing; the report turns it into items per second.
 *
 * <p>{@code server=fake}: the testkit's fake Spark, seeded once per trial through its in-process
 * transport. {@code server=synthetic}: {@link SyntheticSpark}, pages made on the fly.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Forked.HEAP_MIN, Forked.HEAP_MAX, Forked.PRE_TOUCH})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ListingBenchmark {

    /** The page size asked for: the largest Spark allows for messages. */
    public static final int MAX = 1000;

    /** {@code baseline} or a transport name. */
    @Param({"baseline", "jdk", "okhttp", "apache"})
    public String client;

    /** How many messages the room holds. */
    @Param({"10000", "100000"})
    public int items;

    /** {@code fake} or {@code synthetic}. */
    @Param({"fake"})
    public String server;

    private FakeSpark fake;
    private SyntheticSpark synthetic;
    private CiscoSparkAPI api;
    private Baseline baseline;
    private String roomId;

    /** Starts the server, seeds it and builds the client. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        URI base;
        String token;
        if (server.equals("synthetic")) {
            synthetic = SyntheticSpark.start(items);
            base = synthetic.baseUrl();
            token = SyntheticSpark.TOKEN;
            roomId = SyntheticSpark.ROOM_ID;
        } else {
            fake = FakeSpark.create();
            long start = System.nanoTime();
            roomId = Clients.seedRoom(fake, items);
            System.out.printf("%nseeded %,d messages into the fake in %.1f s%n", items, (System.nanoTime() - start) / 1e9);
            base = fake.startHttp();
            token = fake.admin().token();
        }
        if (client.equals(Clients.BASELINE)) {
            baseline = new Baseline(base, token);
        } else {
            api = Clients.sdk(client, base, token);
        }
    }

    /** Closes the client and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (api != null) {
            api.close();
        }
        if (baseline != null) {
            baseline.close();
        }
        if (fake != null) {
            fake.close();
        }
        if (synthetic != null) {
            synthetic.close();
        }
    }

    /**
     * One whole listing.
     *
     * @param bh consumes every item
     * @return the number of items
     * @throws IOException when the baseline fails
     */
    @Benchmark
    public long listAll(Blackhole bh) throws IOException {
        long n = 0;
        if (baseline != null) {
            n = baseline.listMessages(roomId, MAX, bh::consume);
        } else {
            for (Message m : api.messages().list(q -> q.roomId(roomId).max(MAX))) {
                bh.consume(m.id());
                bh.consume(m.text());
                n++;
            }
        }
        if (n != items) {
            throw new IllegalStateException("listed " + n + " of " + items + " messages");
        }
        return n;
    }
}
