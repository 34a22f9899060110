package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One fake per test class, served over loopback HTTP, reset before every test. */
abstract class FakeSparkHttpTestBase {

    static FakeSpark spark;
    static Http http;

    String admin;

    @BeforeAll
    static void startFake() {
        spark = FakeSpark.create();
        http = new Http(spark.startHttp());
    }

    @AfterAll
    static void stopFake() {
        spark.close();
    }

    @BeforeEach
    void resetFake() {
        spark.reset();
        admin = spark.admin().token();
    }

    /** Creates a group room as the given user and returns its id. */
    static String room(String token, String title) {
        Http.Resp r = http.post(token, "rooms", Map.of("title", title));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.id();
    }

    /** Adds a person to a room and returns the membership id. */
    static String addMember(String token, String roomId, String personId) {
        Http.Resp r = http.post(token, "memberships", Map.of("roomId", roomId, "personId", personId));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.id();
    }

    /** Posts a message and returns the response. */
    static Http.Resp say(String token, Map<String, Object> body) {
        return http.post(token, "messages", body);
    }
}
