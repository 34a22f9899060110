package io.ciscosparkapi.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** A booking form as a bot would send it, read back with an independent JSON parser. */
class RealisticCardTest {

    private static AdaptiveCard bookingForm() {
        return AdaptiveCard.of(c -> c
                .body(ColumnSet.of(
                                Column.of(List.of(Image.of("https://example.com/logo.png",
                                        i -> i.size(ImageSize.SMALL).altText("Logo"))), k -> k.width(ColumnWidth.AUTO)),
                                Column.of(List.of(
                                        TextBlock.of("Book a room", t -> t.size(TextSize.LARGE).weight(TextWeight.BOLDER)),
                                        TextBlock.of("Rooms for up to 12 people", t -> t.isSubtle(true).wrap(true))),
                                        k -> k.width(ColumnWidth.STRETCH))),
                        TextInput.of("name", i -> i.label("Your name").placeholder("First and last name")
                                .isRequired(true).errorMessage("Please give your name")),
                        NumberInput.of("people", i -> i.label("People").min(1).max(12).value(2)),
                        DateInput.of("day", i -> i.label("Day").min(LocalDate.of(2026, 1, 1))),
                        TimeInput.of("start", i -> i.label("Start").value(LocalTime.of(9, 0))),
                        ToggleInput.of("projector", "I need a projector"),
                        ChoiceSetInput.of("room", List.of(Choice.of("Red room", "red"), Choice.of("Blue room", "blue")),
                                i -> i.label("Room").style(ChoiceSetStyle.EXPANDED).value("red")),
                        FactSet.of(Fact.of("Building", "North"), Fact.of("Floor", "3")))
                .actions(SubmitAction.of("Book", a -> a.data(Map.of("form", "booking")).style(ActionStyle.POSITIVE)),
                        OpenUrlAction.of("Floor plan", "https://example.com/plan")));
    }

    private static final String EXPECTED = """
            {
              "type": "AdaptiveCard",
              "version": "1.3",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "body": [
                {"type": "ColumnSet", "columns": [
                  {"type": "Column", "items": [
                    {"type": "Image", "url": "https://example.com/logo.png", "altText": "Logo", "size": "small"}
                  ], "width": "auto"},
                  {"type": "Column", "items": [
                    {"type": "TextBlock", "text": "Book a room", "size": "large", "weight": "bolder"},
                    {"type": "TextBlock", "text": "Rooms for up to 12 people", "isSubtle": true, "wrap": true}
                  ], "width": "stretch"}
                ]},
                {"type": "Input.Text", "id": "name", "label": "Your name", "placeholder": "First and last name",
                 "isRequired": true, "errorMessage": "Please give your name"},
                {"type": "Input.Number", "id": "people", "label": "People", "value": 2, "min": 1, "max": 12},
                {"type": "Input.Date", "id": "day", "label": "Day", "min": "2026-01-01"},
                {"type": "Input.Time", "id": "start", "label": "Start", "value": "09:00"},
                {"type": "Input.Toggle", "id": "projector", "title": "I need a projector"},
                {"type": "Input.ChoiceSet", "id": "room", "label": "Room",
                 "choices": [{"title": "Red room", "value": "red"}, {"title": "Blue room", "value": "blue"}],
                 "style": "expanded", "value": "red"},
                {"type": "FactSet", "facts": [{"title": "Building", "value": "North"}, {"title": "Floor", "value": "3"}]}
              ],
              "actions": [
                {"type": "Action.Submit", "title": "Book", "data": {"form": "booking"}, "style": "positive"},
                {"type": "Action.OpenUrl", "title": "Floor plan", "url": "https://example.com/plan"}
              ]
            }
            """;

    @Test
    void theCardsJsonTextIsWhatAnAdaptiveCardsReaderExpects() {
        JsonNode written = Json.tree(bookingForm().toJson());

        assertThat(written).isEqualTo(Json.tree(EXPECTED));
    }

    @Test
    void theCardsMapWrittenByAnotherJsonLibraryGivesTheSameJson() {
        AdaptiveCard card = bookingForm();

        assertThat(Json.tree(Json.jackson(card.toMap()))).isEqualTo(Json.tree(card.toJson()));
        assertThat(Json.tree(Json.jackson(card.toAttachment())).get("content")).isEqualTo(Json.tree(EXPECTED));
    }

    @Test
    void theFieldsComeInTheDocumentedOrder() {
        JsonNode written = Json.tree(bookingForm().toJson());

        assertThat(written.propertyNames()).containsExactly("type", "version", "$schema", "body", "actions");
        assertThat(written.get("body").get(1).propertyNames())
                .containsExactly("type", "id", "label", "placeholder", "isRequired", "errorMessage");
    }

    @Test
    void theCardReadBackAsARawCardWritesTheSameText() {
        AdaptiveCard card = bookingForm();

        RawCard raw = RawCard.parse(card.toJson());

        assertThat(raw.toJson()).isEqualTo(card.toJson());
        assertThat(raw.version()).isEqualTo(CardVersion.V1_3);
    }
}
