package io.ciscosparkapi.testkit.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The fake's own JSON writer writes the bytes Jackson writes, or leaves the tree to Jackson. */
class TreeWriterTest {

    private static byte[] jackson(JsonNode node) {
        return Json.MAPPER.writeValueAsBytes(node);
    }

    @Test
    void everyCharacterOutsideTheSurrogatesIsWrittenAsJacksonWritesIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            ObjectNode o = Json.object();
            String text = "a" + (char) c + "b" + (char) c;
            o.put(text, text);
            assertThat(TreeWriter.write(o)).as("U+%04X", c).isEqualTo(jackson(o));
        }
    }

    @Test
    void objectsArraysBooleansNullsAndWholeNumbersAreWrittenAsJacksonWritesThem() {
        ObjectNode o = Json.object();
        o.put("id", "Y2lzY29zcGFyazovL3VzL01FU1NBR0UvMTIz");
        o.put("text", "He said \"hi\" \\ then\nleft\ttabs\r\f\b, caf\u00e9 \u20ac \u0001\u001f\u007f / done");
        o.put("small", 7);
        o.put("negative", -42);
        o.put("long", Long.MIN_VALUE);
        o.put("short", (short) 12);
        o.put("yes", true);
        o.put("no", false);
        o.putNull("nothing");
        o.set("emails", Json.strings(java.util.List.of("a@example.com", "b@example.com")));
        ArrayNode nested = o.putArray("nested");
        nested.addObject().put("k", "v").putArray("empty");
        nested.addObject();
        nested.addArray();
        nested.add(3).add("x").addNull();

        assertThat(TreeWriter.write(o)).isEqualTo(jackson(o));
        assertThat(TreeWriter.write(Json.object())).isEqualTo(jackson(Json.object()));
    }

    @Test
    void fractionsBigNumbersAndSurrogatesAreLeftToJackson() {
        assertThat(TreeWriter.write(Json.object().put("d", 1.5))).isNull();
        assertThat(TreeWriter.write(Json.object().put("f", 1.0f))).isNull();
        assertThat(TreeWriter.write(Json.object().put("bd", new BigDecimal("1.50")))).isNull();
        assertThat(TreeWriter.write(Json.object().put("bi", new BigInteger("123456789012345678901234567890")))).isNull();
        assertThat(TreeWriter.write(Json.object().put("emoji", "\ud83d\ude00"))).isNull();
        assertThat(TreeWriter.write(Json.object().put("lone", "x\ud800y"))).isNull();
        assertThat(TreeWriter.write(Json.object().set("deep", Json.object().put("d", 0.1)))).isNull();
    }

    @Test
    void theJsonHelperWritesWhatJacksonWritesEitherWay() {
        ObjectNode o = Json.object().put("emoji", "\ud83d\ude00").put("d", 2.25).put("s", "plain");
        assertThat(Json.bytes(o)).isEqualTo(jackson(o));
        ObjectNode plain = Json.object().put("s", "plain").put("n", 1);
        assertThat(Json.bytes(plain)).isEqualTo(jackson(plain));
    }
}
