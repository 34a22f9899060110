package io.ciscosparkapi.model;

import static io.ciscosparkapi.model.Fixtures.map;
import static io.ciscosparkapi.model.Fixtures.readDocumented;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LicenseTest {

    /** The example of the API reference, section 2.9. */
    static final String SPEC_EXAMPLE = """
            {"id": "Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvMjIyMjIyMjItYWFhYS00YmJiLThjY2MtMDAwMDAwMDAwMDAxOk1TXzk5OTk5OTk5LWFhYWEtNGJiYi04Y2NjLTAwMDAwMDAwMDAwMQ",
             "name": "Messaging", "totalUnits": 50, "consumedUnits": 3}
            """;

    @Test
    void specExampleReadsIntoTypedGetters() {
        License license = readDocumented(SPEC_EXAMPLE, License::new, License.class);

        assertThat(license.id()).isEqualTo("Y2lzY29zcGFyazovL3VzL0xJQ0VOU0UvMjIyMjIyMjItYWFhYS00YmJiLThjY2MtMDAwMDAwMDAw"
                + "MDAxOk1TXzk5OTk5OTk5LWFhYWEtNGJiYi04Y2NjLTAwMDAwMDAwMDAwMQ");
        assertThat(license.name()).isEqualTo("Messaging");
        assertThat(license.totalUnits()).isEqualTo(50);
        assertThat(license.consumedUnits()).isEqualTo(3);
        assertThat(license.subscriptionId()).isNull();
        assertThat(license.siteUrl()).isNull();
        assertThat(license.siteType()).isNull();
    }

    @Test
    void v2FieldsReadIntoTypedGetters() {
        License license = readDocumented(FullExamples.LICENSE, License::new, License.class);

        assertThat(license.totalUnits()).isEqualTo(25);
        assertThat(license.consumedUnits()).isEqualTo(7);
        assertThat(license.subscriptionId()).isEqualTo("Sub12345");
        assertThat(license.siteUrl()).isEqualTo("example.webex.com");
        assertThat(license.siteType()).isEqualTo("Control Hub managed site");
    }

    @Test
    void unitCountsBeyondTheIntRangeReadNullButStayReadableRaw() {
        License license = new License(map("{\"totalUnits\": 3000000000, \"consumedUnits\": 3.5}"));

        assertThat(license.totalUnits()).isNull();
        assertThat(license.get("totalUnits")).isEqualTo(3_000_000_000L);
        assertThat(license.consumedUnits()).isNull();
        assertThat(license.get("consumedUnits")).isEqualTo(3.5);
    }

    @Test
    void wholeNumbersOfAnyJavaNumberTypeReadAsIntegers() {
        assertThat(new License(Map.of("totalUnits", 50L)).totalUnits()).isEqualTo(50);
        assertThat(new License(Map.of("totalUnits", 50.0)).totalUnits()).isEqualTo(50);
        assertThat(new License(Map.of("totalUnits", new java.math.BigDecimal("5E1"))).totalUnits()).isEqualTo(50);
        assertThat(new License(Map.of("totalUnits", java.math.BigInteger.valueOf(50))).totalUnits()).isEqualTo(50);
    }
}
