package io.ciscosparkapi.cards;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Values no card could hold are refused by the call that receives them, before any card is built. */
class ArgumentsTest {

    @Test
    void aNullPartIsRefusedNamingItsPlaceInTheList() {
        assertThatThrownBy(() -> Container.of(TextBlock.of("a"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("items[1] must not be null");
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(Arrays.asList(TextBlock.of("a"), null))))
                .isInstanceOf(NullPointerException.class).hasMessage("body[1] must not be null");
        assertThatThrownBy(() -> ChoiceSetInput.of("c", (List<Choice>) null, i -> { }))
                .isInstanceOf(NullPointerException.class).hasMessage("choices must not be null");
    }

    @Test
    void aNullLambdaIsRefused() {
        assertThatThrownBy(() -> TextBlock.of("a", null))
                .isInstanceOf(NullPointerException.class).hasMessage("options must not be null");
        assertThatThrownBy(() -> AdaptiveCard.of((java.util.function.Consumer<AdaptiveCard.Builder>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("card must not be null");
    }

    @Test
    void sizesInPixelsMustBePositive() {
        assertThatThrownBy(() -> Image.of("u", i -> i.pixelWidth(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pixelWidth must be a positive number of pixels, was 0");
        assertThatThrownBy(() -> Container.of(List.of(), c -> c.minHeight(-5)))
                .hasMessage("minHeight must be a positive number of pixels, was -5");
        assertThatThrownBy(() -> ColumnWidth.pixels(-1))
                .hasMessage("pixels must be a positive number of pixels, was -1");
    }

    @Test
    void countsMustBeAtLeastOne() {
        assertThatThrownBy(() -> TextBlock.of("a", t -> t.maxLines(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxLines must be at least 1, was 0");
        assertThatThrownBy(() -> TextInput.of("a", t -> t.maxLength(0)))
                .hasMessage("maxLength must be at least 1, was 0");
        assertThatThrownBy(() -> ColumnWidth.weight(0)).hasMessage("weight must be at least 1, was 0");
    }

    @Test
    void numbersMustBeFinite() {
        assertThatThrownBy(() -> NumberInput.of("n", i -> i.max(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("max must be a finite number, was NaN");
        assertThatThrownBy(() -> NumberInput.of("n", i -> i.value(Double.POSITIVE_INFINITY)))
                .hasMessage("value must be a finite number, was Infinity");
    }

    @Test
    void timesMustBeInWholeMinutes() {
        assertThatThrownBy(() -> TimeInput.of("t", i -> i.value(LocalTime.of(9, 30, 15))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be in whole minutes (HH:MM), was 09:30:15");
    }

    @Test
    void datesMustHaveFourDigitYears() {
        assertThatThrownBy(() -> DateInput.of("d", i -> i.max(LocalDate.of(10000, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("max must have a year from 0 to 9999, was +10000-01-01");
    }

    @Test
    void imageBackgroundColorsMustBeHexColors() {
        assertThatThrownBy(() -> Image.of("u", i -> i.backgroundColor("red")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("backgroundColor must be #RRGGBB or #AARRGGBB, was \"red\"");
    }

    @Test
    void submitDataThatIsNotJsonIsRefusedNamingWhere() {
        assertThatThrownBy(() -> SubmitAction.of("Go", a -> a.data(Map.of("when", List.of(1, LocalDate.of(2026, 1, 1))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data.when[1]: a java.time.LocalDate is not a JSON value"
                        + " (use a Map, List, String, Number, Boolean or null)");
        assertThatThrownBy(() -> SubmitAction.of("Go", a -> a.data(Map.of("n", Double.NaN))))
                .hasMessage("data.n: NaN (a java.lang.Double) is not a JSON number");
    }

    @Test
    void aVersionMustBeGiven() {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.version(null)))
                .isInstanceOf(NullPointerException.class).hasMessage("version must not be null");
    }
}
