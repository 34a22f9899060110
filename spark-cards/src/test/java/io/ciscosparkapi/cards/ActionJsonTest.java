package io.ciscosparkapi.cards;

import static io.ciscosparkapi.cards.Json.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The JSON each action writes. */
class ActionJsonTest {

    @Test
    void aSubmitActionWritesItsDataAndTheCommonActionProperties() {
        SubmitAction action = SubmitAction.of("Send", a -> a.id("send").data(Map.of("form", "booking"))
                .associatedInputs(AssociatedInputs.NONE).iconUrl("https://example.com/i.png")
                .style(ActionStyle.POSITIVE));

        assertThat(action.toString()).isEqualTo(q("{'type':'Action.Submit','id':'send','title':'Send',"
                + "'data':{'form':'booking'},'associatedInputs':'none','iconUrl':'https://example.com/i.png',"
                + "'style':'positive'}"));
    }

    @Test
    void submitDataKeepsItsOrderNestingAndNulls() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", 1);
        data.put("a", Arrays.asList(true, null, 2.5, "x"));
        data.put("m", Map.of("k", "v"));

        assertThat(SubmitAction.of("Go", a -> a.data(data)).toString()).isEqualTo(q("{'type':'Action.Submit',"
                + "'title':'Go','data':{'z':1,'a':[true,null,2.5,'x'],'m':{'k':'v'}}}"));
    }

    @Test
    void anOpenUrlActionWritesItsUrl() {
        OpenUrlAction action = OpenUrlAction.of("Docs", "https://example.com/docs", a -> a.style(ActionStyle.DESTRUCTIVE));

        assertThat(action.toString()).isEqualTo(q("{'type':'Action.OpenUrl','title':'Docs',"
                + "'url':'https://example.com/docs','style':'destructive'}"));
    }

    @Test
    void aShowCardActionWritesItsCardWithoutVersionOrSchema() {
        ShowCardAction action = ShowCardAction.of("Comment", AdaptiveCard.of(c -> c.version(CardVersion.V1_0)
                .body(TextInput.of("comment")).actions(SubmitAction.of("Send"))));

        assertThat(action.toString()).isEqualTo(q("{'type':'Action.ShowCard','title':'Comment','card':{"
                + "'type':'AdaptiveCard','body':[{'type':'Input.Text','id':'comment'}],"
                + "'actions':[{'type':'Action.Submit','title':'Send'}]}}"));
    }

    @Test
    void aToggleVisibilityActionWritesTogglesAsIdsAndFixedTargetsAsObjects() {
        ToggleVisibilityAction action = ToggleVisibilityAction.of("Details", TargetElement.toggle("a"),
                TargetElement.show("b"), TargetElement.hide("c"));

        assertThat(action.toString()).isEqualTo(q("{'type':'Action.ToggleVisibility','title':'Details',"
                + "'targetElements':['a',{'elementId':'b','isVisible':true},{'elementId':'c','isVisible':false}]}"));
    }

    @Test
    void everyActionNamesItsAdaptiveCardsType() {
        assertThat(List.of(SubmitAction.of("a"), OpenUrlAction.of("b", "u"), ShowCardAction.of("c", null),
                ToggleVisibilityAction.of("d")))
                .extracting(Action::type)
                .containsExactly("Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility");
    }
}
