package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code contents/{id}}: the bytes of a message's file, uploaded or posted by URL, scanned on the fake's clock. */
class FileContentsTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};

    private FakeSpark spark;
    private Http http;
    private String admin;
    private String roomId;
    /** How far the fake's clock has been advanced. */
    private Duration advanced = Duration.ZERO;

    @BeforeEach
    void start() {
        spark = FakeSpark.builder().clock(Clock.fixed(START, ZoneOffset.UTC)).build();
        http = new Http(spark.startHttp());
        admin = spark.admin().token();
        roomId = http.post(admin, "rooms", Map.of("title", "Files")).id();
    }

    @AfterEach
    void stop() {
        spark.close();
    }

    private Http.Resp postFile(String url) {
        Http.Resp r = http.post(admin, "messages", Map.of("roomId", roomId, "text", "see", "files", List.of(url)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private static String fileOf(Http.Resp message) {
        return message.json().get("files").get(0).asString();
    }

    /** Moves the fake's clock to exactly {@code t} (timestamps run a little ahead of a fixed clock). */
    private void advanceTo(Instant t) {
        Duration step = Duration.between(START.plus(advanced), t);
        spark.advanceClock(step);
        advanced = advanced.plus(step);
    }

    @Test
    void aFileUrlGetsAContentUrlServingTheBytesRegisteredForIt() {
        spark.serveFileAt("https://cdn.example.com/charts/q1.png", PNG, "image/png", "q1 chart.png");
        FakeUser bob = spark.createUser("Bob");
        http.post(admin, "memberships", Map.of("roomId", roomId, "personId", bob.id()));

        Http.Resp message = postFile("https://cdn.example.com/charts/q1.png");

        String url = fileOf(message);
        assertThat(url).startsWith(http.base + "contents/");
        assertThat(http.get(admin, "messages/" + message.id()).json().get("files").get(0).asString()).isEqualTo(url);
        Http.Resp content = http.get(bob.token(), url);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.bytes()).isEqualTo(PNG);
        assertThat(content.header("Content-Type")).isEqualTo("image/png");
        assertThat(content.header("Content-Disposition")).isEqualTo("attachment; filename=\"q1 chart.png\"");
    }

    @Test
    void headAnswersTheSameHeadersWithoutTheBytes() {
        spark.serveFileAt("https://cdn.example.com/q1.png", PNG, "image/png", "q1.png");
        String url = fileOf(postFile("https://cdn.example.com/q1.png"));
        Http.Resp head = http.send("HEAD", admin, url, null, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
        assertThat(head.header("Content-Type")).isEqualTo("image/png");
        assertThat(head.header("Content-Disposition")).isEqualTo("attachment; filename=\"q1.png\"");
        assertThat(head.header("Content-Length")).isEqualTo(String.valueOf(PNG.length));
    }

    @Test
    void anUnregisteredFileUrlIsServedAsAPlaceholderNamedAfterIt() {
        String posted = "https://files.example.com/reports/summary.pdf?v=2";
        Http.Resp content = http.get(admin, fileOf(postFile(posted)));
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.text()).isEqualTo(posted);
        assertThat(content.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(content.header("Content-Disposition")).isEqualTo("attachment; filename=\"summary.pdf\"");
        Http.Resp bare = http.get(admin, fileOf(postFile("https://files.example.com/")));
        assertThat(bare.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(bare.header("Content-Disposition")).isEqualTo("attachment; filename=\"file\"");
    }

    @Test
    void aFileUrlMustBeAnHttpOrHttpsUrl() {
        for (String bad : List.of("ftp://files.example.com/a.png", "a.png", "https://bad host/a.png")) {
            assertThat(http.post(admin, "messages", Map.of("roomId", roomId, "files", List.of(bad))).status())
                    .as(bad).isEqualTo(400);
        }
        assertThat(http.get(admin, "messages?roomId=" + roomId).items()).isEmpty();
    }

    @Test
    void serveFileAtRefusesWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> spark.serveFileAt("file:///etc/passwd", PNG, "image/png", "a.png"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> spark.serveFileAt("https://cdn.example.com/a.png", PNG, " ", "a.png"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contentType");
    }

    @Test
    void onlyCallersWithAValidTokenWhoSeeTheRoomGetTheBytes() {
        String url = fileOf(postFile("https://cdn.example.com/a.png"));
        FakeUser outsider = spark.createUser("Outsider");
        assertThat(http.get(outsider.token(), url).status()).isEqualTo(404);
        assertThat(http.send("HEAD", outsider.token(), url, null, null).status()).isEqualTo(404);
        assertThat(http.get(null, url).status()).isEqualTo(401);
        assertThat(http.get("not-a-token", url).status()).isEqualTo(401);
    }

    @Test
    void whileAFileIsBeingScannedItAnswers423WithTheSecondsLeftRoundedUp() {
        spark.faults().fileScanning(Duration.ofSeconds(10));
        Http.Resp message = postFile("https://cdn.example.com/a.png");
        String url = fileOf(message);
        Instant posted = Instant.parse(message.str("created"));

        advanceTo(posted);
        Http.Resp scanning = http.get(admin, url);
        assertThat(scanning.status()).isEqualTo(423);
        assertThat(scanning.header("Retry-After")).isEqualTo("10");
        assertThat(scanning.str("message")).contains("scanned");
        advanceTo(posted.plusMillis(3_500));
        assertThat(http.get(admin, url).header("Retry-After")).isEqualTo("7");
        Http.Resp head = http.send("HEAD", admin, url, null, null);
        assertThat(head.status()).isEqualTo(423);
        assertThat(head.header("Retry-After")).isEqualTo("7");
        assertThat(head.bytes()).isEmpty();
        advanceTo(posted.plusMillis(9_900));
        assertThat(http.get(admin, url).header("Retry-After")).isEqualTo("1");
        advanceTo(posted.plusSeconds(10));
        assertThat(http.get(admin, url).status()).isEqualTo(200);
    }

    @Test
    void uploadsAreScannedToo() {
        spark.faults().fileScanning(Duration.ofMinutes(1));
        String boundary = "----scan";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n" + roomId
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n";
        Http.Resp message = http.send("POST", admin, "messages", "multipart/form-data; boundary=" + boundary,
                body.getBytes(StandardCharsets.UTF_8));
        String url = fileOf(message);
        advanceTo(Instant.parse(message.str("created")));
        assertThat(http.get(admin, url).header("Retry-After")).isEqualTo("60");
        advanceTo(Instant.parse(message.str("created")).plusSeconds(60));
        assertThat(http.get(admin, url).text()).isEqualTo("hello");
    }

    @Test
    void filesPostedBeforeTheScanningPeriodWasSetAreServedAtOnce() {
        String before = fileOf(postFile("https://cdn.example.com/before.png"));
        spark.faults().fileScanning(Duration.ofSeconds(30));
        String during = fileOf(postFile("https://cdn.example.com/during.png"));
        spark.faults().clear();
        assertThat(http.get(admin, before).status()).isEqualTo(200);
        assertThat(http.get(admin, during).status()).isEqualTo(423);
    }

    @Test
    void anUnscannableFileAnswers428UnlessTheRequestAllowsUnscannableFiles() {
        spark.faults().unscannableFiles(1);
        String unscannable = fileOf(postFile("https://cdn.example.com/odd.bin"));
        String next = fileOf(postFile("https://cdn.example.com/fine.bin"));

        Http.Resp refused = http.get(admin, unscannable);
        assertThat(refused.status()).isEqualTo(428);
        assertThat(refused.str("message")).contains("allow=unscannable");
        assertThat(http.send("HEAD", admin, unscannable, null, null).status()).isEqualTo(428);
        Http.Resp allowed = http.get(admin, unscannable + "?allow=unscannable");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.text()).isEqualTo("https://cdn.example.com/odd.bin");
        assertThat(http.get(admin, next).status()).isEqualTo(200);
    }

    @Test
    void anUnscannableFileIsStillBeingScannedFirst() {
        spark.faults().fileScanning(Duration.ofSeconds(5)).unscannableFiles(1);
        Http.Resp message = postFile("https://cdn.example.com/odd.bin");
        String url = fileOf(message) + "?allow=unscannable";
        advanceTo(Instant.parse(message.str("created")));
        assertThat(http.get(admin, url).status()).isEqualTo(423);
        advanceTo(Instant.parse(message.str("created")).plusSeconds(5));
        assertThat(http.get(admin, url).status()).isEqualTo(200);
        assertThat(http.get(admin, fileOf(message)).status()).isEqualTo(428);
    }

    @Test
    void aFileGoesWithItsMessage() {
        Http.Resp message = postFile("https://cdn.example.com/a.png");
        http.delete(admin, "messages/" + message.id());
        assertThat(http.get(admin, fileOf(message)).status()).isEqualTo(404);
    }
}
