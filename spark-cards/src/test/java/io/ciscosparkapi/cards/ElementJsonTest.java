package io.ciscosparkapi.cards;

import static io.ciscosparkapi.cards.Json.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The JSON each element writes: Adaptive Cards names, a fixed field order, and nothing that was not set. */
class ElementJsonTest {

    @Test
    void aTextBlockWritesOnlyItsTextWhenNothingElseIsSet() {
        assertThat(TextBlock.of("Hello").toString()).isEqualTo(q("{'type':'TextBlock','text':'Hello'}"));
    }

    @Test
    void aTextBlockWritesEveryPropertyWithItsWireValue() {
        TextBlock block = TextBlock.of("Hello", t -> t.id("greeting").size(TextSize.EXTRA_LARGE)
                .weight(TextWeight.BOLDER).color(TextColor.ACCENT).fontType(FontType.MONOSPACE).isSubtle(true)
                .wrap(true).maxLines(2).horizontalAlignment(HorizontalAlignment.CENTER)
                .spacing(Spacing.EXTRA_LARGE).separator(true).height(Height.STRETCH).isVisible(false));

        assertThat(block.toString()).isEqualTo(q("{'type':'TextBlock','id':'greeting','text':'Hello',"
                + "'size':'extraLarge','weight':'bolder','color':'accent','fontType':'monospace','isSubtle':true,"
                + "'wrap':true,'maxLines':2,'horizontalAlignment':'center',"
                + "'spacing':'extraLarge','separator':true,'height':'stretch','isVisible':false}"));
    }

    @Test
    void flagsAtTheirDefaultAreLeftOut() {
        TextBlock block = TextBlock.of("Hello", t -> t.wrap(false).isSubtle(false).separator(false).isVisible(true));

        assertThat(block.toString()).isEqualTo(q("{'type':'TextBlock','text':'Hello'}"));
    }

    @Test
    void anImageWritesItsPropertiesAndPixelSizes() {
        Image image = Image.of("https://example.com/a.png", i -> i.altText("A").size(ImageSize.SMALL)
                .style(ImageStyle.PERSON).backgroundColor("#FF0000").horizontalAlignment(HorizontalAlignment.RIGHT)
                .pixelWidth(40).pixelHeight(50).selectAction(OpenUrlAction.of("Open", "https://example.com")));

        assertThat(image.toString()).isEqualTo(q("{'type':'Image','url':'https://example.com/a.png','altText':'A',"
                + "'size':'small','style':'person','backgroundColor':'#FF0000','horizontalAlignment':'right',"
                + "'width':'40px','selectAction':{'type':'Action.OpenUrl','title':'Open',"
                + "'url':'https://example.com'},'height':'50px'}"));
    }

    @Test
    void anImageHeightSetAfterAPixelHeightReplacesIt() {
        Image image = Image.of("https://example.com/a.png", i -> i.pixelHeight(50).height(Height.AUTO));

        assertThat(image.toString()).isEqualTo(q("{'type':'Image','url':'https://example.com/a.png','height':'auto'}"));
        assertThat(image.pixelHeight()).isNull();
        assertThat(image.height()).isEqualTo(Height.AUTO);
    }

    @Test
    void anImagePixelHeightSetAfterAHeightReplacesIt() {
        Image image = Image.of("https://example.com/a.png", i -> i.height(Height.STRETCH).pixelHeight(50));

        assertThat(image.toString()).isEqualTo(q("{'type':'Image','url':'https://example.com/a.png','height':'50px'}"));
        assertThat(image.height()).isNull();
    }

    @Test
    void aMediaElementWritesItsSourcesPosterAndAltText() {
        Media media = Media.of(List.of(MediaSource.of("video/mp4", "https://example.com/v.mp4")),
                m -> m.poster("https://example.com/p.png").altText("Demo"));

        assertThat(media.toString()).isEqualTo(q("{'type':'Media','sources':[{'mimeType':'video/mp4',"
                + "'url':'https://example.com/v.mp4'}],'poster':'https://example.com/p.png','altText':'Demo'}"));
    }

    @Test
    void aRichTextBlockWritesEachRunAsAnObject() {
        RichTextBlock block = RichTextBlock.of(List.of(TextRun.of("plain "),
                TextRun.of("bold", r -> r.size(TextSize.LARGE).weight(TextWeight.BOLDER).color(TextColor.GOOD)
                        .fontType(FontType.MONOSPACE).isSubtle(true).italic(true).strikethrough(true)
                        .underline(true).highlight(true).selectAction(SubmitAction.of("Go")))),
                b -> b.horizontalAlignment(HorizontalAlignment.CENTER));

        assertThat(block.toString()).isEqualTo(q("{'type':'RichTextBlock','inlines':["
                + "{'type':'TextRun','text':'plain '},"
                + "{'type':'TextRun','text':'bold','size':'large','weight':'bolder','color':'good',"
                + "'fontType':'monospace','isSubtle':true,'italic':true,'strikethrough':true,'underline':true,"
                + "'highlight':true,'selectAction':{'type':'Action.Submit','title':'Go'}}],"
                + "'horizontalAlignment':'center'}"));
    }

    @Test
    void aColumnSetWritesItsColumnsAndTheirProperties() {
        Column left = Column.of(List.of(TextBlock.of("L")), c -> c.id("left").width(ColumnWidth.AUTO)
                .style(ContainerStyle.EMPHASIS).verticalContentAlignment(VerticalAlignment.CENTER).bleed(true)
                .minHeight(50).backgroundImage(BackgroundImage.of("https://example.com/bg.png"))
                .selectAction(SubmitAction.of("Pick")).spacing(Spacing.SMALL).separator(true).isVisible(false));
        ColumnSet set = ColumnSet.of(List.of(left, Column.of(TextBlock.of("R"))), s -> s.style(ContainerStyle.GOOD)
                .bleed(true).minHeight(80).horizontalAlignment(HorizontalAlignment.LEFT)
                .selectAction(OpenUrlAction.of("Open", "https://example.com")));

        assertThat(set.toString()).isEqualTo(q("{'type':'ColumnSet','columns':["
                + "{'type':'Column','id':'left','items':[{'type':'TextBlock','text':'L'}],'width':'auto',"
                + "'style':'emphasis','verticalContentAlignment':'center','bleed':true,'minHeight':'50px',"
                + "'backgroundImage':'https://example.com/bg.png','selectAction':{'type':'Action.Submit',"
                + "'title':'Pick'},'spacing':'small','separator':true,'isVisible':false},"
                + "{'type':'Column','items':[{'type':'TextBlock','text':'R'}]}],"
                + "'style':'good','bleed':true,'minHeight':'80px','horizontalAlignment':'left',"
                + "'selectAction':{'type':'Action.OpenUrl','title':'Open','url':'https://example.com'}}"));
    }

    @Test
    void columnWidthsAreWordsWeightsOrPixels() {
        assertThat(widthOf(ColumnWidth.AUTO)).isEqualTo("auto");
        assertThat(widthOf(ColumnWidth.STRETCH)).isEqualTo("stretch");
        assertThat(widthOf(ColumnWidth.weight(2))).isEqualTo(2);
        assertThat(widthOf(ColumnWidth.pixels(80))).isEqualTo("80px");
    }

    private static Object widthOf(ColumnWidth width) {
        return Column.of(List.of(TextBlock.of("x")), c -> c.width(width)).toMap().get("width");
    }

    @Test
    void aFactSetWritesTitlesAndValues() {
        FactSet facts = FactSet.of(Fact.of("Room", "Red"), Fact.of("Seats", "8"));

        assertThat(facts.toString()).isEqualTo(q("{'type':'FactSet','facts':[{'title':'Room','value':'Red'},"
                + "{'title':'Seats','value':'8'}]}"));
    }

    @Test
    void anImageSetWritesItsImagesAndTheirSize() {
        ImageSet set = ImageSet.of(List.of(Image.of("https://example.com/1.png"), Image.of("https://example.com/2.png")),
                s -> s.imageSize(ImageSize.MEDIUM));

        assertThat(set.toString()).isEqualTo(q("{'type':'ImageSet','images':[{'type':'Image',"
                + "'url':'https://example.com/1.png'},{'type':'Image','url':'https://example.com/2.png'}],"
                + "'imageSize':'medium'}"));
    }

    @Test
    void aContainerWritesItsItemsAndABackgroundImageObjectWhenItHasMoreThanAUrl() {
        Container container = Container.of(List.of(TextBlock.of("In")), c -> c.id("box")
                .style(ContainerStyle.ATTENTION).verticalContentAlignment(VerticalAlignment.BOTTOM).bleed(true)
                .minHeight(100)
                .backgroundImage(BackgroundImage.of("https://example.com/bg.png", b -> b.fillMode(ImageFillMode.REPEAT)
                        .horizontalAlignment(HorizontalAlignment.CENTER).verticalAlignment(VerticalAlignment.TOP)))
                .selectAction(ToggleVisibilityAction.of("More", TargetElement.toggle("x"))));

        assertThat(container.toString()).isEqualTo(q("{'type':'Container','id':'box',"
                + "'items':[{'type':'TextBlock','text':'In'}],'style':'attention','verticalContentAlignment':'bottom',"
                + "'bleed':true,'minHeight':'100px','backgroundImage':{'url':'https://example.com/bg.png',"
                + "'fillMode':'repeat','horizontalAlignment':'center','verticalAlignment':'top'},"
                + "'selectAction':{'type':'Action.ToggleVisibility','title':'More','targetElements':['x']}}"));
    }

    @Test
    void anActionSetWritesItsActions() {
        ActionSet set = ActionSet.of(SubmitAction.of("Yes"), OpenUrlAction.of("Docs", "https://example.com/docs"));

        assertThat(set.toString()).isEqualTo(q("{'type':'ActionSet','actions':[{'type':'Action.Submit','title':'Yes'},"
                + "{'type':'Action.OpenUrl','title':'Docs','url':'https://example.com/docs'}]}"));
    }

    @Test
    void aTextInputWritesItsIdLabelOwnPropertiesThenRequiredAndErrorMessage() {
        TextInput input = TextInput.of("comment", i -> i.label("Comment").placeholder("Say something").value("hi")
                .maxLength(500).isMultiline(true).style(TextInputStyle.EMAIL).regex("^.+$")
                .inlineAction(SubmitAction.of("Send")).isRequired(true).errorMessage("Write something")
                .spacing(Spacing.LARGE));

        assertThat(input.toString()).isEqualTo(q("{'type':'Input.Text','id':'comment','label':'Comment',"
                + "'placeholder':'Say something','value':'hi','maxLength':500,'isMultiline':true,'style':'email',"
                + "'regex':'^.+$','inlineAction':{'type':'Action.Submit','title':'Send'},'isRequired':true,"
                + "'errorMessage':'Write something','spacing':'large'}"));
    }

    @Test
    void aNumberInputWritesWholeNumbersWithoutADecimalPoint() {
        NumberInput input = NumberInput.of("people", i -> i.label("People").placeholder("How many?").value(2)
                .min(-1).max(12.5));

        assertThat(input.toString()).isEqualTo(q("{'type':'Input.Number','id':'people','label':'People',"
                + "'placeholder':'How many?','value':2,'min':-1,'max':12.5}"));
        assertThat(input.value()).isEqualTo(2.0);
    }

    @Test
    void aDateInputWritesIsoDates() {
        DateInput input = DateInput.of("day", i -> i.label("Day").placeholder("Pick")
                .value(LocalDate.of(2026, 3, 14)).min(LocalDate.of(2026, 1, 1)).max(LocalDate.of(2026, 12, 31)));

        assertThat(input.toString()).isEqualTo(q("{'type':'Input.Date','id':'day','label':'Day','placeholder':'Pick',"
                + "'value':'2026-03-14','min':'2026-01-01','max':'2026-12-31'}"));
    }

    @Test
    void aTimeInputWritesHoursAndMinutes() {
        TimeInput input = TimeInput.of("start", i -> i.placeholder("When").value(LocalTime.of(9, 30))
                .min(LocalTime.of(8, 0)).max(LocalTime.of(18, 0)));

        assertThat(input.toString()).isEqualTo(q("{'type':'Input.Time','id':'start','placeholder':'When',"
                + "'value':'09:30','min':'08:00','max':'18:00'}"));
    }

    @Test
    void aToggleInputWritesItsTitleAndValues() {
        ToggleInput input = ToggleInput.of("projector", "Projector", i -> i.value("yes").valueOn("yes")
                .valueOff("no").wrap(true));

        assertThat(input.toString()).isEqualTo(q("{'type':'Input.Toggle','id':'projector','title':'Projector',"
                + "'value':'yes','valueOn':'yes','valueOff':'no','wrap':true}"));
    }

    @Test
    void aChoiceSetInputWritesItsChoices() {
        ChoiceSetInput input = ChoiceSetInput.of("room", List.of(Choice.of("Red", "red"), Choice.of("Blue", "blue")),
                i -> i.label("Room").isMultiSelect(true).style(ChoiceSetStyle.EXPANDED).value("red,blue")
                        .placeholder("Pick").wrap(true));

        assertThat(input.toString()).isEqualTo(q("{'type':'Input.ChoiceSet','id':'room','label':'Room',"
                + "'choices':[{'title':'Red','value':'red'},{'title':'Blue','value':'blue'}],'isMultiSelect':true,"
                + "'style':'expanded','value':'red,blue','placeholder':'Pick','wrap':true}"));
    }

    @Test
    void everyElementNamesItsAdaptiveCardsType() {
        assertThat(List.of(TextBlock.of("t"), Image.of("u"), Media.of(), RichTextBlock.of(), ColumnSet.of(),
                Container.of(), FactSet.of(), ImageSet.of(), ActionSet.of(), TextInput.of("a"), NumberInput.of("b"),
                DateInput.of("c"), TimeInput.of("d"), ToggleInput.of("e", "E"), ChoiceSetInput.of("f")))
                .extracting(Element::type)
                .containsExactly("TextBlock", "Image", "Media", "RichTextBlock", "ColumnSet", "Container", "FactSet",
                        "ImageSet", "ActionSet", "Input.Text", "Input.Number", "Input.Date", "Input.Time",
                        "Input.Toggle", "Input.ChoiceSet");
    }

    @Test
    void textIsEscapedSoTheJsonStaysValid() {
        TextBlock block = TextBlock.of("say \"hi\" \\ to\n\u0001 \uD800 and 😀");

        assertThat(block.toString()).isEqualTo("{\"type\":\"TextBlock\",\"text\":\"say \\\"hi\\\" \\\\ to\\n\\u0001 "
                + "\\ud800 and 😀\"}");
        assertThat(Json.tree(block.toString()).get("text").asString()).isEqualTo("say \"hi\" \\ to\n\u0001 \uD800 and 😀");
    }
}
