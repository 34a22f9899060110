package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single calls over loopback HTTP against the fake Spark: the latency of {@code people().me()},
 * and the throughput of {@code messages().create(...)} from 1 and from 8 threads sharing one
 * client. Each is compared with the bare baseline doing the same request.
 *
 * <p>The calls warm up longer than the listings: with the fake Spark in the same process, the
 * throughput of every client climbs for six to eight seconds while the server's and the
 * client's code is compiled, and a shorter warm-up measures that climb (where a client with
 * less code to compile looks faster) instead of the steady state.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Forked.HEAP_MIN, Forked.HEAP_MAX, Forked.PRE_TOUCH})
public class CallBenchmark {

    /** {@code baseline} or a transport name. */
    @Param({"baseline", "jdk", "okhttp", "apache"})
    public String client;

    private FakeSpark fake;
    private CiscoSparkAPI api;
    private Baseline baseline;
    private String roomId;

    /** Starts the fake, creates the room and the client. */
    @Setup(Level.Trial)
    public void setUp() {
        fake = FakeSpark.create();
        roomId = Clients.seedRoom(fake, 0);
        URI base = fake.startHttp();
        String token = fake.admin().token();
        if (client.equals(Clients.BASELINE)) {
            baseline = new Baseline(base, token);
        } else {
            api = Clients.sdk(client, base, token);
        }
    }

    /** Closes the client and the fake. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (api != null) {
            api.close();
        }
        if (baseline != null) {
            baseline.close();
        }
        fake.close();
    }

    /**
     * One {@code GET people/me}.
     *
     * @return the id
     * @throws IOException when the baseline fails
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    public String me() throws IOException {
        return baseline != null ? baseline.me() : api.people().me().id();
    }

    /**
     * One {@code POST messages} from a single thread.
     *
     * @return the new id
     * @throws IOException when the baseline fails
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 6, time = 1)
    @Threads(1)
    public String create1() throws IOException {
        return create();
    }

    /**
     * One {@code POST messages} from each of 8 threads sharing one client.
     *
     * @return the new id
     * @throws IOException when the baseline fails
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 8, time = 1)
    @Threads(8)
    public String create8() throws IOException {
        return create();
    }

    private String create() throws IOException {
        if (baseline != null) {
            return baseline.createMessage(roomId, "hello from the benchmark");
        }
        return api.messages().create(m -> m.roomId(roomId).text("hello from the benchmark")).id();
    }
}
