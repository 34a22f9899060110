package io.ciscosparkapi.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Parts and cards are equal when they write the same JSON. */
class EqualityTest {

    private static AdaptiveCard form(String label) {
        return AdaptiveCard.of(c -> c.body(TextInput.of("name", i -> i.label(label)))
                .actions(SubmitAction.of("Send", a -> a.data(Map.of("form", "f")))));
    }

    @Test
    void cardsBuiltAlikeAreEqualAndHashAlike() {
        assertThat(form("Name")).isEqualTo(form("Name")).hasSameHashCodeAs(form("Name"));
        assertThat(form("Name")).isNotEqualTo(form("Other"));
    }

    @Test
    void elementsBuiltAlikeAreEqualAndHashAlike() {
        TextBlock one = TextBlock.of("a", t -> t.size(TextSize.LARGE).wrap(true));
        TextBlock two = TextBlock.of("a", t -> t.wrap(true).size(TextSize.LARGE));

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).isNotEqualTo(TextBlock.of("a", t -> t.size(TextSize.SMALL).wrap(true)));
        assertThat(Set.of(one, TextBlock.of("b"))).contains(two);
    }

    @Test
    void aFlagSetToItsDefaultEqualsAFlagNotSet() {
        assertThat(TextBlock.of("a", t -> t.wrap(false).isVisible(true))).isEqualTo(TextBlock.of("a"));
    }

    @Test
    void partsOfEveryKindCompareByValue() {
        assertThat(Column.of(TextBlock.of("x"))).isEqualTo(Column.of(TextBlock.of("x")))
                .isNotEqualTo(Column.of(TextBlock.of("y")));
        assertThat(TextRun.of("x")).isEqualTo(TextRun.of("x")).isNotEqualTo(TextRun.of("x", r -> r.italic(true)));
        assertThat(Fact.of("a", "b")).isEqualTo(Fact.of("a", "b")).hasSameHashCodeAs(Fact.of("a", "b"))
                .isNotEqualTo(Fact.of("a", "c"));
        assertThat(Choice.of("a", "b")).isEqualTo(Choice.of("a", "b")).isNotEqualTo(Choice.of("b", "b"));
        assertThat(MediaSource.of("video/mp4", "u")).isEqualTo(MediaSource.of("video/mp4", "u"))
                .isNotEqualTo(MediaSource.of("audio/mp4", "u"));
        assertThat(TargetElement.show("a")).isEqualTo(TargetElement.show("a")).isNotEqualTo(TargetElement.toggle("a"));
        assertThat(ColumnWidth.weight(2)).isEqualTo(ColumnWidth.weight(2)).isNotEqualTo(ColumnWidth.pixels(2));
        assertThat(BackgroundImage.of("u")).isEqualTo(BackgroundImage.of("u"))
                .isNotEqualTo(BackgroundImage.of("u", b -> b.fillMode(ImageFillMode.REPEAT)));
        assertThat(SubmitAction.of("a")).isEqualTo(SubmitAction.of("a")).hasSameHashCodeAs(SubmitAction.of("a"))
                .isNotEqualTo(SubmitAction.of("b"));
    }

    @Test
    void rawCardsHoldingTheSameJsonAreEqual() {
        RawCard parsed = RawCard.parse("{\"type\": \"AdaptiveCard\", \"version\": \"1.3\", \"body\": []}");
        RawCard fromMap = RawCard.of(Map.of("type", "AdaptiveCard", "version", "1.3", "body", List.of()));

        assertThat(parsed).isEqualTo(fromMap).hasSameHashCodeAs(fromMap);
    }

    @Test
    void aRawCardIsNotEqualToATypedCardThatWritesTheSameJson() {
        AdaptiveCard typed = AdaptiveCard.of(TextBlock.of("x"));

        assertThat(RawCard.parse(typed.toJson())).isNotEqualTo(typed);
        assertThat(RawCard.parse(typed.toJson()).toJson()).isEqualTo(typed.toJson());
    }
}
