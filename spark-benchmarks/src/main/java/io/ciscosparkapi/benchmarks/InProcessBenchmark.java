package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code people().me()} through the fake's in-process transport (no sockets), against the
 * baseline: the same {@link TransportRequest}, built by hand for each call, sent to the same
 * transport and its body read with the streaming parser. The difference is the SDK's own cost per call.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {Forked.HEAP_MIN, Forked.HEAP_MAX, Forked.PRE_TOUCH})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
public class InProcessBenchmark {

    private static final URI BASE = URI.create("http://127.0.0.1/v1/");

    /** {@code baseline} (raw transport) or {@code sdk} (the SDK on it). */
    @Param({"baseline", "sdk"})
    public String variant;

    private FakeSpark fake;
    private Transport transport;
    private CiscoSparkAPI api;
    private String authorization;

    /** Starts the fake and the client. */
    @Setup(Level.Trial)
    public void setUp() {
        fake = FakeSpark.create();
        transport = fake.transport();
        String token = fake.admin().token();
        if (variant.equals(Clients.BASELINE)) {
            authorization = "Bearer " + token;
        } else {
            api = CiscoSparkAPI.builder().accessToken(token).baseUrl(BASE).transport(transport).build();
        }
    }

    /** Closes everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (api != null) {
            api.close();
        }
        transport.close();
        fake.close();
    }

    /**
     * One {@code GET people/me}.
     *
     * @return the id
     * @throws Exception when the baseline fails
     */
    @Benchmark
    public String me() throws Exception {
        if (api != null) {
            return api.people().me().id();
        }
        TransportRequest me = TransportRequest.builder("GET", BASE.resolve("people/me"))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .build();
        try (TransportResponse response = transport.execute(me)) {
            if (response.status() != 200) {
                throw new IOException("people/me answered " + response.status());
            }
            return Baseline.readId(response.body());
        }
    }
}
