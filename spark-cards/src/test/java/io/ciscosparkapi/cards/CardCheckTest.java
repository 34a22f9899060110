package io.ciscosparkapi.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What building a card refuses, and how the message names the place in the card. */
class CardCheckTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Element... body) {
        return assertThatThrownBy(() -> AdaptiveCard.of(body)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- inputs and ids

    @Test
    void anInputWithoutAnIdIsRefusedNamingWhereItIs() {
        assertRefused(TextBlock.of("a"), TextBlock.of("b"),
                ColumnSet.of(Column.of(TextBlock.of("c"), TextInput.of(null))))
                .hasMessage("body[2].columns[0].items[1]: Input.Text needs an id");
    }

    static Stream<Arguments> inputsWithoutIds() {
        return Stream.of(
                Arguments.of(TextInput.of(" "), "Input.Text"),
                Arguments.of(NumberInput.of(""), "Input.Number"),
                Arguments.of(DateInput.of(null), "Input.Date"),
                Arguments.of(TimeInput.of(null), "Input.Time"),
                Arguments.of(ToggleInput.of(null, "t"), "Input.Toggle"),
                Arguments.of(ChoiceSetInput.of(null, Choice.of("a", "a")), "Input.ChoiceSet"));
    }

    @ParameterizedTest
    @MethodSource("inputsWithoutIds")
    void everyKindOfInputNeedsAnId(Input input, String type) {
        assertRefused(input).hasMessage("body[0]: " + type + " needs an id");
    }

    @Test
    void anInputInAShownCardIsNamedByItsPathThroughTheAction() {
        assertThatThrownBy(() -> ShowCardAction.of("More", AdaptiveCard.of(Container.of(NumberInput.of(null)))))
                .hasMessage("body[0].items[0]: Input.Number needs an id");
    }

    @Test
    void anIdUsedByTwoElementsIsRefusedNamingBoth() {
        assertRefused(TextBlock.of("Name", t -> t.id("name")), TextInput.of("name"))
                .hasMessage("body[1]: the id \"name\" is already used by body[0]");
    }

    @Test
    void anIdUsedInTheCardAndInAShownCardIsRefused() {
        AdaptiveCard shown = AdaptiveCard.of(TextInput.of("comment"));

        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextInput.of("comment"))
                .actions(ShowCardAction.of("Comment", shown))))
                .hasMessage("actions[0].card.body[0]: the id \"comment\" is already used by body[0]");
    }

    @Test
    void anIdUsedInTwoShownCardsIsRefused() {
        AdaptiveCard shown = AdaptiveCard.of(TextInput.of("comment"));

        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x"))
                .actions(ShowCardAction.of("A", shown), ShowCardAction.of("B", shown))))
                .hasMessage("actions[1].card.body[0]: the id \"comment\" is already used by actions[0].card.body[0]");
    }

    @Test
    void actionIdsCountAsIdsOfTheCard() {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x", t -> t.id("go")))
                .actions(SubmitAction.of("Go", a -> a.id("go")))))
                .hasMessage("actions[0]: the id \"go\" is already used by body[0]");
    }

    @Test
    void aColumnIdAndAnElementIdMayNotBeTheSame() {
        assertRefused(ColumnSet.of(Column.of(List.of(TextInput.of("x")), c -> c.id("x"))))
                .hasMessage("body[0].columns[0].items[0]: the id \"x\" is already used by body[0].columns[0]");
    }

    @Test
    void idsOfSelectAndInlineActionsCountToo() {
        assertRefused(Image.of("https://example.com/a.png", i -> i.selectAction(SubmitAction.of("a", a -> a.id("s")))),
                TextInput.of("q", i -> i.inlineAction(SubmitAction.of("b", a -> a.id("s")))))
                .hasMessage("body[1].inlineAction: the id \"s\" is already used by body[0].selectAction");
    }

    @Test
    void aBlankIdIsRefused() {
        assertRefused(TextBlock.of("x", t -> t.id("  ")))
                .hasMessage("body[0]: an id must not be blank");
    }

    @Test
    void distinctIdsEverywhereAreAccepted() {
        assertThatCode(() -> AdaptiveCard.of(c -> c
                .body(TextInput.of("a"), Container.of(List.of(TextInput.of("b")), k -> k.id("c")),
                        ColumnSet.of(List.of(Column.of(List.of(TextInput.of("d")), k -> k.id("e"))), k -> k.id("f")))
                .actions(SubmitAction.of("Go", a -> a.id("g")), ShowCardAction.of("More",
                        AdaptiveCard.of(TextInput.of("h")), a -> a.id("i")))))
                .doesNotThrowAnyException();
    }

    // ---- versions

    @ParameterizedTest
    @ValueSource(strings = {"1.4", "1.5", "2.0", "0.9", "1", "1.3.0", ""})
    void versionsWebexDoesNotRenderAreRefused(String version) {
        assertThatThrownBy(() -> CardVersion.of(version))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Adaptive Card version \"" + version + "\" is not supported: Webex renders versions 1.0 to 1.3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1", "1.2", "1.3"})
    void versionsWebexRendersAreRead(String version) {
        assertThat(CardVersion.of(version).value()).isEqualTo(version);
    }

    // ---- empty parts

    @Test
    void aCardWithNeitherBodyNorActionsIsRefused() {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.lang("en")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("card: a card needs at least one body element or action");
    }

    static Stream<Arguments> emptyParts() {
        return Stream.of(
                Arguments.of(Container.of(), "body[0]: Container needs at least one item"),
                Arguments.of(ColumnSet.of(), "body[0]: ColumnSet needs at least one column"),
                Arguments.of(ColumnSet.of(Column.of(TextBlock.of("x")), Column.of()),
                        "body[0].columns[1]: Column needs at least one item"),
                Arguments.of(FactSet.of(), "body[0]: FactSet needs at least one fact"),
                Arguments.of(ImageSet.of(), "body[0]: ImageSet needs at least one image"),
                Arguments.of(ActionSet.of(), "body[0]: ActionSet needs at least one action"),
                Arguments.of(RichTextBlock.of(), "body[0]: RichTextBlock needs at least one text run"),
                Arguments.of(Media.of(), "body[0]: Media needs at least one source"),
                Arguments.of(ChoiceSetInput.of("c"), "body[0]: Input.ChoiceSet needs at least one choice"),
                Arguments.of(Container.of(Container.of()), "body[0].items[0]: Container needs at least one item"));
    }

    @ParameterizedTest
    @MethodSource("emptyParts")
    void emptyContainersAreRefused(Element element, String message) {
        assertRefused(element).hasMessage(message);
    }

    @Test
    void aToggleWithoutTargetsIsRefused() {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x"))
                .actions(ToggleVisibilityAction.of("Nothing"))))
                .hasMessage("actions[0]: Action.ToggleVisibility needs at least one target element");
    }

    // ---- missing values

    static Stream<Arguments> missingValues() {
        return Stream.of(
                Arguments.of(TextBlock.of(null), "body[0]: TextBlock needs text"),
                Arguments.of(RichTextBlock.of(TextRun.of("a"), TextRun.of(null)), "body[0].inlines[1]: TextRun needs text"),
                Arguments.of(ToggleInput.of("t", null), "body[0]: Input.Toggle needs a title"),
                Arguments.of(FactSet.of(Fact.of(null, "v")), "body[0].facts[0]: a fact needs a title"),
                Arguments.of(FactSet.of(Fact.of("t", "v"), Fact.of("t", null)), "body[0].facts[1]: a fact needs a value"),
                Arguments.of(ChoiceSetInput.of("c", Choice.of(null, "v")), "body[0].choices[0]: a choice needs a title"),
                Arguments.of(ChoiceSetInput.of("c", Choice.of("t", null)), "body[0].choices[0]: a choice needs a value"),
                Arguments.of(Media.of(MediaSource.of(" ", "https://example.com/v.mp4")),
                        "body[0].sources[0]: a media source needs a MIME type"));
    }

    @ParameterizedTest
    @MethodSource("missingValues")
    void missingRequiredValuesAreRefused(Element element, String message) {
        assertRefused(element).hasMessage(message);
    }

    @Test
    void aShowCardActionWithoutACardIsRefused() {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x")).actions(ShowCardAction.of("More", null))))
                .hasMessage("actions[0]: Action.ShowCard needs a card");
    }

    // ---- toggle targets

    @Test
    void aToggleAimedAtAnIdTheCardDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x", t -> t.id("details")))
                .actions(ToggleVisibilityAction.of("Details", TargetElement.toggle("details"),
                        TargetElement.show("detail")))))
                .hasMessage("actions[0].targetElements[1]: targets the element \"detail\", which is not in the card");
    }

    @Test
    void aToggleMayAimAtAnElementThatComesAfterIt() {
        assertThatCode(() -> AdaptiveCard.of(
                ActionSet.of(ToggleVisibilityAction.of("Details", TargetElement.toggle("details"))),
                Container.of(List.of(TextBlock.of("Hidden")), k -> k.id("details").isVisible(false))))
                .doesNotThrowAnyException();
    }

    @Test
    void aToggleMayAimAtAColumnOrAnElementOfAShownCard() {
        AdaptiveCard shown = AdaptiveCard.of(TextBlock.of("inner", t -> t.id("inner")));

        assertThatCode(() -> AdaptiveCard.of(c -> c
                .body(ColumnSet.of(Column.of(List.of(TextBlock.of("x")), k -> k.id("col"))))
                .actions(ToggleVisibilityAction.of("T", TargetElement.toggle("col"), TargetElement.hide("inner")),
                        ShowCardAction.of("S", shown))))
                .doesNotThrowAnyException();
    }

    @Test
    void aToggleCannotAimAtAnAction() {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x"))
                .actions(SubmitAction.of("Go", a -> a.id("go")),
                        ToggleVisibilityAction.of("T", TargetElement.toggle("go")))))
                .hasMessage("actions[1].targetElements[0]: targets the element \"go\", which is not in the card");
    }

    @Test
    void aToggleInsideAShownCardMayAimOnlyAtElementsOfThatShownCard() {
        TextBlock outer = TextBlock.of("x", t -> t.id("outer"));

        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(outer).actions(ShowCardAction.of("S",
                AdaptiveCard.of(shown -> shown.actions(ToggleVisibilityAction.of("T", TargetElement.toggle("outer"))))))))
                .hasMessage("actions[0].targetElements[0]: targets the element \"outer\", which is not in the card");
    }

    @Test
    void aTargetWithoutAnIdIsRefused() {
        assertRefused(TextBlock.of("x"), ActionSet.of(ToggleVisibilityAction.of("T", TargetElement.toggle(" "))))
                .hasMessage("body[1].actions[0].targetElements[0]: a target element needs an id");
    }

    // ---- URLs

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a", "http://example.com", "HTTPS://EXAMPLE.COM/a?b=c#d",
            "https://user@example.com:8443/x", "https://bücher.example/ä"})
    void absoluteWebUrlsAreAccepted(String url) {
        assertThatCode(() -> AdaptiveCard.of(c -> c.actions(OpenUrlAction.of("Open", url)))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "example.com", "ftp://example.com/a", "mailto:someone@example.com",
            "javascript:alert(1)", "https://", "https:///path", "https://exa mple.com",
            "data:image/png;base64,AAAA"})
    void otherUrlsAreRefusedForLinks(String url) {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.actions(OpenUrlAction.of("Open", url))))
                .hasMessage("actions[0].url: \"" + url + "\" is not an absolute http or https URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankUrlsAreRefused(String url) {
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.actions(OpenUrlAction.of("Open", url))))
                .hasMessage("actions[0].url: needs a URL");
        assertRefused(Image.of(url)).hasMessage("body[0].url: needs a URL");
    }

    @Test
    void aMissingUrlIsRefused() {
        assertRefused(Image.of(null)).hasMessage("body[0].url: needs a URL");
    }

    @Test
    void imagesMayBeDataUris() {
        assertThatCode(() -> AdaptiveCard.of(Image.of("data:image/png;base64,iVBORw0KGgo="),
                Image.of("DATA:IMAGE/svg+xml,%3Csvg%3E%3C/svg%3E"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:text/html,<b>hi</b>", "data:image/png;base64", "images/a.png", "file:///tmp/a.png"})
    void otherImageUrlsAreRefused(String url) {
        assertRefused(Image.of(url)).hasMessage("body[0].url: \"" + url
                + "\" is neither an absolute http or https URL nor a data:image/ URI");
    }

    @Test
    void aLongUrlIsShortenedInTheMessage() {
        String url = "data:text/plain;base64," + "A".repeat(1000);

        assertRefused(Image.of(url)).hasMessage("body[0].url: \"" + url.substring(0, 100)
                + "...\" is neither an absolute http or https URL nor a data:image/ URI");
    }

    @Test
    void everyImageUrlOfTheCardIsChecked() {
        assertRefused(ImageSet.of(Image.of("https://example.com/1.png"), Image.of("2.png")))
                .hasMessageStartingWith("body[0].images[1].url: ");
        assertRefused(Container.of(List.of(TextBlock.of("x")), k -> k.backgroundImage(BackgroundImage.of("bg.png"))))
                .hasMessageStartingWith("body[0].backgroundImage: ");
        assertRefused(ColumnSet.of(Column.of(List.of(TextBlock.of("x")), k -> k.backgroundImage(BackgroundImage.of("bg.png")))))
                .hasMessageStartingWith("body[0].columns[0].backgroundImage: ");
        assertRefused(Media.of(List.of(MediaSource.of("video/mp4", "https://example.com/v.mp4")), m -> m.poster("p.png")))
                .hasMessageStartingWith("body[0].poster: ");
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x"))
                .backgroundImage(BackgroundImage.of("bg.png"))))
                .hasMessageStartingWith("backgroundImage: ");
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.actions(SubmitAction.of("Go", a -> a.iconUrl("icon.png")))))
                .hasMessageStartingWith("actions[0].iconUrl: ");
    }

    @Test
    void mediaFilesMustBeWebUrls() {
        assertRefused(Media.of(MediaSource.of("video/mp4", "data:video/mp4;base64,AAAA")))
                .hasMessage("body[0].sources[0].url: \"data:video/mp4;base64,AAAA\" is not an absolute http or https URL");
    }

    // ---- actions in the wrong place

    @Test
    void aShowCardActionCannotBeASelectAction() {
        ShowCardAction show = ShowCardAction.of("More", AdaptiveCard.of(TextBlock.of("x")));

        assertRefused(Container.of(List.of(TextBlock.of("x")), k -> k.selectAction(show)))
                .hasMessage("body[0].selectAction: Action.ShowCard cannot be a select action");
        assertThatThrownBy(() -> AdaptiveCard.of(c -> c.body(TextBlock.of("x")).selectAction(show)))
                .hasMessage("selectAction: Action.ShowCard cannot be a select action");
    }

    @Test
    void aShowCardActionCannotBeAnInlineAction() {
        ShowCardAction show = ShowCardAction.of("More", AdaptiveCard.of(TextBlock.of("x")));

        assertRefused(TextInput.of("q", i -> i.inlineAction(show)))
                .hasMessage("body[0].inlineAction: Action.ShowCard cannot be an inline action");
    }

    @Test
    void selectActionsAreCheckedLikeOtherActions() {
        assertRefused(RichTextBlock.of(TextRun.of("x", r -> r.selectAction(OpenUrlAction.of("o", "nowhere")))))
                .hasMessage("body[0].inlines[0].selectAction.url: \"nowhere\" is not an absolute http or https URL");
    }

    // ---- ranges

    @Test
    void aNumberInputWithItsMinimumAboveItsMaximumIsRefused() {
        assertRefused(NumberInput.of("n", i -> i.min(10).max(2.5)))
                .hasMessage("body[0]: the minimum 10 is greater than the maximum 2.5");
    }

    @Test
    void aDateInputWithItsMinimumAfterItsMaximumIsRefused() {
        assertRefused(DateInput.of("d", i -> i.min(LocalDate.of(2026, 2, 1)).max(LocalDate.of(2026, 1, 31))))
                .hasMessage("body[0]: the minimum 2026-02-01 is after the maximum 2026-01-31");
    }

    @Test
    void aTimeInputWithItsMinimumAfterItsMaximumIsRefused() {
        assertRefused(TimeInput.of("t", i -> i.min(LocalTime.of(18, 0)).max(LocalTime.of(8, 0))))
                .hasMessage("body[0]: the minimum 18:00 is after the maximum 08:00");
    }

    @Test
    void equalMinimumAndMaximumAreAccepted() {
        assertThatCode(() -> AdaptiveCard.of(NumberInput.of("n", i -> i.min(3).max(3)),
                DateInput.of("d", i -> i.min(LocalDate.of(2026, 1, 1)).max(LocalDate.of(2026, 1, 1))),
                TimeInput.of("t", i -> i.min(LocalTime.NOON).max(LocalTime.NOON)))).doesNotThrowAnyException();
    }

    @Test
    void aNumberRangeFromZeroToMinusZeroIsAcceptedSinceBothAreWrittenAsZero() {
        AdaptiveCard card = AdaptiveCard.of(NumberInput.of("n", i -> i.min(0.0).max(-0.0)));

        assertThat(card.body().get(0).toString()).isEqualTo(Json.q("{'type':'Input.Number','id':'n','min':0,'max':0}"));
    }

    // ---- order

    @Test
    void theFirstProblemInDocumentOrderIsReported() {
        assertRefused(Container.of(TextBlock.of("x"), TextInput.of(null)), Container.of())
                .hasMessage("body[0].items[1]: Input.Text needs an id");
    }
}
