package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.TeamMembership;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TeamMembershipsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example team membership (§2.6). */
    static final String ALICE_IN_TEAM = """
            {"id": "TMEMB", "teamId": "TEAM", "personId": "ME", "personEmail": "alice@example.com",
             "personDisplayName": "Alice Example", "personOrgId": "ORG", "isModerator": true,
             "created": "2018-05-28T10:00:00.000Z"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listOfATeamUsesTheTeamMembershipsPathAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/team/memberships?teamId=TEAM")).willReturn(okJson("{\"items\": [" + ALICE_IN_TEAM + "]}")));
        try (CiscoSparkAPI api = api()) {
            TeamMembership m = api.teamMemberships().list("TEAM").toList().get(0);
            assertThat(m.id()).isEqualTo("TMEMB");
            assertThat(m.teamId()).isEqualTo("TEAM");
            assertThat(m.personId()).isEqualTo("ME");
            assertThat(m.personEmail()).isEqualTo("alice@example.com");
            assertThat(m.personDisplayName()).isEqualTo("Alice Example");
            assertThat(m.personOrgId()).isEqualTo("ORG");
            assertThat(m.isModerator()).isTrue();
            assertThat(m.created()).isEqualTo(Instant.parse("2018-05-28T10:00:00Z"));
        }
    }

    @Test
    void listWithABuilderSendsTeamIdAndMax() {
        spark.stubFor(get(urlPathEqualTo("/v1/team/memberships")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.teamMemberships().list(q -> q.teamId("TEAM").max(2)).toList()).isEmpty();
        }
        SentRequests.assertGetQuery(spark, "/v1/team/memberships", Map.of("teamId", "TEAM", "max", "2"));
    }

    @Test
    void createSendsIsModeratorFalseExplicitly() {
        spark.stubFor(post(urlEqualTo("/v1/team/memberships")).willReturn(okJson(ALICE_IN_TEAM)));
        try (CiscoSparkAPI api = api()) {
            api.teamMemberships().create(c -> c.teamId("TEAM").personEmail("bob@example.com"));
            api.teamMemberships().create(c -> c.teamId("TEAM").personId("BOB").isModerator(true));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/team/memberships")).withRequestBody(equalToJson(
                "{\"teamId\": \"TEAM\", \"personEmail\": \"bob@example.com\", \"isModerator\": false}", false, false)));
        spark.verify(postRequestedFor(urlEqualTo("/v1/team/memberships")).withRequestBody(equalToJson(
                "{\"teamId\": \"TEAM\", \"personId\": \"BOB\", \"isModerator\": true}", false, false)));
    }

    @Test
    void getUpdateAndDeleteUseTheIdUnderTeamMemberships() {
        spark.stubFor(get(urlEqualTo("/v1/team/memberships/TMEMB")).willReturn(okJson(ALICE_IN_TEAM)));
        spark.stubFor(put(urlEqualTo("/v1/team/memberships/TMEMB")).willReturn(okJson(ALICE_IN_TEAM)));
        spark.stubFor(delete(urlEqualTo("/v1/team/memberships/TMEMB")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.teamMemberships().get("TMEMB").teamId()).isEqualTo("TEAM");
            assertThat(api.teamMemberships().update("TMEMB", true).isModerator()).isTrue();
            api.teamMemberships().update("TMEMB", u -> u.isModerator(false));
            api.teamMemberships().delete("TMEMB");
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/team/memberships/TMEMB"))
                .withRequestBody(equalToJson("{\"isModerator\": true}", false, false)));
        spark.verify(putRequestedFor(urlEqualTo("/v1/team/memberships/TMEMB"))
                .withRequestBody(equalToJson("{\"isModerator\": false}", false, false)));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/team/memberships/TMEMB")));
    }

    @Test
    void badArgumentsFailBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.teamMemberships().list(q -> q.max(5)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("teamId");
            assertThatThrownBy(() -> api.teamMemberships().list(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teamId");
            assertThatThrownBy(() -> api.teamMemberships().create(c -> c.teamId("TEAM")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of personId, personEmail");
            assertThatThrownBy(() -> api.teamMemberships().create(c -> c.teamId("TEAM").personId("BOB")
                    .personEmail("bob@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of personId, personEmail");
            assertThatThrownBy(() -> api.teamMemberships().create(c -> c.personId("BOB")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("teamId");
            assertThatThrownBy(() -> api.teamMemberships().update("TMEMB", u -> { }))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("isModerator");
            assertThatThrownBy(() -> api.teamMemberships().get(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("membershipId");
            assertThatThrownBy(() -> api.teamMemberships().delete(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("membershipId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
