package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Equality, immutability and construction rules shared by every model. */
class ValueSemanticsTest {

    private static final String TEAM = """
            {"id": "t1", "name": "Build Squad", "tags": ["a", "b"], "nested": {"list": [1, {"x": "y"}]}}
            """;

    @Test
    void modelsWithEqualJsonAreEqual() {
        Team one = new Team(map(TEAM));
        Team two = new Team(map(TEAM));

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    }

    @Test
    void modelsWithDifferentValuesAreNotEqual() {
        Map<String, Object> renamed = map(TEAM);
        renamed.put("name", "Other");

        assertThat(new Team(map(TEAM))).isNotEqualTo(new Team(renamed));
    }

    @Test
    void modelsOfDifferentClassesWithTheSameJsonAreNotEqual() {
        Map<String, Object> json = Map.of("id", "x", "name", "same");

        assertThat(new Team(json)).isNotEqualTo(new Role(json));
        assertThat(new Team(json)).isNotEqualTo(json);
    }

    @Test
    void equalityIgnoresTheMapImplementationTheJsonCameIn() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("id", "x");
        ordered.put("name", "n");

        assertThat(new Team(ordered)).isEqualTo(new Team(new HashMap<>(ordered)));
    }

    @Test
    void modelsWorkAsHashSetKeys() {
        assertThat(Set.of(new Team(map(TEAM)))).contains(new Team(map(TEAM)));
    }

    @Test
    void wholeObjectCannotBeModified() {
        Team team = new Team(map(TEAM));

        assertThatThrownBy(() -> team.asMap().put("name", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> team.asMap().remove("name")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> team.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> team.asMap().entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> team.asMap().keySet().remove("id"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(team.name()).isEqualTo("Build Squad");
    }

    @Test
    void nestedListsAndObjectsCannotBeModified() {
        Team team = new Team(map(TEAM));
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) team.get("tags");
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) team.get("nested");
        @SuppressWarnings("unchecked")
        List<Object> deepList = (List<Object>) nested.get("list");
        @SuppressWarnings("unchecked")
        Map<String, Object> deepest = (Map<String, Object>) deepList.get(1);

        assertThatThrownBy(() -> tags.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tags.set(0, "z")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> nested.put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> deepList.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> deepest.put("x", "z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void typedListsCannotBeModified() {
        Person person = new Person(map("""
                {"emails": ["a@example.com"], "roles": ["r", 1], "phoneNumbers": [{"value": "1"}]}
                """));

        assertThatThrownBy(() -> person.emails().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> person.roles().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> person.licenses().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> person.phoneNumbers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void laterChangesToTheSourceMapDoNotShowInTheModel() {
        Map<String, Object> json = map(TEAM);
        Team team = new Team(json);
        String before = team.json();

        json.put("name", "Changed");
        @SuppressWarnings("unchecked")
        List<Object> tags = (List<Object>) json.get("tags");
        tags.add("c");
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) json.get("nested");
        nested.put("added", true);

        assertThat(team.name()).isEqualTo("Build Squad");
        assertThat(team.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(team.json()).isEqualTo(before);
    }

    @Test
    void aModelBuiltFromAnotherModelsMapIsEqualInContent() {
        Message original = new Message(map("{\"id\": \"m\", \"files\": [\"f\"], \"x\": {\"y\": [null]}}"));

        Message copy = new Message(original.asMap());

        assertThat(copy).isEqualTo(original);
        assertThat(copy.json()).isEqualTo(original.json());
    }

    @Test
    void modelsInsideAMapAreKeptAsTheirJsonObjects() {
        Message.Attachment card = new Message.Attachment(map("{\"contentType\": \"t\", \"content\": {\"a\": 1}}"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "m");
        json.put("attachments", List.of(card));

        Message message = new Message(json);

        assertThat(message.attachments()).containsExactly(card);
        assertThat(message.json()).isEqualTo("{\"id\":\"m\",\"attachments\":[{\"contentType\":\"t\",\"content\":{\"a\":1}}]}");
    }

    @Test
    void nullJsonIsRejectedNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> new Person(null)).withMessage("json");
    }

    @Test
    void valuesThatAreNotJsonAreRejectedNamingTheField() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "x");
        json.put("when", new Date(0));

        assertThatIllegalArgumentException().isThrownBy(() -> new Team(json))
                .withMessageContaining("'when'")
                .withMessageContaining("java.util.Date");
    }

    @Test
    void mutableNumbersAreCopiedAsImmutableOnes() {
        AtomicLong counter = new AtomicLong(5);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", counter);

        Team team = new Team(json);
        counter.set(6);

        assertThat(team.get("n")).isEqualTo(5L);
    }

    @Test
    void javaArraysAndOtherCollectionsBecomeJsonArrays() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("emails", new String[] {"a@example.com"});
        json.put("roles", new ArrayList<>(Set.of("r")));

        Person person = new Person(json);

        assertThat(person.emails()).containsExactly("a@example.com");
        assertThat(person.roles()).containsExactly("r");
        assertThat(person.json()).isEqualTo("{\"emails\":[\"a@example.com\"],\"roles\":[\"r\"]}");
    }

    @Test
    void getAndHasNeedAName() {
        Team team = new Team(Map.of());

        assertThatNullPointerException().isThrownBy(() -> team.get(null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> team.has(null)).withMessage("name");
    }

    @Test
    void numbersKeepTheirJavaTypeAndPrecision() {
        Team team = new Team(map("""
                {"int": 1, "long": 12345678901, "big": 123456789012345678901234567890, "dbl": 1.5, "exp": 1e300}
                """));

        assertThat(team.get("int")).isEqualTo(1);
        assertThat(team.get("long")).isEqualTo(12345678901L);
        assertThat(team.get("big")).isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
        assertThat(team.get("dbl")).isEqualTo(1.5);
        assertThat(team.json()).isEqualTo(
                "{\"int\":1,\"long\":12345678901,\"big\":123456789012345678901234567890,\"dbl\":1.5,\"exp\":1.0E300}");
        assertThat(Fixtures.tree(team.json())).isEqualTo(Fixtures.tree(Fixtures.MAPPER.writeValueAsString(team)));
    }

    @Test
    void bigDecimalsAreWrittenExactly() {
        Team team = new Team(Map.of("price", new BigDecimal("0.1000000000000000055511151231257827")));

        assertThat(team.json()).isEqualTo("{\"price\":0.1000000000000000055511151231257827}");
    }

    @Test
    void nonFiniteDoublesAreWrittenAsStringsLikeJacksonDoes() {
        Team team = new Team(new LinkedHashMap<>(Map.of("nan", Double.NaN)));

        assertThat(team.json()).isEqualTo("{\"nan\":\"NaN\"}");
        assertThat(Arrays.asList(team.get("nan"))).containsExactly(Double.NaN);
    }
}
