package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.BOB;
import static io.ciscosparkapi.model.Fixtures.ME;
import static io.ciscosparkapi.model.Fixtures.ORG;
import static io.ciscosparkapi.model.Fixtures.ids;
import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PersonTest {

    /** The example of the API reference, section 2.1. */
    static final String SPEC_EXAMPLE = ids("""
            {"id": "<ME>", "emails": ["alice@example.com"], "phoneNumbers": [{"type": "work", "value": "+1 555 0100"}],
             "displayName": "Alice Example", "nickName": "Alice", "firstName": "Alice", "lastName": "Example",
             "avatar": "https://avatars.example.com/alice.png", "orgId": "<ORG>", "created": "2016-03-01T09:00:00.000Z",
             "lastActivity": "2018-05-28T11:01:40.123Z", "status": "active", "type": "person"}
            """);

    @Test
    void specExampleReadsIntoTypedGetters() {
        Person person = readDocumented(SPEC_EXAMPLE, Person::new, Person.class);

        assertThat(person.id()).isEqualTo(ME);
        assertThat(person.emails()).containsExactly("alice@example.com");
        assertThat(person.phoneNumbers()).singleElement().satisfies(phone -> {
            assertThat(phone.type()).isEqualTo("work");
            assertThat(phone.value()).isEqualTo("+1 555 0100");
            assertThat(phone.primary()).isNull();
        });
        assertThat(person.displayName()).isEqualTo("Alice Example");
        assertThat(person.nickName()).isEqualTo("Alice");
        assertThat(person.firstName()).isEqualTo("Alice");
        assertThat(person.lastName()).isEqualTo("Example");
        assertThat(person.avatar()).isEqualTo("https://avatars.example.com/alice.png");
        assertThat(person.orgId()).isEqualTo(ORG);
        assertThat(person.created()).isEqualTo(Instant.parse("2016-03-01T09:00:00Z"));
        assertThat(person.lastActivity()).isEqualTo(Instant.parse("2018-05-28T11:01:40.123Z"));
        assertThat(person.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(person.type()).isEqualTo(PersonType.PERSON);
    }

    @Test
    void fieldsTheSpecExampleLeavesOutReadNullOrEmpty() {
        Person person = new Person(map(SPEC_EXAMPLE));

        assertThat(person.roles()).isEmpty();
        assertThat(person.licenses()).isEmpty();
        assertThat(person.sipAddresses()).isEmpty();
        assertThat(person.addresses()).isEmpty();
        assertThat(person.siteUrls()).isEmpty();
        assertThat(person.lastModified()).isNull();
        assertThat(person.timezone()).isNull();
        assertThat(person.invitePending()).isNull();
        assertThat(person.loginEnabled()).isNull();
        assertThat(person.managerId()).isNull();
    }

    @Test
    void everyDocumentedFieldReadsIntoItsTypedGetter() {
        Person person = readDocumented(FullExamples.PERSON, Person::new, Person.class);

        assertThat(person.roles()).containsExactly("Y2lzY29zcGFyazovL3VzL1JPTEUvaWRfZnVsbF9hZG1pbg");
        assertThat(person.licenses()).containsExactly("Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvbXNn");
        assertThat(person.lastModified()).isEqualTo(Instant.parse("2019-01-02T03:04:05.006Z"));
        assertThat(person.timezone()).isEqualTo("Europe/Paris");
        assertThat(person.status()).isEqualTo(PersonStatus.DO_NOT_DISTURB);
        assertThat(person.invitePending()).isFalse();
        assertThat(person.loginEnabled()).isTrue();
        assertThat(person.type()).isEqualTo(PersonType.BOT);
        assertThat(person.phoneNumbers()).extracting(Person.PhoneNumber::type, Person.PhoneNumber::value,
                Person.PhoneNumber::primary).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("work", "+1 555 0100", true),
                        org.assertj.core.groups.Tuple.tuple("mobile", "+1 555 0199", false));
        assertThat(person.sipAddresses()).singleElement().satisfies(sip -> {
            assertThat(sip.type()).isEqualTo("personal-room");
            assertThat(sip.value()).isEqualTo("alice@example.webex.com");
            assertThat(sip.primary()).isTrue();
        });
        assertThat(person.extension()).isEqualTo("0100");
        assertThat(person.locationId()).isEqualTo("Y2lzY29zcGFyazovL3VzL0xPQ0FUSU9OLzE");
        assertThat(person.department()).isEqualTo("Engineering");
        assertThat(person.manager()).isEqualTo("Carol Boss");
        assertThat(person.managerId()).isEqualTo(BOB);
        assertThat(person.title()).isEqualTo("Engineer");
        assertThat(person.addresses()).singleElement().satisfies(address -> {
            assertThat(address.type()).isEqualTo("work");
            assertThat(address.country()).isEqualTo("US");
            assertThat(address.locality()).isEqualTo("San Jose");
            assertThat(address.region()).isEqualTo("CA");
            assertThat(address.streetAddress()).isEqualTo("170 West Tasman Dr.");
            assertThat(address.postalCode()).isEqualTo("95134");
        });
        assertThat(person.siteUrls()).containsExactly("example.webex.com#attendee");
        assertThat(person.xmppFederationJid()).isEqualTo("alice@xmpp.example.com");
    }

    @Test
    void timezoneFallsBackToTheOlderTimeZoneSpelling() {
        Person old = new Person(Map.of("id", ME, "timeZone", "America/Denver"));
        Person both = new Person(map("{\"timeZone\": \"America/Denver\", \"timezone\": \"Europe/Paris\"}"));

        assertThat(old.timezone()).isEqualTo("America/Denver");
        assertThat(old.unknownFields()).isEmpty();
        assertThat(both.timezone()).isEqualTo("Europe/Paris");
    }

    @Test
    void unknownFieldsOfNestedObjectsAreNamedWithTheirPath() {
        Person person = new Person(map("""
                {"id": "x", "pronouns": "she/her",
                 "phoneNumbers": [{"type": "work", "value": "1", "country": "US"}, {"type": "fax", "note": "old"}],
                 "sipAddresses": [{"type": "enterprise", "value": "a@b", "primary": true, "verified": true}],
                 "addresses": [{"type": "work", "floor": 3}]}
                """));

        assertThat(person.unknownFields()).containsExactly("pronouns", "phoneNumbers.country", "phoneNumbers.note",
                "sipAddresses.verified", "addresses.floor");
        assertThat(person.phoneNumbers().get(0).get("country")).isEqualTo("US");
    }

    @Test
    void guestAccountsReadAsAppUser() {
        assertThat(new Person(Map.of("type", "appuser")).type()).isEqualTo(PersonType.APPUSER);
    }

    @Test
    void toStringShowsTheClassNameAndTheJsonLikeThePythonSdk() {
        Person person = new Person(map("{\"id\": \"Y2l...\", \"displayName\": \"Alice\"}"));

        assertThat(person).hasToString("Person({\"id\":\"Y2l...\",\"displayName\":\"Alice\"})");
        assertThat(person.phoneNumbers()).isEmpty();
    }
}
