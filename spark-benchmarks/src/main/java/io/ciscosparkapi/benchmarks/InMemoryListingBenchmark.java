package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Message;
import java.io.IOException;
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
 * The SDK's own cost per listed message: a listing whose pages come from memory
 * ({@link RecordedPages}), so no socket, HTTP client or server shares the time. The SDK pages
 * through {@code messages().list(...)} on that transport; the baseline reads the same bodies with
 * the bare client's streaming parser. Run it with {@code -prof gc} for the bytes per listing.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Forked.HEAP_MIN, Forked.HEAP_MAX, Forked.PRE_TOUCH})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InMemoryListingBenchmark {

    /** {@code baseline} (the bare parser) or {@code sdk}. */
    @Param({"baseline", "sdk"})
    public String variant;

    /** How many messages the recorded listing holds. */
    @Param({"20000"})
    public int items;

    private RecordedPages pages;
    private CiscoSparkAPI api;

    /** Records the listing and builds the client on it. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        pages = RecordedPages.record(items);
        api = CiscoSparkAPI.builder()
                .accessToken(SyntheticSpark.TOKEN)
                .baseUrl(pages.baseUrl())
                .transport(pages)
                .build();
    }

    /** Closes the client. */
    @TearDown(Level.Trial)
    public void tearDown() {
        api.close();
    }

    /**
     * One whole listing from memory.
     *
     * @param bh consumes every item's id and text
     * @return the number of items
     * @throws IOException never, the pages being in memory
     */
    @Benchmark
    public long listAll(Blackhole bh) throws IOException {
        long n;
        if (variant.equals(Clients.BASELINE)) {
            n = pages.readAll(item -> {
                bh.consume(item.id());
                bh.consume(item.text());
            });
        } else {
            n = 0;
            for (Message m : api.messages().list(q -> q.roomId(SyntheticSpark.ROOM_ID).max(ListingBenchmark.MAX))) {
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
