package io.ciscosparkapi.cards;

import static io.ciscosparkapi.cards.Json.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The JSON a card writes, and the message attachment that carries it. */
class CardJsonTest {

    @Test
    void aCardStartsWithTypeVersionAndSchemaAndDeclaresVersion13ByDefault() {
        AdaptiveCard card = AdaptiveCard.of(TextBlock.of("Hi"));

        assertThat(card.toJson()).isEqualTo(q("{'type':'AdaptiveCard','version':'1.3',"
                + "'$schema':'http://adaptivecards.io/schemas/adaptive-card.json',"
                + "'body':[{'type':'TextBlock','text':'Hi'}]}"));
        assertThat(card.version()).isEqualTo(CardVersion.V1_3);
    }

    @Test
    void aCardWritesEveryPropertyInAFixedOrder() {
        AdaptiveCard card = AdaptiveCard.of(c -> c.lang("de").speak("Hallo").fallbackText("Hallo!")
                .backgroundImage(BackgroundImage.of("https://example.com/bg.png"))
                .verticalContentAlignment(VerticalAlignment.CENTER).minHeight(200)
                .selectAction(OpenUrlAction.of("Open", "https://example.com"))
                .actions(SubmitAction.of("OK")).body(TextBlock.of("Hallo")).version(CardVersion.V1_2));

        assertThat(card.toJson()).isEqualTo(q("{'type':'AdaptiveCard','version':'1.2',"
                + "'$schema':'http://adaptivecards.io/schemas/adaptive-card.json',"
                + "'body':[{'type':'TextBlock','text':'Hallo'}],'actions':[{'type':'Action.Submit','title':'OK'}],"
                + "'selectAction':{'type':'Action.OpenUrl','title':'Open','url':'https://example.com'},"
                + "'fallbackText':'Hallo!','speak':'Hallo','lang':'de','minHeight':'200px',"
                + "'verticalContentAlignment':'center','backgroundImage':'https://example.com/bg.png'}"));
    }

    @Test
    void bodyAndActionsAddedInSeveralCallsKeepTheirOrder() {
        AdaptiveCard card = AdaptiveCard.of(c -> c.body(TextBlock.of("1")).body(List.of(TextBlock.of("2"),
                TextBlock.of("3"))).actions(SubmitAction.of("a")).actions(List.of(SubmitAction.of("b"))));

        assertThat(card.body()).extracting(e -> ((TextBlock) e).text()).containsExactly("1", "2", "3");
        assertThat(card.actions()).extracting(Action::title).containsExactly("a", "b");
    }

    @Test
    void aCardWithOnlyActionsWritesAnEmptyBody() {
        AdaptiveCard card = AdaptiveCard.of(c -> c.actions(OpenUrlAction.of("Docs", "https://example.com")));

        assertThat(card.toMap().get("body")).isEqualTo(List.of());
    }

    @Test
    void theAttachmentCarriesTheCardUnderTheAdaptiveCardContentType() {
        AdaptiveCard card = AdaptiveCard.of(TextBlock.of("Hi"));

        Map<String, Object> attachment = card.toAttachment();

        assertThat(attachment).containsOnlyKeys("contentType", "content");
        assertThat(attachment.get("contentType")).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.get("content")).isEqualTo(card.toMap());
        assertThat(Json.jackson(attachment)).isEqualTo(q("{'contentType':'application/vnd.microsoft.card.adaptive',"
                + "'content':" + card.toJson().replace('"', '\'') + "}"));
    }

    @Test
    void theSameCardAlwaysWritesTheSameTextWhateverTheOrderOfTheCalls() {
        AdaptiveCard first = AdaptiveCard.of(c -> c.actions(SubmitAction.of("Go", a -> a.style(ActionStyle.POSITIVE)
                .id("go"))).body(TextInput.of("name", i -> i.isRequired(true).label("Name")), TextBlock.of("Hi")));
        AdaptiveCard second = AdaptiveCard.of(c -> c.body(TextInput.of("name", i -> i.label("Name").isRequired(true)),
                TextBlock.of("Hi")).actions(SubmitAction.of("Go", a -> a.id("go").style(ActionStyle.POSITIVE))));

        assertThat(second.toJson()).isEqualTo(first.toJson());
        assertThat(first.toJson()).isEqualTo(first.toString());
    }

    @Test
    void everyCardVersionWebexRendersIsWritten() {
        for (CardVersion version : CardVersion.values()) {
            AdaptiveCard card = AdaptiveCard.of(c -> c.version(version).body(TextBlock.of("x")));
            assertThat(card.toMap().get("version")).isEqualTo(version.value());
        }
        assertThat(CardVersion.values()).extracting(CardVersion::value).containsExactly("1.0", "1.1", "1.2", "1.3");
    }
}
