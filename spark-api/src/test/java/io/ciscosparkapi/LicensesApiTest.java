package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.License;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LicensesApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example license (§2.9). */
    static final String MESSAGING = """
            {"id": "LIC", "name": "Messaging", "totalUnits": 50, "consumedUnits": 3}""";

    static final String MEETING = """
            {"id": "LIC2", "name": "Meeting - 25 party", "totalUnits": 10, "consumedUnits": 1,
             "subscriptionId": "SUB", "siteUrl": "example.webex.com", "siteType": "Control Hub managed site"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/licenses")).willReturn(okJson("{\"items\": [" + MESSAGING + "," + MEETING + "]}")));
        try (CiscoSparkAPI api = api()) {
            var licenses = api.licenses().list().toList();
            License messaging = licenses.get(0);
            assertThat(messaging.id()).isEqualTo("LIC");
            assertThat(messaging.name()).isEqualTo("Messaging");
            assertThat(messaging.totalUnits()).isEqualTo(50);
            assertThat(messaging.consumedUnits()).isEqualTo(3);
            License meeting = licenses.get(1);
            assertThat(meeting.subscriptionId()).isEqualTo("SUB");
            assertThat(meeting.siteUrl()).isEqualTo("example.webex.com");
            assertThat(meeting.siteType()).isEqualTo("Control Hub managed site");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/licenses")));
    }

    @Test
    void listOfAnotherOrgSendsOrgIdAndMax() {
        spark.stubFor(get(urlPathEqualTo("/v1/licenses")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.licenses().list(q -> q.orgId("ORG2").max(3)).toList()).isEmpty();
        }
        SentRequests.assertGetQuery(spark, "/v1/licenses", Map.of("orgId", "ORG2", "max", "3"));
    }

    @Test
    void getPlacesTheIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/licenses/LIC")).willReturn(okJson(MESSAGING)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.licenses().get("LIC").name()).isEqualTo("Messaging");
        }
    }

    @Test
    void nullOrBlankIdFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.licenses().get(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("licenseId");
            assertThatThrownBy(() -> api.licenses().get(" "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("licenseId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
