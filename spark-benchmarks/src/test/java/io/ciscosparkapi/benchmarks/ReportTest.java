package io.ciscosparkapi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report pools the rounds of a run before it divides the SDK by the baseline. */
class ReportTest {

    private static String run(String client, String iterations) {
        return """
                {"benchmark": "io.ciscosparkapi.benchmarks.CallBenchmark.me", "mode": "avgt", "threads": 1,
                 "forks": 1, "jdkVersion": "17", "vmName": "VM", "params": {"client": "%s"},
                 "primaryMetric": {"score": 0, "scoreError": "NaN", "scoreUnit": "us/op", "rawData": [[%s]]}}
                """.formatted(client, iterations);
    }

    @Test
    void roundsOfTheSameBenchmarkArePooledAndTheRatioUsesThePooledMeans(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("jmh-calls-1.json");
        Path second = dir.resolve("jmh-calls-2.json");
        // Round 1: the machine is quiet; round 2: it is twice as slow for everyone.
        Files.writeString(first, "[" + run("baseline", "100, 100, 100") + "," + run("jdk", "110, 110, 110") + "]");
        Files.writeString(second, "[" + run("jdk", "220, 220, 220") + "," + run("baseline", "200, 200, 200") + "]");

        Path md = dir.resolve("benchmarks.md");
        Report.main(new String[] {first + "," + second, dir.resolve("none.tsv").toString(), md.toString()});

        assertThat(Files.readString(md))
                .contains("| people().me() latency (fake Spark, loopback HTTP) | SDK, `jdk` transport | 165 us/call ± ")
                .contains("| 150 us/call ± ")
                .contains("| 1.10× |");
    }
}
