package io.ciscosparkapi.testkit.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Timestamps are written as the API writes them, e.g. {@code 2018-05-28T11:01:40.123Z}. */
class FakeClockFormatTest {

    private static final DateTimeFormatter API =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void instantsAreWrittenInUtcToTheMillisecondWithTheFractionCutOff() {
        assertThat(FakeClock.format(Instant.parse("2018-05-28T11:01:40.123456789Z"))).isEqualTo("2018-05-28T11:01:40.123Z");
        assertThat(FakeClock.format(Instant.parse("2024-02-29T00:00:00Z"))).isEqualTo("2024-02-29T00:00:00.000Z");
        assertThat(FakeClock.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00.000Z");
        assertThat(FakeClock.format(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
    }

    @Test
    void anyInstantIsWrittenAsTheApiPatternWritesIt() {
        Random random = new Random(17);
        long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(min + (long) (random.nextDouble() * (max - min)), random.nextInt(1_000_000_000));
            assertThat(FakeClock.format(instant)).as("%s", instant).isEqualTo(API.format(instant));
        }
    }
}
