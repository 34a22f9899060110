package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RolesApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    static final String FULL_ADMIN = """
            {"id": "ROLE", "name": "Full Administrator"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/roles")).willReturn(okJson("{\"items\": [" + FULL_ADMIN
                + ", {\"id\": \"ROLE2\", \"name\": \"User Administrator\"}]}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.roles().list().toList()).extracting(Role::id, Role::name)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("ROLE", "Full Administrator"),
                            org.assertj.core.groups.Tuple.tuple("ROLE2", "User Administrator"));
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/roles")));
    }

    @Test
    void listWithMaxSendsMax() {
        spark.stubFor(get(urlEqualTo("/v1/roles?max=1")).willReturn(okJson("{\"items\": [" + FULL_ADMIN + "]}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.roles().list(q -> q.max(1)).toList()).hasSize(1);
        }
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/roles/ROLE")).willReturn(okJson(FULL_ADMIN)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.roles().get("ROLE").name()).isEqualTo("Full Administrator");
        }
    }

    @Test
    void nullOrBlankIdFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.roles().get(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("roleId");
            assertThatThrownBy(() -> api.roles().get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roleId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
