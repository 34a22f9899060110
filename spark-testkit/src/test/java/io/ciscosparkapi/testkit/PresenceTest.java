package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Spec §2.1: a person's {@code status} and {@code lastActivity}, on the fake's clock. */
class PresenceTest {

    private FakeSpark spark;
    private Http http;
    private String admin;

    @BeforeEach
    void start() {
        spark = FakeSpark.create();
        http = new Http(spark.startHttp());
        admin = spark.admin().token();
    }

    @AfterEach
    void stop() {
        spark.close();
    }

    private JsonNode person(String id) {
        return http.get(admin, "people/" + id).json();
    }

    @Test
    void aPersonIsActiveForTenMinutesAfterItsLastChangeThenInactive() {
        FakeUser bob = spark.createUser("Bob");
        assertThat(person(bob.id()).get("status").asString()).isEqualTo("inactive");
        assertThat(person(bob.id()).has("lastActivity")).isFalse();

        String created = http.post(bob.token(), "rooms", Map.of("title", "Bob's")).str("created");
        JsonNode active = person(bob.id());
        assertThat(active.get("status").asString()).isEqualTo("active");
        Instant last = Instant.parse(active.get("lastActivity").asString());
        assertThat(last).isAfterOrEqualTo(Instant.parse(created).minusSeconds(1));

        spark.advanceClock(Duration.ofMinutes(9));
        assertThat(person(bob.id()).get("status").asString()).isEqualTo("active");
        spark.advanceClock(Duration.ofMinutes(1));
        JsonNode inactive = person(bob.id());
        assertThat(inactive.get("status").asString()).isEqualTo("inactive");
        assertThat(inactive.get("lastActivity").asString()).isEqualTo(active.get("lastActivity").asString());
    }

    @Test
    void readingIsNotActivityAndNeitherIsAFailedChange() {
        FakeUser bob = spark.createUser("Bob");
        http.get(bob.token(), "people/me");
        http.get(bob.token(), "rooms");
        assertThat(http.post(bob.token(), "rooms", Map.of()).status()).isEqualTo(400);
        assertThat(person(bob.id()).get("status").asString()).isEqualTo("inactive");
        assertThat(person(bob.id()).has("lastActivity")).isFalse();
    }

    @Test
    void someoneWhoNeverLoggedInIsPending() {
        Http.Resp created = http.post(admin, "people", Map.of("emails", java.util.List.of("carol@example.com"),
                "displayName", "Carol"));
        assertThat(created.str("status")).isEqualTo("pending");
        String roomId = http.post(admin, "rooms", Map.of("title", "Invites")).id();
        String invitee = http.post(admin, "memberships", Map.of("roomId", roomId, "personEmail", "dan@example.org"))
                .str("personId");
        JsonNode dan = person(invitee);
        assertThat(dan.get("invitePending").asBoolean()).isTrue();
        assertThat(dan.get("status").asString()).isEqualTo("pending");
    }

    @Test
    void presenceIsLeftOutWhenPeopleAreListedById() {
        FakeUser bob = spark.createUser("Bob");
        http.post(bob.token(), "rooms", Map.of("title", "Bob's"));
        JsonNode byId = http.get(admin, "people?id=" + bob.id()).items().get(0);
        assertThat(byId.has("status")).isFalse();
        assertThat(byId.has("lastActivity")).isFalse();
        JsonNode byEmail = http.get(admin, "people?email=" + bob.email()).items().get(0);
        assertThat(byEmail.get("status").asString()).isEqualTo("active");
        assertThat(byEmail.has("lastActivity")).isTrue();
    }
}
