package io.ciscosparkapi.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once with tiny sizes, so that the suite cannot rot. It measures nothing:
 * the numbers come from {@code run-benchmarks.sh}.
 */
class BenchmarkSmokeTest {

    @Test
    void everyJmhBenchmarkRunsOnceWithTinySizes(@TempDir Path dir) throws Exception {
        // JMH's lock keeps two measuring runs off one machine; this run measures nothing, so another
        // JMH run (a benchmark in progress, or a second build) must not make it fail.
        System.setProperty("jmh.ignoreLock", "true");
        Path json = dir.resolve("jmh.json");
        Options options = new OptionsBuilder()
                .include(ListingBenchmark.class.getName())
                .include(CallBenchmark.class.getName())
                .include(InProcessBenchmark.class.getName())
                .include(InMemoryListingBenchmark.class.getName())
                .param("items", "30")
                .param("server", "fake", "synthetic")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();

        Collection<RunResult> results = new Runner(options).run();

        // listing: 4 clients x 2 servers; calls: 4 clients x 3 methods; in-process: 2; in memory: 2
        assertThat(results).hasSize(8 + 12 + 2 + 2);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());

        Path md = dir.resolve("benchmarks.md");
        Report.main(new String[] {json.toString(), dir.resolve("none.tsv").toString(), md.toString()});
        assertThat(Files.readString(md))
                .contains("| Scenario | SDK | Result (SDK) | Result (baseline) | Ratio SDK÷baseline |")
                .contains("list 30 messages")
                .contains("people().me() latency")
                .contains("SDK on `fake.transport()`");
    }

    @Test
    void theServerRunsCompareTheFakeWithWireMockServingTheSameAnswers(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("servers.tsv");
        ServerBenchmark.main(new String[] {tsv.toString(), "--rounds", "1", "--starts", "1", "--threads", "2",
            "--warmup", "400", "--measure", "200"});

        List<String> lines = Files.readAllLines(tsv);
        for (String scenario : List.of("server-me", "server-page", "server-startup")) {
            for (String server : List.of("fake", "wiremock")) {
                assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(scenario + "\t" + server + "\t"));
            }
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("server-answers\t").contains("body bytes identical"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("inprocess-me\tinprocess\t"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("inprocess-page\tinprocess\t"));

        Path md = dir.resolve("benchmarks.md");
        Report.main(new String[] {dir.resolve("none.json").toString(), tsv.toString(), md.toString()});
        assertThat(Files.readString(md))
                .contains("| fake Spark server against WireMock: GET people/me over loopback HTTP, requests/s | fake Spark |")
                .contains("WireMock's rate |")
                .contains("WireMock's time |")
                .contains("the fake over loopback HTTP's rate |");
    }

    @Test
    void wholeProcessRunsCompleteWithASmallListing(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("process.tsv");
        WholeProcess.main(new String[] {tsv.toString(), "--items", "2500", "--starts", "1",
            "--clients", "baseline,jdk,okhttp,apache"});

        List<String> lines = Files.readAllLines(tsv);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("memory-2500\tjdk\t").contains("completed 2500 items"));
        for (String client : List.of("baseline", "okhttp", "apache")) {
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("memory-2500\t" + client + "\t"));
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("startup\tjdk\t"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("startup-quickstart\tclasspath\t"));

        Path md = dir.resolve("benchmarks.md");
        Report.main(new String[] {dir.resolve("none.json").toString(), tsv.toString(), md.toString()});
        assertThat(Files.readString(md)).contains("peak RSS (VmHWM)").contains("start-up");
    }

    @Test
    void clientCpuRunsMeasureEveryClientAndTheReportComparesThem(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("cpu.tsv");
        ClientCpu.main(new String[] {tsv.toString(), "--items", "1500", "--warmups", "1", "--listings", "1",
            "--rounds", "1"});

        List<String> lines = Files.readAllLines(tsv);
        for (String client : List.of("baseline", "bare-okhttp", "bare-apache", "jdk", "okhttp", "apache")) {
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cpu-1500\t" + client + "\t")
                    .contains("per message"));
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cpu-1500-alloc\t" + client + "\t"));
        }
        // Python is measured where python3 runs, and noted where it does not.
        for (String python : List.of("python", "python-plain")) {
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cpu-1500\t" + python + "\t"));
        }

        Path md = dir.resolve("benchmarks.md");
        Report.main(new String[] {dir.resolve("none.json").toString(), dir.resolve("none.tsv") + "," + tsv,
            md.toString()});
        assertThat(Files.readString(md))
                .contains("client CPU: process CPU per listing of 1,500 messages")
                .contains("| bare OkHttp + Jackson streaming |")
                .contains("× the bare JDK client");
    }
}
