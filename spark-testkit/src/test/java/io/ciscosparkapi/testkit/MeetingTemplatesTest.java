package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code meetings/templates}: a few seeded templates per type, read-only. */
class MeetingTemplatesTest extends MeetingsTestBase {

    @Test
    void everyFakeStartsWithMeetingAndWebinarTemplatesOneDefaultEach() {
        List<JsonNode> all = http.get(admin, "meetings/templates").items();
        assertThat(all).extracting(t -> t.get("templateType").asString()).containsOnly("meeting", "webinar");
        for (String type : List.of("meeting", "webinar")) {
            List<JsonNode> ofType = http.get(admin, "meetings/templates?templateType=" + type).items();
            assertThat(ofType).hasSizeGreaterThanOrEqualTo(2);
            assertThat(ofType).allMatch(t -> t.get("templateType").asString().equals(type));
            assertThat(ofType).filteredOn(t -> t.get("isDefault").asBoolean()).hasSize(1);
        }
        JsonNode t = all.get(0);
        assertThat(t.get("name").asString()).isNotBlank();
        assertThat(t.get("locale").asString()).isEqualTo("en_US");
        assertThat(t.get("siteUrl").asString()).isEqualTo("example.webex.com");
        assertThat(t.has("isStandard")).isTrue();
    }

    @Test
    void aTemplateIsReadByItsIdAndAnUnknownOneIsNotFound() {
        JsonNode first = http.get(admin, "meetings/templates").items().get(0);
        assertThat(http.get(admin, "meetings/templates/" + first.get("id").asString()).json()).isEqualTo(first);
        assertThat(http.get(admin, "meetings/templates/nope").status()).isEqualTo(404);
    }

    @Test
    void templatesAreTheSameForEveryoneAndAfterAReset() {
        FakeUser bob = spark.createUser("Bob");
        List<String> ids = http.get(admin, "meetings/templates").itemIds();
        assertThat(http.get(bob.token(), "meetings/templates").itemIds()).isEqualTo(ids);
        spark.reset();
        assertThat(http.get(admin, "meetings/templates").itemIds()).isEqualTo(ids);
    }

    @Test
    void anUnknownTemplateTypeIsABadRequest() {
        Http.Resp r = http.get(admin, "meetings/templates?templateType=party");
        assertThat(r.status()).isEqualTo(400);
        assertThat(description(r)).contains("templateType");
    }

    @Test
    void templatesArePaged() {
        Walk walk = walk(admin, "meetings/templates?max=4");
        assertThat(walk.pages()).isEqualTo(2);
        assertThat(walk.ids()).containsExactlyElementsOf(http.get(admin, "meetings/templates").itemIds());
    }

    @Test
    void templatesAreReadOnly() {
        String id = http.get(admin, "meetings/templates").itemIds().get(0);
        assertThat(http.delete(admin, "meetings/templates/" + id).status()).isEqualTo(405);
        assertThat(http.put(admin, "meetings/templates/" + id, Map.of("name", "x")).status()).isEqualTo(405);
    }
}
