package io.ciscosparkapi.cards.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Checking and copying the JSON values a caller gives. */
class JsonValuesTest {

    @Test
    void jsonValuesAreCopiedDeeplyAndCannotBeChanged() {
        List<Object> list = new ArrayList<>(List.of("a"));
        Map<String, Object> map = new HashMap<>(Map.of("l", list, "n", new BigDecimal("1.5")));

        Map<String, Object> copy = JsonValues.copyObject(map, "x");
        list.add("b");

        assertThat(copy).isEqualTo(Map.of("l", List.of("a"), "n", new BigDecimal("1.5")));
        assertThatThrownBy(() -> ((List<?>) copy.get("l")).clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void setsAreCollectionsAndBecomeArrays() {
        assertThat(JsonValues.copy(Set.of("a"), "x")).isEqualTo(List.of("a"));
    }

    @Test
    void aKeyThatIsNotAStringIsRefused() {
        assertThatThrownBy(() -> JsonValues.copy(Map.of("m", Map.of(1, "a")), "data"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data.m: the key 1 is not a string; JSON object keys are strings");
    }

    @Test
    void mutableOrNonFiniteNumbersAreRefused() {
        assertThatThrownBy(() -> JsonValues.copy(List.of(new AtomicInteger(1)), "data"))
                .hasMessage("data[0]: 1 (a java.util.concurrent.atomic.AtomicInteger) is not a JSON number");
        assertThatThrownBy(() -> JsonValues.copy(Float.NEGATIVE_INFINITY, "data"))
                .hasMessage("data: -Infinity (a java.lang.Float) is not a JSON number");
    }

    @Test
    void arraysAreRefusedWithAHint() {
        assertThatThrownBy(() -> JsonValues.copy(new String[] {"a"}, "data"))
                .hasMessage("data: a [Ljava.lang.String; is not a JSON value (use a Map, List, String, Number, Boolean or null)");
    }

    @Test
    void aListThatContainsItselfIsRefusedInsteadOfOverflowingTheStack() {
        List<Object> self = new ArrayList<>();
        self.add(self);

        assertThatThrownBy(() -> JsonValues.copy(self, "data"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(": nested more than 500 levels deep (does a map or list contain itself?)");
    }
}
