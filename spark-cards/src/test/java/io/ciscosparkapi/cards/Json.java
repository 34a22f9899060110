package io.ciscosparkapi.cards;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** States expected JSON readably, and reads what a card writes with an independent parser. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** Compact JSON written with single quotes, for expected texts without escaped double quotes. */
    static String q(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** Reads JSON text with Jackson; fails the test if it is not valid JSON. */
    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** Writes a value with Jackson, as an HTTP client's JSON layer would. */
    static String jackson(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
