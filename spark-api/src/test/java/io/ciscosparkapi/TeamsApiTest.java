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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Team;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TeamsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example team (§2.5). */
    static final String BUILD_SQUAD = """
            {"id": "TEAM", "name": "Build Squad", "creatorId": "ME", "created": "2018-05-28T10:00:00.000Z"}""";

    static final String DESCRIBED = """
            {"id": "TEAM", "name": "Build Squad", "creatorId": "ME", "created": "2018-05-28T10:00:00.000Z",
             "description": "Keeps the build green"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listAsksForTheCallersTeamsAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/teams")).willReturn(okJson("{\"items\": [" + BUILD_SQUAD + "]}")));
        try (CiscoSparkAPI api = api()) {
            Team team = api.teams().list().toList().get(0);
            assertThat(team.id()).isEqualTo("TEAM");
            assertThat(team.name()).isEqualTo("Build Squad");
            assertThat(team.creatorId()).isEqualTo("ME");
            assertThat(team.created()).isEqualTo(Instant.parse("2018-05-28T10:00:00Z"));
            assertThat(team.description()).isNull();
        }
    }

    @Test
    void listWithMaxSendsMax() {
        spark.stubFor(get(urlEqualTo("/v1/teams?max=5")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.teams().list(q -> q.max(5)).toList()).isEmpty();
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/teams?max=5")));
    }

    @Test
    void createWithANamePostsOnlyTheName() {
        spark.stubFor(post(urlEqualTo("/v1/teams")).willReturn(okJson(BUILD_SQUAD)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.teams().create("Build Squad").id()).isEqualTo("TEAM");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/teams"))
                .withRequestBody(equalToJson("{\"name\": \"Build Squad\"}", false, false)));
    }

    @Test
    void createWithADescriptionPostsBoth() {
        spark.stubFor(post(urlEqualTo("/v1/teams")).willReturn(okJson(DESCRIBED)));
        try (CiscoSparkAPI api = api()) {
            Team team = api.teams().create(t -> t.name("Build Squad").description("Keeps the build green"));
            assertThat(team.description()).isEqualTo("Keeps the build green");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/teams")).withRequestBody(equalToJson(
                "{\"name\": \"Build Squad\", \"description\": \"Keeps the build green\"}", false, false)));
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/teams/TEAM")).willReturn(okJson(BUILD_SQUAD)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.teams().get("TEAM").name()).isEqualTo("Build Squad");
        }
    }

    @Test
    void updatePutsTheNameAndDescription() {
        spark.stubFor(put(urlEqualTo("/v1/teams/TEAM")).willReturn(okJson(DESCRIBED)));
        try (CiscoSparkAPI api = api()) {
            api.teams().update("TEAM", t -> t.name("Build Squad").description("Keeps the build green"));
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/teams/TEAM")).withRequestBody(equalToJson(
                "{\"name\": \"Build Squad\", \"description\": \"Keeps the build green\"}", false, false)));
    }

    @Test
    void deleteSendsDelete() {
        spark.stubFor(delete(urlEqualTo("/v1/teams/TEAM")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            api.teams().delete("TEAM");
        }
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/teams/TEAM")));
    }

    @Test
    void missingNamesAndIdsFailBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.teams().create((String) null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> api.teams().create(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> api.teams().create(t -> t.description("no name")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> api.teams().update("TEAM", t -> t.description("no name")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
            assertThatThrownBy(() -> api.teams().update(null, t -> t.name("x")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("teamId");
            assertThatThrownBy(() -> api.teams().get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teamId");
            assertThatThrownBy(() -> api.teams().delete(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("teamId");
            assertThatThrownBy(() -> api.teams().list(q -> q.max(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
