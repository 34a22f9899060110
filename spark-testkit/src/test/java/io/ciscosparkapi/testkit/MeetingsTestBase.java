package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

/**
 * A fresh fake per test, over loopback HTTP, whose clock stands at {@link #NOW} until a test moves
 * it, so the meetings' states are the test's to drive.
 */
abstract class MeetingsTestBase {

    /** The fake's time when each test starts. */
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    FakeSpark spark;
    Http http;
    String admin;

    @BeforeEach
    void startFake() {
        spark = FakeSpark.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        http = new Http(spark.startHttp());
        admin = spark.admin().token();
    }

    @AfterEach
    void stopFake() {
        spark.close();
    }

    /** The text of a time that many hours after {@link #NOW}, in UTC. */
    static String hoursFromNow(long hours) {
        return NOW.plus(Duration.ofHours(hours)).toString();
    }

    /** A body for {@code POST meetings}: from {@code startHour} to {@code endHour} hours after now, plus extras. */
    static Map<String, Object> meetingBody(String title, long startHour, long endHour, Object... extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("start", hoursFromNow(startHour));
        body.put("end", hoursFromNow(endHour));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    /** Creates a meeting, checking the 200, and returns it. */
    JsonNode createMeeting(String token, Map<String, Object> body) {
        Http.Resp r = http.post(token, "meetings", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** Creates a webinar with registration and returns its id. */
    String createWebinar(String token, boolean autoAccept) {
        return createMeeting(token, meetingBody("Webinar", 24, 25, "scheduledType", "webinar",
                "registration", Map.of("autoAcceptRequest", autoAccept))).get("id").asString();
    }

    /** Follows next links from a first page and returns every item id, with the number of pages. */
    record Walk(List<String> ids, int pages) {
    }

    Walk walk(String token, String firstPage) {
        List<String> ids = new ArrayList<>();
        Http.Resp page = http.get(token, firstPage);
        int pages = 0;
        while (true) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            ids.addAll(page.itemIds());
            pages++;
            if (page.next() == null) {
                return new Walk(ids, pages);
            }
            assertThat(page.next()).startsWith(http.base.toString());
            page = http.get(token, page.next());
        }
    }

    /** The first error description of an error response. */
    static String description(Http.Resp r) {
        return r.json().get("errors").get(0).get("description").asString();
    }
}
