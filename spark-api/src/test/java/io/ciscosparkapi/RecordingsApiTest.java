package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.Recording;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordingsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** A recording with every field of §2.17; over 2 GiB, so its size needs a long. */
    static final String RECORDING = """
            {"id": "REC", "meetingId": "MTG", "topic": "Quarterly numbers", "createTime": "2026-12-02T09:05:00Z",
             "downloadUrl": "https://example.webex.com/recordingservice/download/REC",
             "playbackUrl": "https://example.webex.com/recordingservice/play/REC", "password": "BgJep@43",
             "format": "MP4", "durationSeconds": 3300, "sizeBytes": 5368709120, "status": "available"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void listParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/recordings")).willReturn(okJson("{\"items\": [" + RECORDING + "]}")));
        try (CiscoSparkAPI api = api()) {
            Recording r = api.recordings().list().toList().get(0);
            assertThat(r.id()).isEqualTo("REC");
            assertThat(r.meetingId()).isEqualTo("MTG");
            assertThat(r.topic()).isEqualTo("Quarterly numbers");
            assertThat(r.createTime()).isEqualTo(Instant.parse("2026-12-02T09:05:00Z"));
            assertThat(r.downloadUrl()).isEqualTo("https://example.webex.com/recordingservice/download/REC");
            assertThat(r.playbackUrl()).isEqualTo("https://example.webex.com/recordingservice/play/REC");
            assertThat(r.password()).isEqualTo("BgJep@43");
            assertThat(r.format()).isEqualTo("MP4");
            assertThat(r.durationSeconds()).isEqualTo(3300);
            assertThat(r.sizeBytes()).isEqualTo(5_368_709_120L);
            assertThat(r.status()).isEqualTo("available");
        }
    }

    @Test
    void listSendsEveryFilter() {
        spark.stubFor(get(urlPathEqualTo("/v1/recordings")).willReturn(okJson("{\"items\": []}")));
        try (CiscoSparkAPI api = api()) {
            api.recordings().list(q -> q.from(Instant.parse("2026-12-01T00:00:00Z"))
                    .to(Instant.parse("2026-12-03T00:00:00Z")).meetingId("MTG").hostEmail("alice@example.com")
                    .siteUrl("example.webex.com").integrationTag("crm-42").max(10)).toList();
        }
        SentRequests.assertGetQuery(spark, "/v1/recordings", Map.of("from", "2026-12-01T00:00:00.000Z",
                "to", "2026-12-03T00:00:00.000Z", "meetingId", "MTG", "hostEmail", "alice@example.com",
                "siteUrl", "example.webex.com", "integrationTag", "crm-42", "max", "10"));
    }

    @Test
    void getAndDeleteUseTheRecordingIdInThePath() {
        spark.stubFor(get(urlEqualTo("/v1/recordings/REC")).willReturn(okJson(RECORDING)));
        spark.stubFor(delete(urlEqualTo("/v1/recordings/REC")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.recordings().get("REC").format()).isEqualTo("MP4");
            api.recordings().delete("REC");
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/recordings/REC")));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/recordings/REC")));
    }

    @Test
    void getAndDeleteOfAnotherHostsRecordingSendTheHostAndSite() {
        spark.stubFor(get(urlPathEqualTo("/v1/recordings/REC")).willReturn(okJson(RECORDING)));
        spark.stubFor(delete(urlPathEqualTo("/v1/recordings/REC")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            api.recordings().get("REC", q -> q.hostEmail("bob@example.com").siteUrl("example.webex.com"));
            api.recordings().delete("REC", q -> q.hostEmail("bob@example.com"));
        }
        SentRequests.assertGetQuery(spark, "/v1/recordings/REC",
                Map.of("hostEmail", "bob@example.com", "siteUrl", "example.webex.com"));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/recordings/REC?hostEmail=bob%40example.com")));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRequestNamingTheParameter() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.recordings().list(q -> q.hostEmail("bob")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("hostEmail");
            assertThatThrownBy(() -> api.recordings().get("REC", q -> q.hostEmail("@example.com")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("hostEmail");
            assertThatThrownBy(() -> api.recordings().get(".."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordingId");
            assertThatThrownBy(() -> api.recordings().delete(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("recordingId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
