package io.ciscosparkapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.model.internal.JsonAssembler;
import io.ciscosparkapi.model.internal.JsonValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The immutable JSON objects models hold, small (scanned) and large (indexed), as a reader assembles them. */
class FrozenObjectTest {

    /** Assembles one object of alternating names and values. */
    private static Map<String, Object> object(Object... namesAndValues) {
        JsonAssembler assembler = new JsonAssembler();
        assembler.startObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            assembler.field((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return assembler.endObject();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 9, 16, 17, 100})
    void everyFieldIsFoundInOrderAndTheObjectEqualsAnOrdinaryMap(int size) {
        LinkedHashMap<String, Object> expected = new LinkedHashMap<>();
        JsonAssembler assembler = new JsonAssembler();
        assembler.startObject();
        for (int i = 0; i < size; i++) {
            String key = "field" + i;
            Object value = i % 3 == 0 ? null : "value" + i;
            assembler.field(key, value);
            expected.put(key, value);
        }

        Map<String, Object> frozen = assembler.endObject();

        assertThat(frozen).hasSize(size).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(frozen);
        assertThat(new ArrayList<>(frozen.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        assertThat(new ArrayList<>(frozen.values())).isEqualTo(new ArrayList<>(expected.values()));
        for (int i = 0; i < size; i++) {
            // A key equal to the stored one but not the same instance is found as well.
            String lookup = new String("field" + i);
            assertThat(frozen.containsKey(lookup)).as(lookup).isTrue();
            assertThat(frozen.keySet().contains(lookup)).as(lookup).isTrue();
            assertThat(frozen.get(lookup)).as(lookup).isEqualTo(expected.get(lookup));
        }
        assertThat(frozen.get("absent")).isNull();
        assertThat(frozen.containsKey("absent")).isFalse();
        assertThat(frozen.getOrDefault("absent", "default")).isEqualTo("default");
        assertThat(frozen.get(42)).isNull();
        assertThat(frozen.containsValue(expected.get("field" + (size - 1)))).isTrue();
        assertThat(frozen.containsValue("absent")).isFalse();
        assertThat(frozen.toString()).isEqualTo(expected.toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 20})
    void aRepeatedKeyKeepsItsFirstPositionAndItsLastValueAsInAnOrdinaryMap(int size) {
        LinkedHashMap<String, Object> expected = new LinkedHashMap<>();
        List<Object> fields = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            fields.add("k" + i);
            fields.add(i);
            expected.put("k" + i, i);
        }
        fields.add("k1");
        fields.add("again");
        expected.put("k1", "again");
        fields.add("last");
        fields.add(true);
        expected.put("last", true);

        Map<String, Object> frozen = object(fields.toArray());

        assertThat(frozen).hasSize(size + 1).isEqualTo(expected);
        assertThat(new ArrayList<>(frozen.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
    }

    @Test
    void distinctKeysWhoseHashesCollideAreAllKept() {
        // "!" and "a" hash to 33 and 97: the same modulo 64.
        Map<String, Object> frozen = object("!", 1, "a", 2, "!", 3);

        assertThat(frozen).containsExactly(Map.entry("!", 3), Map.entry("a", 2));
    }

    @Test
    void theObjectCannotBeChangedThroughAnyView() {
        Map<String, Object> frozen = object("a", "1", "b", "2");

        assertThatThrownBy(() -> frozen.put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.putAll(Map.of("c", "3"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.values().remove("1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(frozen).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void objectsWithTheSameNamesAreEqualByTheirValues() {
        JsonAssembler assembler = new JsonAssembler();
        List<Map<String, Object>> items = new ArrayList<>();
        for (String text : List.of("one", "two", "one")) {
            assembler.startObject();
            assembler.field("id", "m-" + text);
            assembler.field("text", text);
            items.add(assembler.endObject());
        }

        assertThat(items.get(0)).isEqualTo(items.get(2)).hasSameHashCodeAs(items.get(2)).isNotEqualTo(items.get(1));
        assertThat(items.get(0)).isEqualTo(object("id", "m-one", "text", "one"));
        assertThat(items.get(0)).isNotEqualTo(object("text", "one", "id", "m-two"));
        assertThat(items.get(1)).containsExactly(Map.entry("id", "m-two"), Map.entry("text", "two"));
    }

    @Test
    void nestedObjectsAndArraysAreAssembledWhereTheyOpen() {
        JsonAssembler assembler = new JsonAssembler();
        assembler.startObject();
        assembler.field("id", "m1");
        assembler.startArray();
        assembler.element("a");
        assembler.element(null);
        assembler.startObject();
        assembler.field("inner", 1);
        Map<String, Object> inner = assembler.endObject();
        assembler.element(inner);
        assembler.startArray();
        List<Object> empty = assembler.endArray();
        assembler.element(empty);
        List<Object> files = assembler.endArray();
        assembler.field("files", files);
        assembler.startObject();
        assembler.field("empty", assembler.endObject());
        Map<String, Object> outer = assembler.endObject();

        assertThat(outer).isEqualTo(Map.of("id", "m1", "files", Arrays.asList("a", null, Map.of("inner", 1), List.of()),
                "empty", Map.of()));
        assertThat(JsonValues.isFrozen(outer.get("files"))).isTrue();
        assertThatThrownBy(() -> files.add("b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aModelBuiltFromAnAssembledObjectAnswersItsGetters() {
        Map<String, Object> json = object("id", "m1", "roomId", "r1", "text", "hello",
                "created", "2026-01-01T00:00:00.000Z");

        Message message = new Message(json);

        assertThat(message.id()).isEqualTo("m1");
        assertThat(message.roomId()).isEqualTo("r1");
        assertThat(message.text()).isEqualTo("hello");
        assertThat(message.personEmail()).isNull();
        assertThat(message.asMap()).isSameAs(json);
    }
}
