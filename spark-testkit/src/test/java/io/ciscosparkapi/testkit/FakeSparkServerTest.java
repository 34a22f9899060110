package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class FakeSparkServerTest {

    private static Map<String, String> lines(String out) {
        return out.lines().filter(l -> l.contains("=")).collect(Collectors.toMap(
                l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
    }

    @Test
    void launchPrintsTheBaseUrlAndTokensThatWork() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--port", "0", "--users", "2"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        try (FakeSpark spark = launch.spark()) {
            assertThat(spark).isNotNull();
            List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(printed.get(0)).matches("SPARK_BASE_URL=http://127\\.0\\.0\\.1:\\d+/v1/");
            assertThat(printed.get(1)).startsWith("SPARK_ACCESS_TOKEN=");
            Map<String, String> vars = lines(out.toString(StandardCharsets.UTF_8));
            Http http = new Http(java.net.URI.create(vars.get("SPARK_BASE_URL")));
            assertThat(http.get(vars.get("SPARK_ACCESS_TOKEN"), "people/me").id()).isEqualTo(spark.admin().id());
            assertThat(http.get(vars.get("SPARK_USER_2_TOKEN"), "people/me").str("displayName")).isEqualTo("User 2");
        }
    }

    @Test
    void guestIssuerPrintsAnIssuerWhoseJwtsLogIn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--guest-issuer"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        try (FakeSpark spark = launch.spark()) {
            Map<String, String> vars = lines(out.toString(StandardCharsets.UTF_8));
            Http http = new Http(java.net.URI.create(vars.get("SPARK_BASE_URL")));
            String claims = "{\"sub\":\"guest-1\",\"name\":\"Guest\",\"iss\":\""
                    + vars.get("SPARK_GUEST_ISSUER_ID") + "\",\"exp\":\"" + (Instant.now().getEpochSecond() + 600)
                    + "\"}";
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            String input = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(vars.get("SPARK_GUEST_ISSUER_SECRET")), "HmacSHA256"));
            String jwt = input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
            Http.Resp login = http.send("POST", jwt, "jwt/login", null, null);
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            assertThat(http.get(login.str("token"), "people/me").str("type")).isEqualTo("appuser");
        }
    }

    @Test
    void fileOptionsMakePostedFilesBeingScannedOrUnscannable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--file-scanning", "30",
            "--unscannable-files=1"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        try (FakeSpark spark = launch.spark()) {
            Map<String, String> vars = lines(out.toString(StandardCharsets.UTF_8));
            Http http = new Http(java.net.URI.create(vars.get("SPARK_BASE_URL")));
            String token = vars.get("SPARK_ACCESS_TOKEN");
            String roomId = http.post(token, "rooms", Map.of("title", "Files")).id();
            String first = http.post(token, "messages", Map.of("roomId", roomId, "files",
                    List.of("https://cdn.example.com/a.png"))).json().get("files").get(0).asString();
            String second = http.post(token, "messages", Map.of("roomId", roomId, "files",
                    List.of("https://cdn.example.com/b.png"))).json().get("files").get(0).asString();
            assertThat(http.get(token, first).status()).isEqualTo(423);
            spark.advanceClock(java.time.Duration.ofSeconds(31));
            assertThat(http.get(token, first).status()).isEqualTo(428);
            assertThat(http.get(token, second).status()).isEqualTo(200);
        }
    }

    @Test
    void optionsSwitchPagingDefectsAndPeriodicRateLimits() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--host=127.0.0.1",
            "--max-null-next-links", "--drop-filters-in-next-links", "--rate-limit-every", "2"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        try (FakeSpark spark = launch.spark()) {
            Map<String, String> vars = lines(out.toString(StandardCharsets.UTF_8));
            Http http = new Http(java.net.URI.create(vars.get("SPARK_BASE_URL")));
            String token = vars.get("SPARK_ACCESS_TOKEN");
            Http.Resp first = http.get(token, "roles?max=1");
            assertThat(first.next()).contains("max=null");
            Http.Resp second = http.get(token, "roles?max=1");
            assertThat(second.status()).isEqualTo(429);
            assertThat(second.header("Retry-After")).isEqualTo("1");
        }
    }

    @Test
    void rateLimitOptionsSetTokenAndRoomBuckets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--rate-limit-per-token", "2,0.5",
            "--rate-limit-per-room=1,0.25"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        try (FakeSpark spark = launch.spark()) {
            Map<String, String> vars = lines(out.toString(StandardCharsets.UTF_8));
            Http http = new Http(java.net.URI.create(vars.get("SPARK_BASE_URL")));
            String token = vars.get("SPARK_ACCESS_TOKEN");
            String roomId = http.post(token, "rooms", java.util.Map.of("title", "Limited")).id();
            assertThat(http.get(token, "rooms/" + roomId).status()).isEqualTo(200);
            Http.Resp byRoom = http.get(token, "rooms/" + roomId);
            assertThat(byRoom.status()).isEqualTo(429);
            // Real time passes on the standalone server: a call's worth refills in 4 s (room), 2 s (token).
            assertThat(Integer.parseInt(byRoom.header("Retry-After"))).isBetween(3, 4);
            Http.Resp byToken = http.get(token, "people/me");
            assertThat(byToken.status()).isEqualTo(429);
            assertThat(Integer.parseInt(byToken.header("Retry-After"))).isBetween(1, 2);
        }
    }

    @Test
    void badArgumentsAreNamedAndExitWithStatus2() {
        for (String[] args : List.of(new String[] {"--bogus"}, new String[] {"--port", "abc"},
                new String[] {"--users"}, new String[] {"--port", "70000"},
                new String[] {"--rate-limit-per-token", "5"}, new String[] {"--rate-limit-per-room", "0,1"},
                new String[] {"--rate-limit-per-token", "5,fast"})) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            FakeSparkServer.Launch launch = FakeSparkServer.launch(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(launch.exitCode()).isEqualTo(2);
            assertThat(launch.spark()).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(args[0]);
        }
    }

    @Test
    void httpsServesWithTheCertificateWhosePemFileIsPrinted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--https", "--users", "1"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        java.nio.file.Path pem;
        try (FakeSpark spark = launch.spark()) {
            List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(printed.get(0)).matches("SPARK_BASE_URL=https://127\\.0\\.0\\.1:\\d+/v1/");
            assertThat(printed.get(1)).startsWith("SPARK_ACCESS_TOKEN=");
            assertThat(printed.get(2)).startsWith("SPARK_CA_CERT_FILE=");
            Map<String, String> vars = lines(out.toString(StandardCharsets.UTF_8));
            pem = java.nio.file.Path.of(vars.get("SPARK_CA_CERT_FILE"));
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .sslContext(HttpServingTest.contextTrusting(pem)).build();
            java.net.http.HttpResponse<String> me = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(vars.get("SPARK_BASE_URL") + "people/me"))
                    .header("Authorization", "Bearer " + vars.get("SPARK_USER_1_TOKEN")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("User 1");
        }
        assertThat(pem).doesNotExist();
    }

    @Test
    void aPortAlreadyInUseIsSaidToBeInUseAndExitsWithStatus1() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--port", String.valueOf(port)},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(launch.exitCode()).isEqualTo(1);
            assertThat(launch.spark()).isNull();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("port " + port + " on 127.0.0.1 is already in use")
                    .contains("--port");
        }
    }

    @Test
    void helpPrintsUsage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FakeSparkServer.Launch launch = FakeSparkServer.launch(new String[] {"--help"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(launch.exitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--rate-limit-every");
    }

    @Test
    void theStandaloneProcessPrintsItsReadyLinesAndServes() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String modulePath = System.getProperty("jdk.module.path");
        List<String> command = new ArrayList<>(List.of(javaBin));
        if (modulePath != null && !modulePath.isEmpty()) {
            command.addAll(List.of("-p", modulePath, "-m",
                    "io.ciscosparkapi.testkit/io.ciscosparkapi.testkit.FakeSparkServer"));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    "io.ciscosparkapi.testkit.FakeSparkServer"));
        }
        command.addAll(List.of("--port", "0"));
        Process process = new ProcessBuilder(command).redirectError(new File(System.getProperty("java.io.tmpdir"),
                "fake-spark-server-test.err")).start();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<List<String>> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    return List.of(reader.readLine(), reader.readLine());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            List<String> printed = ready.get(30, TimeUnit.SECONDS);
            assertThat(printed.get(0)).matches("SPARK_BASE_URL=http://127\\.0\\.0\\.1:\\d+/v1/");
            assertThat(printed.get(1)).matches("SPARK_ACCESS_TOKEN=\\S+");
            Http http = new Http(java.net.URI.create(printed.get(0).substring("SPARK_BASE_URL=".length())));
            assertThat(http.get(printed.get(1).substring("SPARK_ACCESS_TOKEN=".length()), "people/me").status())
                    .isEqualTo(200);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
