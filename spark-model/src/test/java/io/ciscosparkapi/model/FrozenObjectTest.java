package io.ciscosparkapi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.model.internal.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The immutable JSON objects models hold, small (scanned) and large (indexed), as a reader builds them. */
class FrozenObjectTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 8, 9, 16, 17, 100})
    void everyFieldIsFoundInOrderAndTheObjectEqualsAnOrdinaryMap(int size) {
        LinkedHashMap<String, Object> expected = new LinkedHashMap<>();
        Object[] fields = new Object[2 * size + 6];
        for (int i = 0; i < size; i++) {
            String key = "field" + i;
            fields[2 * i] = key;
            fields[2 * i + 1] = i % 3 == 0 ? null : "value" + i;
            expected.put(key, fields[2 * i + 1]);
        }

        Map<String, Object> frozen = JsonValues.adoptObject(fields, size);

        assertThat(frozen).hasSize(size).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(new ArrayList<>(frozen.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
        for (int i = 0; i < size; i++) {
            // A key equal to the stored one but not the same instance is found as well.
            String lookup = new String("field" + i);
            assertThat(frozen.containsKey(lookup)).as(lookup).isTrue();
            assertThat(frozen.get(lookup)).as(lookup).isEqualTo(expected.get(lookup));
        }
        assertThat(frozen.get("absent")).isNull();
        assertThat(frozen.containsKey("absent")).isFalse();
        assertThat(frozen.getOrDefault("absent", "default")).isEqualTo("default");
        assertThat(frozen.get(42)).isNull();
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

        Map<String, Object> frozen = JsonValues.adoptObject(fields.toArray(), fields.size() / 2);

        assertThat(frozen).hasSize(size + 1).isEqualTo(expected);
        assertThat(new ArrayList<>(frozen.entrySet())).isEqualTo(new ArrayList<>(expected.entrySet()));
    }

    @Test
    void distinctKeysWhoseHashesCollideAreAllKept() {
        // "!" and "a" hash to 33 and 97: the same modulo 64.
        Map<String, Object> frozen = JsonValues.adoptObject(new Object[] {"!", 1, "a", 2, "!", 3}, 3);

        assertThat(frozen).containsExactly(Map.entry("!", 3), Map.entry("a", 2));
    }

    @Test
    void theObjectCannotBeChangedThroughAnyView() {
        Map<String, Object> frozen = JsonValues.adoptObject(new Object[] {"a", "1", "b", "2"}, 2);

        assertThatThrownBy(() -> frozen.put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(frozen).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void aModelBuiltFromAReaderObjectAnswersItsGetters() {
        Map<String, Object> json = JsonValues.adoptObject(new Object[] {
            "id", "m1", "roomId", "r1", "text", "hello", "created", "2026-01-01T00:00:00.000Z", null, null}, 4);

        Message message = new Message(json);

        assertThat(message.id()).isEqualTo("m1");
        assertThat(message.roomId()).isEqualTo("r1");
        assertThat(message.text()).isEqualTo("hello");
        assertThat(message.personEmail()).isNull();
        assertThat(message.asMap()).isSameAs(json);
    }
}
