package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.MAPPER;
import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The JSON text that {@link SparkObject#json()} and {@code toString()} produce. */
class JsonTextTest {

    private static String jsonOfText(String text) {
        return new Message(Map.of("text", text)).json();
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(jsonOfText("say \"hi\" \\o/")).isEqualTo("{\"text\":\"say \\\"hi\\\" \\\\o/\"}");
    }

    @Test
    void commonControlCharactersUseShortEscapes() {
        assertThat(jsonOfText("a\nb\rc\td\be\ff")).isEqualTo("{\"text\":\"a\\nb\\rc\\td\\be\\ff\"}");
    }

    @Test
    void otherControlCharactersUseUnicodeEscapes() {
        assertThat(jsonOfText("\u0000\u0001\u001f")).isEqualTo("{\"text\":\"\\u0000\\u0001\\u001F\"}");
    }

    @Test
    void unicodeTextIsWrittenAsItIs() {
        assertThat(jsonOfText("héllo wörld ✓ 日本 😀")).isEqualTo("{\"text\":\"héllo wörld ✓ 日本 😀\"}");
    }

    @Test
    void loneSurrogatesAreEscapedSoTheTextStaysValidUtf8() {
        assertThat(jsonOfText("a\uD800b\uDC00")).isEqualTo("{\"text\":\"a\\uD800b\\uDC00\"}");
    }

    @Test
    void fieldNamesAreEscapedToo() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("we\"ird\nkey", 1);

        assertThat(new Team(json).json()).isEqualTo("{\"we\\\"ird\\nkey\":1}");
    }

    @Test
    void jacksonReadsTheTextBackIntoTheSameValues() {
        String tricky = "quote \" backslash \\ slash / tab \t nul \u0000 del \u007f sep \u2028 emoji 😀 html </p>";
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", tricky);
        json.put("nested", Map.of("list", java.util.Arrays.asList(1, -2.5, true, null, "x")));
        Message message = new Message(json);

        Map<String, Object> reread = map(message.json());

        assertThat(reread.get("text")).isEqualTo(tricky);
        assertThat(new Message(reread)).isEqualTo(message);
    }

    @Test
    void textMatchesWhatJacksonWritesForTheSameObject() {
        Message message = new Message(map(MessageTest.SPEC_EXAMPLE));

        assertThat(message.json()).isEqualTo(MAPPER.writeValueAsString(message));
        assertThat(tree(message.json())).isEqualTo(tree(MessageTest.SPEC_EXAMPLE));
    }

    @Test
    void emptyObjectsAndArraysAreWrittenCompactly() {
        Team team = new Team(map("{\"a\": {}, \"b\": [], \"c\": [[]]}"));

        assertThat(team.json()).isEqualTo("{\"a\":{},\"b\":[],\"c\":[[]]}");
    }
}
