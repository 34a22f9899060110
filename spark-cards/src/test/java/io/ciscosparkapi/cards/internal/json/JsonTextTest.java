package io.ciscosparkapi.cards.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The compact JSON text written for each kind of value. */
class JsonTextTest {

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(JsonText.write("a\"b\\c\nd\re\tf\bg\fh\u0000\u001f"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0000\\u001f\"");
    }

    @Test
    void unicodeIsWrittenAsItIsButLoneSurrogatesAreEscaped() {
        assertThat(JsonText.write("é ✓ 😀 \u2028")).isEqualTo("\"é ✓ 😀 \u2028\"");
        assertThat(JsonText.write("a\uD800b\uDC00")).isEqualTo("\"a\\ud800b\\udc00\"");
        assertThat(JsonText.write("\uDC00\uD800")).isEqualTo("\"\\udc00\\ud800\"");
    }

    @Test
    void objectsKeepTheirOrderAndArraysTheirNulls() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("z", 1);
        object.put("a", Arrays.asList(null, true, false));
        object.put("e", Map.of());
        object.put("l", List.of());

        assertThat(JsonText.write(object)).isEqualTo("{\"z\":1,\"a\":[null,true,false],\"e\":{},\"l\":[]}");
    }

    @Test
    void numbersAreWrittenAsJavaPrintsThem() {
        assertThat(JsonText.write(List.of(1, -2L, 2.5, 1e21, 0.1f, new BigDecimal("1.50"), new BigInteger("12345678901234567890"))))
                .isEqualTo("[1,-2,2.5,1.0E21,0.1,1.50,12345678901234567890]");
    }

    @Test
    void somethingThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> JsonText.write(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonText.write(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
