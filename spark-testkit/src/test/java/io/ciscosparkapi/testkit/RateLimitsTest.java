package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's rate limits: token buckets per access token and per room, on a clock that stands
 * still unless the test moves it, so no test sleeps.
 */
class RateLimitsTest {

    private FakeSpark spark;
    private Http http;
    private String admin;

    @BeforeEach
    void start() {
        spark = FakeSpark.builder().clock(Clock.fixed(Instant.parse("2018-05-28T11:00:00Z"), ZoneOffset.UTC)).build();
        http = new Http(spark.startHttp());
        admin = spark.admin().token();
    }

    @AfterEach
    void stop() {
        spark.close();
    }

    /** Calls once; on a 429, waits on the fake's clock as long as Retry-After says and calls again. */
    private Http.Resp honouringRetryAfter(Supplier<Http.Resp> call, List<Integer> waits) {
        Http.Resp r = call.get();
        if (r.status() == 429) {
            int seconds = Integer.parseInt(r.header("Retry-After"));
            waits.add(seconds);
            spark.advanceClock(Duration.ofSeconds(seconds));
            r = call.get();
        }
        return r;
    }

    @Test
    void aTokenMakesCapacityCallsAtOnceThenGets429WithTheSecondsUntilTheBucketRefills() {
        spark.faults().rateLimitPerToken(3, 0.5);
        for (int i = 0; i < 3; i++) {
            assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
        }
        Http.Resp limited = http.get(admin, "people/me");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        assertThat(limited.json().get("message").asString()).contains("retry after 2 seconds");
        assertThat(limited.json().get("trackingId").asString()).isEqualTo(limited.header("TrackingID"));
        FakeUser bob = spark.createUser("Bob");
        assertThat(http.get(bob.token(), "people/me").status()).as("another token has its own bucket").isEqualTo(200);
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUpAndAtLeastOne() {
        spark.faults().rateLimitPerToken(1, 0.4);
        http.get(admin, "people/me");
        assertThat(http.get(admin, "people/me").header("Retry-After")).isEqualTo("3");
        spark.faults().rateLimitPerToken(1, 10);
        http.get(admin, "people/me");
        assertThat(http.get(admin, "people/me").header("Retry-After")).isEqualTo("1");
    }

    @Test
    void aClientThatHonoursRetryAfterSeesEveryCallSucceed() {
        spark.faults().rateLimitPerToken(2, 0.5).rateLimitPerRoom(3, 0.25);
        String roomId = http.post(admin, "rooms", Map.of("title", "Busy")).id();
        List<Integer> waits = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "message " + i;
            Http.Resp posted = honouringRetryAfter(
                    () -> http.post(admin, "messages", Map.of("roomId", roomId, "text", text)), waits);
            assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
            Http.Resp read = honouringRetryAfter(() -> http.get(admin, "people/me"), waits);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
        }
        assertThat(waits).as("the limits were in force").isNotEmpty().allMatch(s -> s >= 1);
        assertThat(honouringRetryAfter(() -> http.get(admin, "messages?roomId=" + roomId + "&max=100"), waits)
                .items()).hasSize(20);
    }

    @Test
    void aClientThatIgnoresRetryAfterKeepsGetting429() {
        spark.faults().rateLimitPerToken(2, 0.2);
        http.get(admin, "people/me");
        http.get(admin, "people/me");
        Http.Resp first = http.get(admin, "people/me");
        assertThat(first.header("Retry-After")).isEqualTo("5");
        for (int i = 0; i < 10; i++) {
            assertThat(http.get(admin, "people/me").status()).isEqualTo(429);
        }
        spark.advanceClock(Duration.ofSeconds(4));
        Http.Resp tooSoon = http.get(admin, "people/me");
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.header("Retry-After")).isEqualTo("1");
        spark.advanceClock(Duration.ofSeconds(1));
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
    }

    @Test
    void callsThatNameARoomDrawFromThatRoomsBucketWhoeverMakesThem() {
        FakeUser bob = spark.createUser("Bob");
        String busy = http.post(admin, "rooms", Map.of("title", "Busy")).id();
        String quiet = http.post(admin, "rooms", Map.of("title", "Quiet")).id();
        http.post(admin, "memberships", Map.of("roomId", busy, "personId", bob.id()));
        spark.faults().rateLimitPerRoom(3, 1);
        assertThat(http.get(admin, "rooms/" + busy).status()).isEqualTo(200);
        assertThat(http.get(bob.token(), "memberships?roomId=" + busy).status()).isEqualTo(200);
        assertThat(http.post(bob.token(), "messages", Map.of("roomId", busy, "text", "hi")).status()).isEqualTo(200);
        Http.Resp limited = http.get(admin, "messages?roomId=" + busy);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(http.get(admin, "rooms/" + quiet).status()).isEqualTo(200);
        assertThat(http.get(admin, "people/me").status()).as("a call that names no room").isEqualTo(200);
    }

    @Test
    void aCallLimitedBothWaysWaitsForTheSlowerBucket() {
        String roomId = http.post(admin, "rooms", Map.of("title", "Both")).id();
        spark.faults().rateLimitPerToken(1, 1).rateLimitPerRoom(1, 0.1);
        assertThat(http.get(admin, "rooms/" + roomId).status()).isEqualTo(200);
        assertThat(http.get(admin, "rooms/" + roomId).header("Retry-After")).isEqualTo("10");
        spark.advanceClock(Duration.ofSeconds(1));
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
    }

    @Test
    void clearAndResetRemoveTheRateLimits() {
        spark.faults().rateLimitPerToken(1, 0.01);
        http.get(admin, "people/me");
        assertThat(http.get(admin, "people/me").status()).isEqualTo(429);
        spark.faults().clear();
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
        spark.faults().rateLimitPerToken(1, 0.01);
        http.get(admin, "people/me");
        spark.reset();
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
        assertThat(http.get(admin, "people/me").status()).isEqualTo(200);
    }

    @Test
    void impossibleLimitsAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> spark.faults().rateLimitPerToken(0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        assertThatThrownBy(() -> spark.faults().rateLimitPerRoom(1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refillPerSecond");
        assertThatThrownBy(() -> spark.faults().rateLimitPerRoom(1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refillPerSecond");
    }
}
