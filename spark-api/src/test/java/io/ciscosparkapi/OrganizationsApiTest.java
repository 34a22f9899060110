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
import io.ciscosparkapi.model.Organization;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OrganizationsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example organization (§2.8). */
    static final String EXAMPLE_CORP = """
            {"id": "ORG", "displayName": "Example Corp", "created": "2015-06-01T00:00:00.000Z"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listSendsNoParametersAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/organizations")).willReturn(okJson("{\"items\": [" + EXAMPLE_CORP + "]}")));
        try (CiscoSparkAPI api = api()) {
            Organization org = api.organizations().list().toList().get(0);
            assertThat(org.id()).isEqualTo("ORG");
            assertThat(org.displayName()).isEqualTo("Example Corp");
            assertThat(org.created()).isEqualTo(Instant.parse("2015-06-01T00:00:00Z"));
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/organizations")));
    }

    @Test
    void listWithMaxSendsMax() {
        spark.stubFor(get(urlEqualTo("/v1/organizations?max=1")).willReturn(okJson("{\"items\": [" + EXAMPLE_CORP + "]}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.organizations().list(q -> q.max(1)).toList()).hasSize(1);
        }
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/organizations/ORG")).willReturn(okJson(EXAMPLE_CORP)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.organizations().get("ORG").displayName()).isEqualTo("Example Corp");
        }
    }

    @Test
    void nullOrBlankIdFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.organizations().get(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("orgId");
            assertThatThrownBy(() -> api.organizations().get(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orgId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
