package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The items of a list page as the codec reads them: each exactly as sent, however much the items
 * of one page look alike (the codec shares their field names and the strings that repeat).
 */
class JsonCodecTest {

    private static List<Map<String, Object>> items(String page) throws IOException {
        return JsonCodec.readItems(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                Function.identity(), "GET https://webexapis.com/v1/messages");
    }

    private static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void itemsThatRepeatAValueAndItemsThatDifferByOneCharacterAreEachReadAsSent() throws IOException {
        List<Map<String, Object>> read = items("""
                {"items":[
                  {"id":"m-0001-a","roomId":"room","personEmail":"ann@example.com","text":"same"},
                  {"id":"m-0002-a","roomId":"room","personEmail":"ann@example.com","text":"same"},
                  {"id":"m-0002-a","roomId":"roam","personEmail":"bob@example.com","text":"sane"},
                  {"id":"m-0003-a","roomId":"room","personEmail":"ann@example.com","text":""},
                  {"id":"m-0003-a","roomId":"room","personEmail":"ann@example.com","text":""}
                ]}""");

        assertThat(read).containsExactly(
                object("id", "m-0001-a", "roomId", "room", "personEmail", "ann@example.com", "text", "same"),
                object("id", "m-0002-a", "roomId", "room", "personEmail", "ann@example.com", "text", "same"),
                object("id", "m-0002-a", "roomId", "roam", "personEmail", "bob@example.com", "text", "sane"),
                object("id", "m-0003-a", "roomId", "room", "personEmail", "ann@example.com", "text", ""),
                object("id", "m-0003-a", "roomId", "room", "personEmail", "ann@example.com", "text", ""));
    }

    @Test
    void valuesThatRepeatAfterManyDifferentOnesAreStillReadAsSent() throws IOException {
        StringBuilder page = new StringBuilder("{\"items\":[");
        List<Map<String, Object>> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // the sender changes on every item for a while, then stays the same
            String sender = i < 20 ? "person" + i + "@example.com" : "same@example.com";
            page.append(i == 0 ? "" : ",").append("{\"id\":\"m").append(i).append("\",\"personEmail\":\"")
                    .append(sender).append("\"}");
            expected.add(object("id", "m" + i, "personEmail", sender));
        }

        assertThat(items(page.append("]}").toString())).isEqualTo(expected);
    }

    @Test
    void itemsWhoseFieldsDifferInNumberOrOrderKeepTheirOwnFields() throws IOException {
        List<Map<String, Object>> read = items("""
                {"items":[
                  {"id":"a","roomId":"r","text":"t"},
                  {"id":"b","roomId":"r"},
                  {"roomId":"r","id":"c","text":"t"},
                  {"id":"d","roomId":"r","text":"t","files":["f1","f2"]},
                  {},
                  {"id":"e","roomId":"r","text":"t"}
                ]}""");

        assertThat(read).containsExactly(
                object("id", "a", "roomId", "r", "text", "t"),
                object("id", "b", "roomId", "r"),
                object("roomId", "r", "id", "c", "text", "t"),
                object("id", "d", "roomId", "r", "text", "t", "files", List.of("f1", "f2")),
                Map.of(),
                object("id", "e", "roomId", "r", "text", "t"));
        assertThat(new ArrayList<>(read.get(2).keySet())).containsExactly("roomId", "id", "text");
    }

    @Test
    void longEscapedAndNonAsciiStringsAreReadAsSent() throws IOException {
        String longText = "x".repeat(300);
        String almostLong = "y".repeat(RepeatedStrings.LONGEST);
        List<Map<String, Object>> read = items("{\"items\":["
                + "{\"text\":\"" + longText + "\",\"html\":\"" + almostLong + "\",\"name\":\"caf\\u00e9 \\\"quoted\\\"\\n\","
                + "\"emoji\":\"\uD83D\uDE00\"},"
                + "{\"text\":\"" + longText + "\",\"html\":\"" + almostLong + "\",\"name\":\"café \\\"quoted\\\"\\n\","
                + "\"emoji\":\"\\ud83d\\ude00\"},"
                + "{\"text\":\"" + longText + "!\",\"html\":\"" + almostLong.substring(1) + "z\",\"name\":\"cafe\","
                + "\"emoji\":\"\uD83D\uDE01\"}]}");

        Map<String, Object> first = object("text", longText, "html", almostLong, "name", "café \"quoted\"\n",
                "emoji", "\uD83D\uDE00");
        assertThat(read).containsExactly(first, first,
                object("text", longText + "!", "html", almostLong.substring(1) + "z", "name", "cafe",
                        "emoji", "\uD83D\uDE01"));
    }

    @Test
    void nestedValuesNumbersAndNullsOfItemsAreReadAsSent() throws IOException {
        List<Map<String, Object>> read = items("""
                {"items":[
                  {"id":"a","n":1,"big":12345678901234567890,"f":1.5,"t":true,"nil":null,
                   "attachments":[{"contentType":"card","content":{"body":[]}}],"mentioned":["p1",null]},
                  {"id":"b","n":2,"big":1,"f":-0.5,"t":false,"nil":null,
                   "attachments":[{"contentType":"card","content":{"body":[{"type":"TextBlock"}]}}],"mentioned":[]}
                ],"notItems":{"ignored":[1,2]}}""");

        assertThat(read).containsExactly(
                object("id", "a", "n", 1, "big", new java.math.BigInteger("12345678901234567890"), "f", 1.5, "t", true,
                        "nil", null, "attachments", List.of(object("contentType", "card", "content", object("body", List.of()))),
                        "mentioned", Arrays.asList("p1", null)),
                object("id", "b", "n", 2, "big", 1, "f", -0.5, "t", false, "nil", null,
                        "attachments", List.of(object("contentType", "card",
                                "content", object("body", List.of(object("type", "TextBlock"))))),
                        "mentioned", List.of()));
    }

    @Test
    void aFieldGivenTwiceInAnItemKeepsItsFirstPlaceAndItsLastValue() throws IOException {
        List<Map<String, Object>> read = items("""
                {"items":[{"id":"a","text":"first","roomId":"r","text":"second"},{"id":"b","text":"x","roomId":"r"}]}""");

        assertThat(read).containsExactly(object("id", "a", "text", "second", "roomId", "r"),
                object("id", "b", "text", "x", "roomId", "r"));
        assertThat(new ArrayList<>(read.get(0).keySet())).containsExactly("id", "text", "roomId");
    }

    @Test
    void theItemsCannotBeChanged() throws IOException {
        Map<String, Object> item = items("{\"items\":[{\"id\":\"a\",\"files\":[\"f\"]}]}").get(0);

        assertThatThrownBy(() -> item.put("id", "b")).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> files = (List<Object>) item.get("files");
        assertThatThrownBy(() -> files.add("g")).isInstanceOf(UnsupportedOperationException.class);
    }
}
