package io.ciscosparkapi.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Cards and their parts cannot change once built: lists are copied, builders do not leak, maps are read-only. */
class ImmutabilityTest {

    @Test
    void aListPassedToAFactoryAndChangedLaterDoesNotChangeThePart() {
        List<Element> items = new ArrayList<>(List.of(TextBlock.of("a")));
        Container container = Container.of(items, c -> { });

        items.add(TextBlock.of("b"));
        items.set(0, TextBlock.of("z"));

        assertThat(container.items()).containsExactly(TextBlock.of("a"));
    }

    @Test
    void anArrayPassedToAFactoryAndChangedLaterDoesNotChangeThePart() {
        Fact[] facts = {Fact.of("a", "1")};
        FactSet set = FactSet.of(facts);

        facts[0] = Fact.of("b", "2");

        assertThat(set.facts()).containsExactly(Fact.of("a", "1"));
    }

    @Test
    void listsReadFromPartsCannotBeChanged() {
        AdaptiveCard card = AdaptiveCard.of(c -> c.body(TextBlock.of("a")).actions(SubmitAction.of("Go")));

        assertThatThrownBy(() -> card.body().add(TextBlock.of("b"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> card.actions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ChoiceSetInput.of("c", Choice.of("a", "a")).choices().remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCardBuilderKeptAndChangedAfterTheCardIsBuiltDoesNotChangeTheCard() {
        AtomicReference<AdaptiveCard.Builder> kept = new AtomicReference<>();
        AdaptiveCard card = AdaptiveCard.of(c -> kept.set(c.body(TextBlock.of("a")).lang("en")));

        kept.get().body(TextBlock.of("b")).lang("fr").actions(SubmitAction.of("Go"));

        assertThat(card.body()).containsExactly(TextBlock.of("a"));
        assertThat(card.lang()).isEqualTo("en");
        assertThat(card.actions()).isEmpty();
    }

    @Test
    void anElementBuilderKeptAndChangedAfterTheElementIsBuiltDoesNotChangeTheElement() {
        AtomicReference<TextInput.Builder> kept = new AtomicReference<>();
        TextInput input = TextInput.of("name", i -> kept.set(i.label("Name")));
        String before = input.toString();

        kept.get().label("Other").isRequired(true).placeholder("p");

        assertThat(input.label()).isEqualTo("Name");
        assertThat(input.isRequired()).isFalse();
        assertThat(input.toString()).isEqualTo(before);
    }

    @Test
    void submitDataChangedAfterItWasSetDoesNotChangeTheAction() {
        List<Object> nested = new ArrayList<>(List.of("x"));
        Map<String, Object> data = new HashMap<>(Map.of("list", nested));
        SubmitAction action = SubmitAction.of("Go", a -> a.data(data));

        data.put("other", 1);
        nested.add("y");

        assertThat(action.data()).isEqualTo(Map.of("list", List.of("x")));
    }

    @Test
    void theMapsACardWritesCannotBeChangedAtAnyDepth() {
        AdaptiveCard card = AdaptiveCard.of(c -> c.body(Container.of(TextBlock.of("a")))
                .actions(SubmitAction.of("Go", a -> a.data(Map.of("k", List.of(1))))));
        Map<String, Object> map = card.toMap();
        @SuppressWarnings("unchecked")
        List<Object> body = (List<Object>) map.get("body");
        @SuppressWarnings("unchecked")
        Map<String, Object> container = (Map<String, Object>) body.get(0);
        @SuppressWarnings("unchecked")
        List<Object> items = (List<Object>) container.get("items");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) map.get("actions"))
                .get(0)).get("data");

        assertThatThrownBy(() -> map.put("lang", "en")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> body.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> container.remove("items")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> items.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.put("k", 2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) data.get("k")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> card.toAttachment().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRawCardMapChangedAfterwardsDoesNotChangeTheCard() {
        Map<String, Object> json = new HashMap<>(Map.of("type", "AdaptiveCard", "version", "1.3"));
        RawCard card = RawCard.of(json);

        json.put("body", List.of());

        assertThat(card.toMap()).doesNotContainKey("body");
        assertThatThrownBy(() -> card.toMap().put("body", List.of())).isInstanceOf(UnsupportedOperationException.class);
    }
}
