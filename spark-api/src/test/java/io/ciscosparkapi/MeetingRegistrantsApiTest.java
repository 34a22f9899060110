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
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.ciscosparkapi.model.MeetingRegistrant;
import io.ciscosparkapi.model.RegistrantStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MeetingRegistrantsApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    static final String BOB = """
            {"id": "REG1", "status": "approved", "firstName": "Bob", "lastName": "Example", "email": "bob@example.com",
             "jobTitle": "Engineer", "companyName": "Example Corp", "registrationTime": "2026-11-20T09:30:00Z"}""";
    static final String CAROL = """
            {"id": "REG2", "status": "pending", "firstName": "Carol", "lastName": "Example",
             "email": "carol@example.com", "registrationTime": "2026-11-21T09:30:00Z"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    @Test
    void createPostsUnderTheWebinarAndParsesEveryField() {
        spark.stubFor(post(urlEqualTo("/v1/meetings/MTG/registrants")).willReturn(okJson(BOB)));
        try (CiscoSparkAPI api = api()) {
            MeetingRegistrant bob = api.meetingRegistrants().create("MTG", r -> r.firstName("Bob").lastName("Example")
                    .email("bob@example.com").jobTitle("Engineer").companyName("Example Corp"));
            assertThat(bob.id()).isEqualTo("REG1");
            assertThat(bob.status()).isEqualTo(RegistrantStatus.APPROVED);
            assertThat(bob.firstName()).isEqualTo("Bob");
            assertThat(bob.lastName()).isEqualTo("Example");
            assertThat(bob.email()).isEqualTo("bob@example.com");
            assertThat(bob.jobTitle()).isEqualTo("Engineer");
            assertThat(bob.companyName()).isEqualTo("Example Corp");
            assertThat(bob.registrationTime()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/meetings/MTG/registrants")).withRequestBody(equalToJson("""
                {"firstName": "Bob", "lastName": "Example", "email": "bob@example.com", "jobTitle": "Engineer",
                 "companyName": "Example Corp"}""")));
    }

    @Test
    void createWithTheRequiredFieldsOnlySendsThemAlone() {
        spark.stubFor(post(urlEqualTo("/v1/meetings/MTG/registrants")).willReturn(okJson(CAROL)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.meetingRegistrants().create("MTG", "Carol", "Example", "carol@example.com").status())
                    .isEqualTo(RegistrantStatus.PENDING);
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/meetings/MTG/registrants")).withRequestBody(equalToJson(
                "{\"firstName\": \"Carol\", \"lastName\": \"Example\", \"email\": \"carol@example.com\"}")));
    }

    @Test
    void theServersRefusalOfAMeetingWithoutRegistrationComesOutAsItsError() {
        spark.stubFor(post(urlEqualTo("/v1/meetings/MTG/registrants")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"message": "Registration is not supported for this meeting series.",
                         "errors": [{"description": "Registration is not supported for this meeting series."}],
                         "trackingId": "T1"}""")));
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetingRegistrants().create("MTG", "Carol", "Example", "carol@example.com"))
                    .isInstanceOfSatisfying(SparkApiException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                    .hasMessageContaining("Registration is not supported for this meeting series.");
        }
    }

    @Test
    void listGetAndDeleteUseTheWebinarAndRegistrantIdsInThePath() {
        spark.stubFor(get(urlPathEqualTo("/v1/meetings/MTG/registrants"))
                .willReturn(okJson("{\"items\": [" + BOB + "," + CAROL + "]}")));
        spark.stubFor(get(urlEqualTo("/v1/meetings/MTG/registrants/REG2")).willReturn(okJson(CAROL)));
        spark.stubFor(delete(urlEqualTo("/v1/meetings/MTG/registrants/REG2")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.meetingRegistrants().list("MTG", q -> q.max(2)).toList())
                    .extracting(MeetingRegistrant::id).containsExactly("REG1", "REG2");
            assertThat(api.meetingRegistrants().get("MTG", "REG2").jobTitle()).isNull();
            api.meetingRegistrants().delete("MTG", "REG2");
        }
        SentRequests.assertGetQuery(spark, "/v1/meetings/MTG/registrants", Map.of("max", "2"));
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/meetings/MTG/registrants/REG2")));
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/meetings/MTG/registrants/REG2")));
    }

    @Test
    void missingFieldsAndBadIdsAreRefusedBeforeAnyRequestNamingTheParameter() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.meetingRegistrants().create(null, "Bob", "Example", "bob@example.com"))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("meetingId");
            assertThatThrownBy(() -> api.meetingRegistrants().create("MTG", null, "Example", "bob@example.com"))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("firstName");
            assertThatThrownBy(() -> api.meetingRegistrants().create("MTG", "Bob", " ", "bob@example.com"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastName");
            assertThatThrownBy(() -> api.meetingRegistrants().create("MTG", r -> r.firstName("Bob").lastName("E")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("email");
            assertThatThrownBy(() -> api.meetingRegistrants().create("MTG", "Bob", "Example", "bob at example.com"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("email");
            assertThatThrownBy(() -> api.meetingRegistrants().list(".."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meetingId");
            assertThatThrownBy(() -> api.meetingRegistrants().get("MTG", null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("registrantId");
            assertThatThrownBy(() -> api.meetingRegistrants().delete("MTG", "."))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registrantId");
        }
        spark.verify(0, anyRequestedFor(anyUrl()));
    }
}
