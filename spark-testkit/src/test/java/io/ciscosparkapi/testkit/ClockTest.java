package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Everything time-dependent reads the fake's clock, which a test sets and drives. */
class ClockTest {

    @Test
    void timestampsComeFromTheClockTheFakeWasBuiltWith() {
        Clock fixed = Clock.fixed(Instant.parse("2018-05-28T11:00:00Z"), ZoneOffset.UTC);
        try (FakeSpark spark = FakeSpark.builder().clock(fixed).build()) {
            Http http = new Http(spark.startHttp());
            String first = http.post(spark.admin().token(), "rooms", Map.of("title", "One")).str("created");
            String second = http.post(spark.admin().token(), "rooms", Map.of("title", "Two")).str("created");
            assertThat(first).startsWith("2018-05-28T11:00:00.");
            assertThat(Instant.parse(second)).isAfter(Instant.parse(first));
        }
    }

    @Test
    void advancingTheClockMovesLaterTimestampsForwardAtOnce() {
        try (FakeSpark spark = FakeSpark.create()) {
            Http http = new Http(spark.startHttp());
            String token = spark.admin().token();
            Instant before = Instant.parse(http.post(token, "rooms", Map.of("title", "Before")).str("created"));
            spark.advanceClock(Duration.ofDays(3));
            Instant after = Instant.parse(http.post(token, "rooms", Map.of("title", "After")).str("created"));
            assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofDays(3));
        }
    }

    @Test
    void theClockNeverGoesBack() {
        try (FakeSpark spark = FakeSpark.create()) {
            assertThatThrownBy(() -> spark.advanceClock(Duration.ofSeconds(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        }
    }

    @Test
    void theTokensOfSeededAndCreatedUsersNeverExpire() {
        try (FakeSpark spark = FakeSpark.builder().seedUsers(1).build()) {
            Http http = new Http(spark.startHttp());
            FakeUser bob = spark.createUser("Bob");
            spark.advanceClock(Duration.ofDays(1000));
            assertThat(http.get(spark.admin().token(), "people/me").status()).isEqualTo(200);
            assertThat(http.get(spark.seededUsers().get(0).token(), "people/me").status()).isEqualTo(200);
            assertThat(http.get(bob.token(), "people/me").status()).isEqualTo(200);
        }
    }
}
