package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultsAndJournalTest extends FakeSparkHttpTestBase {

    @Test
    void rateLimitAnswers429WithTheRetryAfterValueForTheNextNCalls() {
        spark.faults().rateLimit("GET", "/v1/people/me$", 2, "7");
        for (int i = 0; i < 2; i++) {
            Http.Resp r = http.get(admin, "people/me");
            assertThat(r.status()).isEqualTo(429);
            assertThat(r.header("Retry-After")).isEqualTo("7");
        }
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
    }

    @Test
    void rateLimitCanOmitRetryAfterOrSendGarbageVerbatim() {
        spark.faults().rateLimit("*", "people", 1, null).rateLimit("*", "people", 1, "rand(30),add(30)");
        Http.Resp missing = http.get(admin, "people/me");
        assertThat(missing.status()).isEqualTo(429);
        assertThat(missing.header("Retry-After")).isNull();
        Http.Resp garbage = http.get(admin, "people/me");
        assertThat(garbage.status()).isEqualTo(429);
        assertThat(garbage.header("Retry-After")).isEqualTo("rand(30),add(30)");
    }

    @Test
    void theJournalKeepsOnlyTheMostRecentRequestsUpToItsLimit() {
        try (FakeSpark small = FakeSpark.builder().journalLimit(2).build()) {
            Http h = new Http(small.startHttp());
            String token = small.admin().token();
            h.get(token, "people/me");
            h.get(token, "rooms");
            h.get(token, "teams");
            assertThat(small.journal().requests()).extracting(RecordedRequest::path)
                    .containsExactly("/v1/rooms", "/v1/teams");
            assertThat(small.journal().last().path()).isEqualTo("/v1/teams");
        }
        try (FakeSpark none = FakeSpark.builder().journalLimit(0).build()) {
            new Http(none.startHttp()).get(none.admin().token(), "people/me");
            assertThat(none.journal().requests()).isEmpty();
        }
    }

    @Test
    void rulesOnlyMatchTheirMethodAndPath() {
        spark.faults().rateLimit("POST", "rooms", 1, "1");
        assertThat(http.get(admin, "rooms").status()).isEqualTo(200);
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
        assertThat(http.post(admin, "rooms", Map.of("title", "x")).status()).isEqualTo(429);
    }

    @Test
    void failAnswersTheStatusWithAJsonErrorBodyAndChangesNothing() {
        spark.faults().fail("POST", "/v1/rooms", 1, 503);
        Http.Resp r = http.post(admin, "rooms", Map.of("title", "Not created"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.json().get("errors").get(0).get("description").asString()).isNotBlank();
        assertThat(r.json().get("trackingId").asString()).isEqualTo(r.header("TrackingID"));
        assertThat(http.get(admin, "rooms").items()).isEmpty();
        assertThat(http.post(admin, "rooms", Map.of("title", "Created")).status()).isEqualTo(200);
    }

    @Test
    void delayWaitsBeforeAnsweringNormally() {
        spark.faults().delay("GET", "people/me", 1, Duration.ofMillis(300));
        long start = System.nanoTime();
        Http.Resp r = http.get(admin, "people/me");
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).isEqualTo(200);
        assertThat(tookMillis).isGreaterThanOrEqualTo(250);
    }

    @Test
    void dropConnectionClosesTheSocketWithoutAResponse() {
        spark.faults().dropConnection("POST", "rooms", 1);
        assertThatThrownBy(() -> http.post(admin, "rooms", Map.of("title", "Dropped")))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
        assertThat(http.post(admin, "rooms", Map.of("title", "Fine")).status()).isEqualTo(200);
    }

    @Test
    void rateLimitEveryNthCall() {
        spark.faults().rateLimitEvery(3, "1");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(http.get(admin, "people/me").status());
        }
        assertThat(statuses).containsExactly(200, 200, 429, 200, 200, 429);
    }

    @Test
    void clearRemovesEveryFault() {
        spark.faults().rateLimit("*", ".*", 5, "1").fail("*", ".*", 5, 500).clear();
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
    }

    @Test
    void theJournalRecordsEveryRequestIncludingTheAuthorization() {
        http.post(admin, "rooms?x=1", Map.of("title", "Journal"));
        http.get(null, "people/me");
        List<RecordedRequest> requests = spark.journal().requests();
        assertThat(requests).hasSize(2);
        RecordedRequest post = requests.get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/v1/rooms");
        assertThat(post.query()).isEqualTo("x=1");
        assertThat(post.body()).contains("\"title\"").contains("Journal");
        assertThat(post.authorization()).isEqualTo("Bearer " + admin);
        assertThat(post.header("content-type")).startsWith("application/json");
        assertThat(post.toString()).doesNotContain(admin).contains("redacted");
        assertThat(spark.journal().last().authorization()).isNull();
        spark.journal().clear();
        assertThat(spark.journal().requests()).isEmpty();
    }

    @Test
    void resetRestoresTheSeedWithTheSameAdminToken() {
        String token = spark.admin().token();
        room(admin, "Before reset");
        FakeUser bob = spark.createUser("Bob");
        spark.faults().rateLimit("*", ".*", 10, "1");
        spark.reset();
        assertThat(http.get(token, "rooms").items()).isEmpty();
        assertThat(http.get(bob.token(), "people/me").status()).isEqualTo(401);
        assertThat(spark.journal().requests()).hasSize(2);
    }
}
