package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.MeetingScheduledType;
import io.ciscosparkapi.model.MeetingTemplate;
import io.ciscosparkapi.model.MeetingTemplateType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MeetingTemplatesApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    static final String WEBINAR_TEMPLATE = """
            {"id": "TPL", "name": "Webinar template 1", "locale": "en_US", "siteUrl": "example.webex.com",
             "templateType": "webinar", "isDefault": false, "isStandard": true}""";

    /** One template as its get answers it: with the meeting it would schedule. */
    static final String WEBINAR_TEMPLATE_DETAILED = """
            {"id": "TPL", "name": "Webinar template 1", "locale": "en_US", "siteUrl": "example.webex.com",
             "templateType": "webinar", "isDefault": false, "isStandard": true,
             "meeting": {"title": "Webinar template 1", "timezone": "UTC", "start": "2026-12-02T10:00:00Z",
                         "end": "2026-12-02T11:00:00Z", "scheduledType": "webinar", "enabledAutoRecordMeeting": false,
                         "allowAnyUserToBeCoHost": false}}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/meetings/templates")).willReturn(okJson("{\"items\": [" + WEBINAR_TEMPLATE + "]}")));
        try (CiscoSparkAPI api = api()) {
            MeetingTemplate t = api.meetingTemplates().list().toList().get(0);
            assertThat(t.id()).isEqualTo("TPL");
            assertThat(t.name()).isEqualTo("Webinar template 1");
            assertThat(t.locale()).isEqualTo("en_US");
            assertThat(t.siteUrl()).isEqualTo("example.webex.com");
            assertThat(t.templateType()).isEqualTo(MeetingTemplateType.WEBINAR);
            assertThat(t.isDefault()).isFalse();
            assertThat(t.isStandard()).isTrue();
            assertThat(t.meeting()).isNull();
        }
    }

    @Test
    void listSendsTheTemplateTypeAndMax() {
        spark.stubFor(get(urlPathEqualTo("/v1/meetings/templates")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            api.meetingTemplates().list(q -> q.templateType(MeetingTemplateType.MEETING).max(20)).toList();
        }
        SentRequests.assertGetQuery(spark, "/v1/meetings/templates", Map.of("templateType", "meeting", "max", "20"));
    }

    @Test
    void getReadsTheMeetingTheTemplateWouldSchedule() {
        spark.stubFor(get(urlEqualTo("/v1/meetings/templates/TPL")).willReturn(okJson(WEBINAR_TEMPLATE_DETAILED)));
        try (CiscoSparkAPI api = api()) {
            MeetingTemplate t = api.meetingTemplates().get("TPL");
            assertThat(t.meeting().scheduledType()).isEqualTo(MeetingScheduledType.WEBINAR);
            assertThat(t.meeting().start()).isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequest() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetingTemplates().list(q -> q.templateType(MeetingTemplateType.UNKNOWN)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("templateType");
            assertThatThrownBy(() -> api.meetingTemplates().get(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("templateId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
