package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.AdminAuditEvent;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminAuditEventsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    static final Instant FROM = Instant.parse("2020-06-01T00:00:00Z");
    static final Instant TO = Instant.parse("2020-06-02T00:00:00.250Z");

    /** An event with every field of §2.14. */
    static final String LICENSE_ASSIGNED = """
            {"id": "EV1", "actorId": "ME", "orgId": "ORG", "created": "2020-06-01T10:11:12.000Z",
             "data": {"actorOrgName": "Example Corp", "targetName": "Bob Example",
                      "eventDescription": "A user's licenses were changed", "actorName": "Alice Example",
                      "actorEmail": "alice@example.com", "adminRoles": ["Full_Admin", "User_Admin"],
                      "trackingId": "ATLAS_5c1b2e2d", "targetType": "User", "targetId": "BOB",
                      "eventCategory": "LICENSES", "actorUserAgent": "Mozilla/5.0", "actorIp": "192.0.2.10",
                      "targetOrgId": "ORG", "actionText": "Alice Example assigned a license to Bob Example",
                      "targetOrgName": "Example Corp"}}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listSendsTheOrganizationAndTheWindowAndParsesEveryField() {
        spark.stubFor(get(urlPathEqualTo("/v1/adminAudit/events"))
                .willReturn(okJson("{\"items\": [" + LICENSE_ASSIGNED + "]}")));
        try (CiscoSparkAPI api = api()) {
            AdminAuditEvent event = api.adminAuditEvents().list("ORG", FROM, TO).toList().get(0);
            assertThat(event.id()).isEqualTo("EV1");
            assertThat(event.actorId()).isEqualTo("ME");
            assertThat(event.orgId()).isEqualTo("ORG");
            assertThat(event.created()).isEqualTo(Instant.parse("2020-06-01T10:11:12Z"));
            AdminAuditEvent.Data data = event.data();
            assertThat(data.actorOrgName()).isEqualTo("Example Corp");
            assertThat(data.targetName()).isEqualTo("Bob Example");
            assertThat(data.eventDescription()).isEqualTo("A user's licenses were changed");
            assertThat(data.actorName()).isEqualTo("Alice Example");
            assertThat(data.actorEmail()).isEqualTo("alice@example.com");
            assertThat(data.adminRoles()).containsExactly("Full_Admin", "User_Admin");
            assertThat(data.trackingId()).isEqualTo("ATLAS_5c1b2e2d");
            assertThat(data.targetType()).isEqualTo("User");
            assertThat(data.targetId()).isEqualTo("BOB");
            assertThat(data.eventCategory()).isEqualTo("LICENSES");
            assertThat(data.actorUserAgent()).isEqualTo("Mozilla/5.0");
            assertThat(data.actorIp()).isEqualTo("192.0.2.10");
            assertThat(data.targetOrgId()).isEqualTo("ORG");
            assertThat(data.actionText()).isEqualTo("Alice Example assigned a license to Bob Example");
            assertThat(data.targetOrgName()).isEqualTo("Example Corp");
        }
        SentRequests.assertGetQuery(spark, "/v1/adminAudit/events", Map.of("orgId", "ORG",
                "from", "2020-06-01T00:00:00.000Z", "to", "2020-06-02T00:00:00.250Z"));
    }

    @Test
    void listWithFiltersSendsEveryParameter() {
        spark.stubFor(get(urlPathEqualTo("/v1/adminAudit/events")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            api.adminAuditEvents().list(q -> q.orgId("ORG").from(FROM).to(TO).actorId("ME").max(200).offset(400))
                    .toList();
        }
        SentRequests.assertGetQuery(spark, "/v1/adminAudit/events", Map.of("orgId", "ORG",
                "from", "2020-06-01T00:00:00.000Z", "to", "2020-06-02T00:00:00.250Z", "actorId", "ME",
                "max", "200", "offset", "400"));
    }

    @Test
    void anEventOfANewKindKeepsItsNewDataFieldsReadableByName() {
        spark.stubFor(get(urlPathEqualTo("/v1/adminAudit/events")).willReturn(okJson("""
                {"items": [{"id": "EV2", "data": {"eventCategory": "DEVICES", "deviceModel": "Desk Pro"}}]}""")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark, new java.util.ArrayList<>()).strictModels(false).build()) {
            AdminAuditEvent event = api.adminAuditEvents().list("ORG", FROM, TO).toList().get(0);
            assertThat(event.data().eventCategory()).isEqualTo("DEVICES");
            assertThat(event.data().get("deviceModel")).isEqualTo("Desk Pro");
            assertThat(event.data().adminRoles()).isEmpty();
            assertThat(event.unknownFields()).containsExactly("data.deviceModel");
        }
    }

    @Test
    void missingRequiredFiltersAndAnOverLimitPageAreRefusedBeforeAnyRequest() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.adminAuditEvents().list(null, FROM, TO))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("orgId");
            assertThatThrownBy(() -> api.adminAuditEvents().list("ORG", null, TO))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("from");
            assertThatThrownBy(() -> api.adminAuditEvents().list("ORG", FROM, null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("to");
            assertThatThrownBy(() -> api.adminAuditEvents().list(q -> q.from(FROM).to(TO)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("orgId");
            assertThatThrownBy(() -> api.adminAuditEvents().list(q -> q.orgId("ORG").to(TO)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("from");
            assertThatThrownBy(() -> api.adminAuditEvents().list(q -> q.orgId("ORG").from(FROM)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("to");
            assertThatThrownBy(() -> api.adminAuditEvents().list(q -> q.orgId("ORG").from(FROM).to(TO).max(201)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max")
                    .hasMessageContaining("200");
            assertThatThrownBy(() -> api.adminAuditEvents().list(q -> q.orgId("ORG").from(FROM).to(TO)
                    .param("max", "lots")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
            assertThatThrownBy(() -> api.adminAuditEvents().list(q -> q.offset(-1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
