package io.ciscosparkapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Timestamp fields read as {@link Instant}, whatever ISO-8601 form the server uses. */
class TimestampsTest {

    private static Instant created(Object raw) {
        return new Message(Map.of("created", raw)).created();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2018-05-28T11:01:40.123Z,      2018-05-28T11:01:40.123Z",
            "2018-05-28T11:01:40Z,          2018-05-28T11:01:40Z",
            "2018-05-28T11:01Z,             2018-05-28T11:01:00Z",
            "2018-05-28T11:01:40.1Z,        2018-05-28T11:01:40.100Z",
            "2018-05-28T11:01:40.123456789Z, 2018-05-28T11:01:40.123456789Z",
            "2018-05-28T13:01:40.123+02:00, 2018-05-28T11:01:40.123Z",
            "2018-05-28T13:01:40+02:00,     2018-05-28T11:01:40Z",
            "2018-05-28T06:01:40-05:00,     2018-05-28T11:01:40Z",
            "2018-05-28T13:01:40+0200,      2018-05-28T11:01:40Z",
            "2018-05-28T13:01:40+02,        2018-05-28T11:01:40Z",
            "2018-05-28T11:01:40+00:00,     2018-05-28T11:01:40Z",
            "2018-05-28t11:01:40z,          2018-05-28T11:01:40Z",
            "2018-05-28T11:01:40.123,       2018-05-28T11:01:40.123Z",
    })
    void isoTimestampsParse(String raw, String expected) {
        assertThat(created(raw)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"yesterday", "", "2018-05-28", "2018-13-28T11:01:40Z", "2018-02-30T11:01:40Z",
            "2018-05-28T25:01:40Z", "2018-05-28 11:01:40Z", "2018-05-28T11:01:40Zjunk", "1527505300"})
    void unparseableTimestampReadsNullWithoutThrowingAndStaysReadable(String raw) {
        Message message = new Message(Map.of("created", raw));

        assertThat(message.created()).isNull();
        assertThat(message.get("created")).isEqualTo(raw);
        assertThat(message.json()).contains(raw);
    }

    @Test
    void timestampThatIsNotAStringReadsNull() {
        assertThat(created(1527505300)).isNull();
        assertThat(created(true)).isNull();
    }

    @Test
    void everyModelParsesItsTimestampsTheSameWay() {
        Map<String, Object> json = Map.of("created", "2018-05-28T13:01:40+02:00", "lastActivity", "2018-05-28T11:01:40Z");
        Instant expected = Instant.parse("2018-05-28T11:01:40Z");

        assertThat(new Room(json).created()).isEqualTo(expected);
        assertThat(new Room(json).lastActivity()).isEqualTo(expected);
        assertThat(new Person(json).lastActivity()).isEqualTo(expected);
        assertThat(new Webhook(json).created()).isEqualTo(expected);
        assertThat(new RoomTab(json).created()).isEqualTo(expected);
    }
}
