package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
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
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.PersonStatus;
import io.ciscosparkapi.model.PersonType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PeopleApiTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    /** The spec's example person (§2.1), with short placeholder ids. */
    static final String ALICE = """
            {"id": "ME", "emails": ["alice@example.com"], "phoneNumbers": [{"type": "work", "value": "+1 555 0100"}],
             "displayName": "Alice Example", "nickName": "Alice", "firstName": "Alice", "lastName": "Example",
             "avatar": "https://avatars.example.com/alice.png", "orgId": "ORG", "created": "2016-03-01T09:00:00.000Z",
             "lastActivity": "2018-05-28T11:01:40.123Z", "status": "active", "type": "person"}""";

    /** An admin's view of a person, with the newer fields. */
    static final String BOB_FULL = """
            {"id": "BOB", "emails": ["bob@example.com"], "displayName": "Bob Example", "nickName": "Bobby",
             "firstName": "Bob", "lastName": "Example", "avatar": "https://avatars.example.com/bob.png",
             "orgId": "ORG", "roles": ["ROLE"], "licenses": ["LIC1", "LIC2"],
             "created": "2016-03-01T09:00:00.000Z", "lastModified": "2018-01-01T00:00:00.000Z",
             "status": "inactive", "type": "person", "invitePending": false, "loginEnabled": true,
             "phoneNumbers": [{"type": "work", "value": "+1 555 0101", "primary": true}],
             "sipAddresses": [{"type": "personal-room", "value": "bob@example.webex.com", "primary": false}],
             "extension": "0101", "locationId": "LOC", "department": "Build", "manager": "Alice Example",
             "managerId": "ME", "title": "Engineer",
             "addresses": [{"type": "work", "country": "US", "locality": "Denver", "region": "CO",
                            "streetAddress": "1 Main St", "postalCode": "80202"}],
             "siteUrls": ["example.webex.com"], "xmppFederationJid": "bob@example.com", "timezone": "America/Denver"}""";

    private static CiscoSparkAPI api() {
        return WireMockSpark.client(spark);
    }

    private static void assertNoRequestSent() {
        spark.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void meGetsTheCallerFromPeopleMeAndParsesEveryField() {
        spark.stubFor(get(urlEqualTo("/v1/people/me")).willReturn(okJson(ALICE)));
        try (CiscoSparkAPI api = api()) {
            Person me = api.people().me();
            assertThat(me.id()).isEqualTo("ME");
            assertThat(me.emails()).containsExactly("alice@example.com");
            assertThat(me.displayName()).isEqualTo("Alice Example");
            assertThat(me.nickName()).isEqualTo("Alice");
            assertThat(me.firstName()).isEqualTo("Alice");
            assertThat(me.lastName()).isEqualTo("Example");
            assertThat(me.avatar()).isEqualTo("https://avatars.example.com/alice.png");
            assertThat(me.orgId()).isEqualTo("ORG");
            assertThat(me.created()).isEqualTo(Instant.parse("2016-03-01T09:00:00Z"));
            assertThat(me.lastActivity()).isEqualTo(Instant.parse("2018-05-28T11:01:40.123Z"));
            assertThat(me.status()).isEqualTo(PersonStatus.ACTIVE);
            assertThat(me.type()).isEqualTo(PersonType.PERSON);
            assertThat(me.phoneNumbers()).hasSize(1);
            assertThat(me.roles()).isEmpty();
        }
        spark.verify(1, getRequestedFor(urlEqualTo("/v1/people/me")));
    }

    @Test
    void getPlacesTheIdInThePathAndParsesTheNewerFields() {
        spark.stubFor(get(urlEqualTo("/v1/people/BOB")).willReturn(okJson(BOB_FULL)));
        try (CiscoSparkAPI api = api()) {
            Person bob = api.people().get("BOB");
            assertThat(bob.roles()).containsExactly("ROLE");
            assertThat(bob.licenses()).containsExactly("LIC1", "LIC2");
            assertThat(bob.department()).isEqualTo("Build");
            assertThat(bob.managerId()).isEqualTo("ME");
            assertThat(bob.siteUrls()).containsExactly("example.webex.com");
            assertThat(bob.addresses()).hasSize(1);
            assertThat(bob.timezone()).isEqualTo("America/Denver");
            assertThat(bob.loginEnabled()).isTrue();
            assertThat(bob.invitePending()).isFalse();
            assertThat(bob.status()).isEqualTo(PersonStatus.INACTIVE);
            assertThat(bob.lastModified()).isEqualTo(Instant.parse("2018-01-01T00:00:00Z"));
        }
    }

    @Test
    void listWithoutFiltersSendsNoQueryParameters() {
        spark.stubFor(get(urlEqualTo("/v1/people")).willReturn(okJson("{\"items\": [" + ALICE + "]}")));
        try (CiscoSparkAPI api = api()) {
            assertThat(api.people().list().toList()).extracting(Person::id).containsExactly("ME");
        }
    }

    @Test
    void listSendsEveryFilterAndJoinsIdsWithCommas() {
        spark.stubFor(get(urlPathEqualTo("/v1/people")).willReturn(okJson("{\"items\": [" + ALICE + "," + BOB_FULL + "]}")));
        try (CiscoSparkAPI api = api()) {
            List<Person> people = api.people().list(q -> q.email("alice@example.com").displayName("Al")
                    .id("ME", "BOB").orgId("ORG").callingData(true).locationId("LOC").roles("R1", "R2").max(10))
                    .toList();
            assertThat(people).extracting(Person::displayName).containsExactly("Alice Example", "Bob Example");
        }
        SentRequests.assertGetQuery(spark, "/v1/people", Map.of("email", "alice@example.com", "displayName", "Al",
                "id", "ME,BOB", "orgId", "ORG", "callingData", "true", "locationId", "LOC", "roles", "R1,R2",
                "max", "10"));
    }

    @Test
    void createPostsEveryFieldAsJson() {
        spark.stubFor(post(urlEqualTo("/v1/people")).willReturn(okJson(BOB_FULL)));
        try (CiscoSparkAPI api = api()) {
            Person bob = api.people().create(p -> p.emails("bob@example.com").displayName("Bob Example")
                    .firstName("Bob").lastName("Example").avatar("https://avatars.example.com/bob.png").orgId("ORG")
                    .roles("ROLE").licenses("LIC1", "LIC2")
                    .phoneNumbers(List.of(Map.of("type", "work", "value", "+1 555 0101")))
                    .extension("0101").locationId("LOC").department("Build").manager("Alice Example")
                    .managerId("ME").title("Engineer")
                    .addresses(List.of(Map.of("type", "work", "country", "US")))
                    .siteUrls("example.webex.com"));
            assertThat(bob.id()).isEqualTo("BOB");
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/people"))
                .withHeader("Content-Type", equalToIgnoreCase("application/json;charset=utf-8"))
                .withRequestBody(equalToJson("""
                        {"emails": ["bob@example.com"], "displayName": "Bob Example", "firstName": "Bob",
                         "lastName": "Example", "avatar": "https://avatars.example.com/bob.png", "orgId": "ORG",
                         "roles": ["ROLE"], "licenses": ["LIC1", "LIC2"],
                         "phoneNumbers": [{"type": "work", "value": "+1 555 0101"}], "extension": "0101",
                         "locationId": "LOC", "department": "Build", "manager": "Alice Example", "managerId": "ME",
                         "title": "Engineer", "addresses": [{"type": "work", "country": "US"}],
                         "siteUrls": ["example.webex.com"]}""", false, false)));
    }

    @Test
    void createWithOnlyEmailsSendsOnlyEmails() {
        spark.stubFor(post(urlEqualTo("/v1/people")).willReturn(okJson(BOB_FULL)));
        try (CiscoSparkAPI api = api()) {
            api.people().create(p -> p.emails("bob@example.com"));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/people"))
                .withRequestBody(equalToJson("{\"emails\": [\"bob@example.com\"]}", false, false)));
    }

    @Test
    void createSendsCallingDataAndMinResponseAsQueryParameters() {
        spark.stubFor(post(urlEqualTo("/v1/people?callingData=true&minResponse=true")).willReturn(okJson(BOB_FULL)));
        try (CiscoSparkAPI api = api()) {
            api.people().create(p -> p.emails("bob@example.com").callingData(true).minResponse(true));
        }
        spark.verify(postRequestedFor(urlEqualTo("/v1/people?callingData=true&minResponse=true"))
                .withRequestBody(equalToJson("{\"emails\": [\"bob@example.com\"]}", false, false)));
    }

    @Test
    void createWithoutEmailsFailsBeforeSending() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.people().create(p -> p.displayName("Nobody")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("emails");
            assertThatThrownBy(() -> api.people().create(p -> p.emails()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emails");
            assertThatThrownBy(() -> api.people().create(p -> p.emails("bob@example.com", " ")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emails[1]");
            assertThatThrownBy(() -> api.people().create(p -> p.field("emails", List.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emails");
            assertThatThrownBy(() -> api.people().create(null))
                    .isInstanceOf(NullPointerException.class);
        }
        assertNoRequestSent();
    }

    @Test
    void updateByIdPutsExactlyTheFieldsSet() {
        spark.stubFor(put(urlEqualTo("/v1/people/BOB")).willReturn(okJson(BOB_FULL)));
        try (CiscoSparkAPI api = api()) {
            Person bob = api.people().update("BOB", p -> p.emails("bob@example.com").displayName("Bob Example"));
            assertThat(bob.displayName()).isEqualTo("Bob Example");
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/people/BOB")).withRequestBody(equalToJson(
                "{\"emails\": [\"bob@example.com\"], \"displayName\": \"Bob Example\"}", false, false)));
    }

    @Test
    void updateFromAPersonPutsTheFullCurrentBodyWithTheChangesApplied() {
        spark.stubFor(get(urlEqualTo("/v1/people/BOB")).willReturn(okJson(BOB_FULL)));
        spark.stubFor(put(urlEqualTo("/v1/people/BOB")).willReturn(okJson(BOB_FULL)));
        try (CiscoSparkAPI api = api()) {
            Person current = api.people().get("BOB");
            api.people().update(current, p -> p.displayName("Robert Example").title("Lead").field("avatar", null));
        }
        // read-only fields (id, nickName, created, lastModified, status, type, invitePending, loginEnabled,
        // sipAddresses, xmppFederationJid, timezone) are not sent; avatar was cleared by the caller
        spark.verify(putRequestedFor(urlEqualTo("/v1/people/BOB")).withRequestBody(equalToJson("""
                {"emails": ["bob@example.com"], "displayName": "Robert Example", "firstName": "Bob",
                 "lastName": "Example", "orgId": "ORG", "roles": ["ROLE"], "licenses": ["LIC1", "LIC2"],
                 "phoneNumbers": [{"type": "work", "value": "+1 555 0101", "primary": true}],
                 "extension": "0101", "locationId": "LOC", "department": "Build", "manager": "Alice Example",
                 "managerId": "ME", "title": "Lead",
                 "addresses": [{"type": "work", "country": "US", "locality": "Denver", "region": "CO",
                                "streetAddress": "1 Main St", "postalCode": "80202"}],
                 "siteUrls": ["example.webex.com"]}""", false, false)));
    }

    @Test
    void updateFromAMinimalPersonSendsOnlyTheFieldsItHas() {
        spark.stubFor(get(urlEqualTo("/v1/people/me")).willReturn(okJson(ALICE)));
        spark.stubFor(put(urlEqualTo("/v1/people/ME")).willReturn(okJson(ALICE)));
        try (CiscoSparkAPI api = api()) {
            Person me = api.people().me();
            api.people().update(me, p -> { });
        }
        spark.verify(putRequestedFor(urlEqualTo("/v1/people/ME")).withRequestBody(equalToJson("""
                {"emails": ["alice@example.com"], "displayName": "Alice Example", "firstName": "Alice",
                 "lastName": "Example", "avatar": "https://avatars.example.com/alice.png", "orgId": "ORG",
                 "phoneNumbers": [{"type": "work", "value": "+1 555 0100"}]}""", false, false)));
    }

    @Test
    void deleteSendsDeleteAndAcceptsNoContent() {
        spark.stubFor(delete(urlEqualTo("/v1/people/BOB")).willReturn(aResponse().withStatus(204)));
        try (CiscoSparkAPI api = api()) {
            api.people().delete("BOB");
        }
        spark.verify(1, deleteRequestedFor(urlEqualTo("/v1/people/BOB")));
    }

    @Test
    void nullOrBlankIdsFailBeforeSendingAndNameTheParameter() {
        try (CiscoSparkAPI api = api()) {
            assertThatThrownBy(() -> api.people().get(null))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("personId");
            assertThatThrownBy(() -> api.people().get("  "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personId");
            assertThatThrownBy(() -> api.people().delete(""))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personId");
            assertThatThrownBy(() -> api.people().update((String) null, p -> p.displayName("x")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("personId");
            assertThatThrownBy(() -> api.people().update((Person) null, p -> p.displayName("x")))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("current");
            assertThatThrownBy(() -> api.people().update(new Person(Map.of("displayName", "no id")), p -> { }))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("current.id");
            assertThatThrownBy(() -> api.people().list(q -> q.id()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("id");
            assertThatThrownBy(() -> api.people().list(q -> q.id("ME", null)))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("id[1]");
        }
        assertNoRequestSent();
    }
}
