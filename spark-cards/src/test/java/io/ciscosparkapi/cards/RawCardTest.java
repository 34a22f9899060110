package io.ciscosparkapi.cards;

import static io.ciscosparkapi.cards.Json.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A card given as JSON is kept as it is; only its type and version are checked. */
class RawCardTest {

    @Test
    void aParsedCardKeepsItsFieldsAndTheirOrder() {
        RawCard card = RawCard.parse("""
                {
                  "body": [{"type": "TextBlock", "text": "Hi", "fallback": "drop"}],
                  "version": "1.2",
                  "type": "AdaptiveCard",
                  "x-custom": {"n": 1.50, "big": 123456789012345678901234567890, "neg": -0, "e": 1e3}
                }
                """);

        assertThat(card.version()).isEqualTo(CardVersion.V1_2);
        assertThat(card.toMap().keySet()).containsExactly("body", "version", "type", "x-custom");
        assertThat(card.toJson()).isEqualTo(q("{'body':[{'type':'TextBlock','text':'Hi','fallback':'drop'}],"
                + "'version':'1.2','type':'AdaptiveCard',"
                + "'x-custom':{'n':1.50,'big':123456789012345678901234567890,'neg':0,'e':1E+3}}"));
    }

    @Test
    void aParsedCardBecomesAnAttachment() {
        RawCard card = RawCard.parse("{\"type\":\"AdaptiveCard\",\"version\":\"1.0\",\"body\":[]}");

        assertThat(card.toAttachment()).isEqualTo(Map.of("contentType", Card.CONTENT_TYPE, "content", card.toMap()));
    }

    @Test
    void aCardFromAMapKeepsItsOrderAndNulls() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "AdaptiveCard");
        json.put("version", "1.3");
        json.put("speak", null);
        json.put("body", List.of(Map.of("type", "ActionSet")));

        RawCard card = RawCard.of(json);

        assertThat(card.toJson()).isEqualTo(q("{'type':'AdaptiveCard','version':'1.3','speak':null,"
                + "'body':[{'type':'ActionSet'}]}"));
    }

    @Test
    void theElementsOfARawCardAreNotChecked() {
        RawCard card = RawCard.parse(q("{'type':'AdaptiveCard','version':'1.3','body':[{'type':'Input.Text'},"
                + "{'type':'Container','items':[]},{'type':'Unknown'}]}"));

        assertThat((List<?>) card.toMap().get("body")).hasSize(3);
    }

    @Test
    void aVersionWebexDoesNotRenderIsRefused() {
        assertThatThrownBy(() -> RawCard.parse(q("{'type':'AdaptiveCard','version':'1.5'}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Adaptive Card version \"1.5\" is not supported: Webex renders versions 1.0 to 1.3");
    }

    @Test
    void aCardWithoutAVersionStringIsRefused() {
        assertThatThrownBy(() -> RawCard.parse(q("{'type':'AdaptiveCard'}")))
                .hasMessage("a card needs a \"version\" string, such as \"1.3\", and has none");
        assertThatThrownBy(() -> RawCard.parse(q("{'type':'AdaptiveCard','version':1.3}")))
                .hasMessage("a card needs a \"version\" string, such as \"1.3\", not 1.3");
    }

    @Test
    void somethingOtherThanAnAdaptiveCardIsRefused() {
        assertThatThrownBy(() -> RawCard.parse(q("{'version':'1.3'}")))
                .hasMessage("a card needs \"type\": \"AdaptiveCard\", and has no type");
        assertThatThrownBy(() -> RawCard.parse(q("{'type':'HeroCard','version':'1.3'}")))
                .hasMessage("a card needs \"type\": \"AdaptiveCard\", not \"HeroCard\"");
    }

    @Test
    void anAttachmentPassedInsteadOfItsCardIsRefusedWithAHint() {
        String attachment = Json.jackson(AdaptiveCard.of(TextBlock.of("x")).toAttachment());

        assertThatThrownBy(() -> RawCard.parse(attachment))
                .hasMessage("a card needs \"type\": \"AdaptiveCard\", and has no type"
                        + " (this looks like a message attachment: pass its \"content\")");
    }

    @Test
    void textThatIsNotAJsonObjectIsRefusedNamingWhere() {
        assertThatThrownBy(() -> RawCard.parse("[1]"))
                .hasMessage("not valid JSON: expected a JSON object at line 1, column 1");
        assertThatThrownBy(() -> RawCard.parse("{\n  \"type\": \"AdaptiveCard\",\n  \"version\": 1.3.1\n}"))
                .hasMessage("not valid JSON: expected ',' or '}' at line 3, column 17");
    }

    @Test
    void aMapHoldingSomethingThatIsNotJsonIsRefusedNamingWhere() {
        Map<String, Object> json = Map.of("type", "AdaptiveCard", "version", "1.3",
                "body", List.of(Map.of("type", "TextBlock", "text", new StringBuilder("x"))));

        assertThatThrownBy(() -> RawCard.of(json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("card.body[0].text: a java.lang.StringBuilder is not a JSON value");
    }
}
