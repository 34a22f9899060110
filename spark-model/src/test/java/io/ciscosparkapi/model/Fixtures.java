package io.ciscosparkapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Ids and JSON examples of the API reference, and Jackson 3 helpers shared by the model tests. */
final class Fixtures {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    static final String ME = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMTExMTExMS1hYWFhLTRiYmItOGNjYy0wMDAwMDAwMDAwMDE";
    static final String BOB = "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8xMTExMTExMS1hYWFhLTRiYmItOGNjYy0wMDAwMDAwMDAwMDI";
    static final String ORG =
            "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8yMjIyMjIyMi1hYWFhLTRiYmItOGNjYy0wMDAwMDAwMDAwMDE";
    static final String ROOM = "Y2lzY29zcGFyazovL3VzL1JPT00vMzMzMzMzMzMtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx";
    static final String MSG = "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvNDQ0NDQ0NDQtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx";
    static final String TEAM = "Y2lzY29zcGFyazovL3VzL1RFQU0vNTU1NTU1NTUtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx";
    static final String MEMB = "Y2lzY29zcGFyazovL3VzL01FTUJFUlNISVAvMTExMTExMTEtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAy"
            + "OjMzMzMzMzMzLWFhYWEtNGJiYi04Y2NjLTAwMDAwMDAwMDAwMQ";
    static final String TMEMB = "Y2lzY29zcGFyazovL3VzL1RFQU1fTUVNQkVSU0hJUC8xMTExMTExMS1hYWFhLTRiYmItOGNjYy0wMDAwMDAw"
            + "MDAwMDE6NTU1NTU1NTUtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx";
    static final String WH = "Y2lzY29zcGFyazovL3VzL1dFQkhPT0svNjY2NjY2NjYtYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAx";
    static final String AA = "Y2lzY29zcGFyazovL3VzL0FUVEFDSE1FTlRfQUNUSU9OLzc3Nzc3Nzc3LWFhYWEtNGJiYi04Y2NjLTAwMDAwMDAwMDAwMQ";
    static final String APP = "Y2lzY29zcGFyazovL3VzL0FQUExJQ0FUSU9OLzg4ODg4ODg4LWFhYWEtNGJiYi04Y2NjLTAwMDAwMDAwMDAwMQ";

    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        SYMBOLS.put("<ME>", ME);
        SYMBOLS.put("<BOB>", BOB);
        SYMBOLS.put("<ORG>", ORG);
        SYMBOLS.put("<ROOM>", ROOM);
        SYMBOLS.put("<MSG>", MSG);
        SYMBOLS.put("<TEAM>", TEAM);
        SYMBOLS.put("<MEMB>", MEMB);
        SYMBOLS.put("<TMEMB>", TMEMB);
        SYMBOLS.put("<WH>", WH);
        SYMBOLS.put("<AA>", AA);
        SYMBOLS.put("<APP>", APP);
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private Fixtures() {
    }

    /** Replaces the symbols of the API reference ({@code <ME>}, {@code <ROOM>}...) by the ids they stand for. */
    static String ids(String json) {
        String result = json;
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            result = result.replace(symbol.getKey(), symbol.getValue());
        }
        assertThat(result).as("every symbol of the example is known").doesNotContainPattern("<[A-Z]{2,}>");
        return result;
    }

    /** Parses a JSON object with Jackson 3 into plain maps, lists, strings, numbers and booleans. */
    static Map<String, Object> map(String json) {
        return MAPPER.readValue(json, MAP);
    }

    /** Parses JSON text into a Jackson tree, for order-insensitive comparisons. */
    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /** Writes a value with Jackson 3 and reads the text back as a tree. */
    static JsonNode writtenByJackson(Object value) {
        return MAPPER.readTree(MAPPER.writeValueAsString(value));
    }

    /**
     * Reads an example both ways (constructor on a Jackson map, and Jackson data binding), checks that both give the
     * same model, that the model knows every field, and that Jackson and {@link SparkObject#json()} write the same JSON
     * back; returns the model for assertions on its getters.
     */
    static <T extends SparkObject> T readDocumented(String json, Function<Map<String, Object>, T> constructor,
            Class<T> type) {
        T fromMap = constructor.apply(map(json));
        T bound = MAPPER.readValue(json, type);

        assertThat(bound).isInstanceOf(type).isEqualTo(fromMap);
        assertThat(fromMap.unknownFields()).as("fields the model does not know").isEmpty();
        assertThat(writtenByJackson(fromMap)).isEqualTo(tree(json));
        assertThat(tree(fromMap.json())).isEqualTo(tree(json));
        assertThat(fromMap.json()).isEqualTo(MAPPER.writeValueAsString(MAPPER.readTree(json)));
        return fromMap;
    }
}
