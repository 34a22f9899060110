package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ContentsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    @RegisterExtension
    static WireMockExtension elsewhere = WireMockSpark.server();

    private static final byte[] CHART = "\u0089PNG not really, but bytes".getBytes(StandardCharsets.ISO_8859_1);

    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    private CiscoSparkAPI api() {
        return WireMockSpark.client(spark, waits).build();
    }

    private static void serveChart(String contentId) {
        spark.stubFor(get(urlPathEqualTo("/v1/contents/" + contentId)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/png")
                .withHeader("Content-Disposition", "attachment; filename=\"build chart.png\"")
                .withHeader("Content-Length", Integer.toString(CHART.length))
                .withBody(CHART)));
    }

    @Test
    void aFileIsStreamedWithTheNameAndTypeSparkGives() throws IOException {
        serveChart("C1");
        try (CiscoSparkAPI api = api(); FileDownload file = api.contents().download("C1")) {
            assertThat(file.info().fileName()).isEqualTo("build chart.png");
            assertThat(file.info().contentType()).isEqualTo("image/png");
            assertThat(file.info().size()).hasValue(CHART.length);
            assertThat(file.body().readAllBytes()).isEqualTo(CHART);
        }
        spark.verify(getRequestedFor(urlEqualTo("/v1/contents/C1"))
                .withHeader("Authorization", equalTo("Bearer " + WireMockSpark.TOKEN)));
    }

    @Test
    void aMessagesFileUrlIsDownloadedAsGiven() throws IOException {
        serveChart("C2");
        try (CiscoSparkAPI api = api();
             FileDownload file = api.contents().download(WireMockSpark.baseUrl(spark) + "contents/C2")) {
            assertThat(file.body().readAllBytes()).isEqualTo(CHART);
        }
    }

    @Test
    void aFileUrlOnAnotherHostIsRefusedAndTheTokenNeverGoesThere() {
        elsewhere.stubFor(get(urlPathEqualTo("/v1/contents/C3")).willReturn(aResponse().withBody(CHART)));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.contents().download(WireMockSpark.baseUrl(elsewhere) + "contents/C3"))
                    .isInstanceOf(SparkException.class).hasMessageContaining("Refusing to send the access token");
        }
        elsewhere.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aFileStillBeingScannedIsWaitedForLikeARateLimit() throws IOException {
        spark.stubFor(get(urlPathEqualTo("/v1/contents/C4")).inScenario("scan").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(423).withHeader("Retry-After", "2")).willSetStateTo("scanned"));
        spark.stubFor(get(urlPathEqualTo("/v1/contents/C4")).inScenario("scan").whenScenarioStateIs("scanned")
                .willReturn(aResponse().withStatus(200).withBody(CHART)));
        try (CiscoSparkAPI api = api(); FileDownload file = api.contents().download("C4")) {
            assertThat(file.body().readAllBytes()).isEqualTo(CHART);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aFileStillBeingScannedIsAnErrorWhenTheClientDoesNotWait() {
        spark.stubFor(get(urlPathEqualTo("/v1/contents/C5")).willReturn(aResponse().withStatus(423)
                .withHeader("Retry-After", "30")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).waitOnRateLimit(false).build()) {
            SparkApiException e = catchThrowableOfType(SparkApiException.class, () -> api.contents().download("C5"));
            assertThat(e.statusCode()).isEqualTo(423);
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void aFileSparkCannotScanIsItsOwnErrorUntilTheCallerAcceptsIt() throws IOException {
        spark.stubFor(get(urlEqualTo("/v1/contents/C6")).willReturn(aResponse().withStatus(428)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"message\":\"File cannot be scanned\",\"trackingId\":\"T6\"}")));
        spark.stubFor(get(urlEqualTo("/v1/contents/C6?allow=unscannable")).willReturn(aResponse().withBody(CHART)));
        try (CiscoSparkAPI api = api()) {
            SparkUnscannableFileException e = catchThrowableOfType(SparkUnscannableFileException.class,
                    () -> api.contents().download("C6"));
            assertThat(e.statusCode()).isEqualTo(428);
            assertThat(e.getMessage()).contains("allowUnscannable(true)").contains("T6");
            try (FileDownload file = api.contents().download("C6", d -> d.allowUnscannable(true))) {
                assertThat(file.body().readAllBytes()).isEqualTo(CHART);
            }
        }
    }

    @Test
    void aFileIsSavedInADirectoryUnderTheNameSparkGivesWithNothingLeftBehind(@TempDir Path dir) throws IOException {
        serveChart("C7");
        try (CiscoSparkAPI api = api()) {
            Path saved = api.contents().download("C7", dir);
            assertThat(saved).isEqualTo(dir.resolve("build chart.png"));
            assertThat(Files.readAllBytes(saved)).isEqualTo(CHART);
            Path named = api.contents().download("C7", dir.resolve("chart.png"));
            assertThat(Files.readAllBytes(named)).isEqualTo(CHART);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("build chart.png",
                    "chart.png");
        }
    }

    @Test
    void aFileIsSavedWhateverItsSizeTheResponseCapIsForJsonAnswers(@TempDir Path dir) throws IOException {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 7);
        spark.stubFor(get(urlPathEqualTo("/v1/contents/C8")).willReturn(aResponse().withBody(big)));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, waits).maxResponseBytes(1024).build()) {
            Path saved = api.contents().download("C8", dir.resolve("big.bin"));
            assertThat(Files.size(saved)).isEqualTo(big.length);
        }
    }

    @Test
    void aDownloadToDiskWhoseConnectionDropsIsRetriedAndLeavesNoHalfFile(@TempDir Path dir) throws IOException {
        try (ScriptedServer server = new ScriptedServer((request, out) -> {
            ScriptedServer.head(out, 200, CHART.length, "Content-Disposition: attachment; filename=\"chart.png\"");
            out.write(CHART, 0, request.number() == 1 ? 5 : CHART.length);
            return request.number() > 1;
        }); CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").baseUrl(server.baseUrl()).transport("jdk")
                .sleeper(waits::add).build()) {
            Path saved = api.contents().download("C9", dir);
            assertThat(Files.readAllBytes(saved)).isEqualTo(CHART);
            assertThat(server.received()).hasSize(2);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("chart.png");
        }
    }

    @Test
    void aDownloadThatFailsForGoodLeavesNothingOnDisk(@TempDir Path dir) throws IOException {
        try (ScriptedServer server = new ScriptedServer((request, out) -> {
            ScriptedServer.head(out, 200, CHART.length, "Content-Disposition: attachment; filename=\"chart.png\"");
            out.write(CHART, 0, 5);
            return false;
        }); CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("t").baseUrl(server.baseUrl()).transport("jdk")
                .sleeper(waits::add).build()) {
            assertThatThrownBy(() -> api.contents().download("C10", dir)).isInstanceOf(SparkTransportException.class);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void infoReadsTheHeadersWithoutTheBytes() {
        spark.stubFor(head(urlPathEqualTo("/v1/contents/C11")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/pdf").withHeader("Content-Length", "123456")
                .withHeader("Content-Disposition", "attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")));
        try (CiscoSparkAPI api = api()) {
            FileInfo info = api.contents().info("C11");
            assertThat(info.fileName()).isEqualTo("résumé.pdf");
            assertThat(info.contentType()).isEqualTo("application/pdf");
            assertThat(info.size()).hasValue(123456);
        }
    }

    @Test
    void aFileNameFromTheServerCannotLeaveTheTargetDirectory() {
        assertThat(ContentsApi.safeName("../../etc/passwd", "C1")).isEqualTo("passwd");
        assertThat(ContentsApi.safeName("..\\..\\boot.ini", "C1")).isEqualTo("boot.ini");
        assertThat(ContentsApi.safeName("..", "https://h/v1/contents/C1?x=1")).isEqualTo("download-C1");
        assertThat(ContentsApi.safeName(null, "C1")).isEqualTo("download-C1");
        assertThat(ContentsApi.safeName("a:b?.txt", "C1")).isEqualTo("a_b_.txt");
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequest(@TempDir Path dir) {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.contents().download("..")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("content");
            assertThatThrownBy(() -> api.contents().download(" ")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> api.contents().download("C1", dir.resolve("missing/x.bin")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
