package io.ciscosparkapi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.testkit.FakeSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    private static String run(boolean overHttp) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FakeSpark spark = FakeSpark.create()) {
            CiscoSparkAPI.Builder builder = CiscoSparkAPI.builder().accessToken(spark.admin().token()).strictModels(true);
            if (overHttp) {
                builder.baseUrl(spark.startHttp());
            } else {
                builder.baseUrl("http://fake-spark.invalid/v1/").transport(spark.transport());
            }
            try (CiscoSparkAPI api = builder.build()) {
                new Quickstart(api, new PrintStream(bytes, true, StandardCharsets.UTF_8), true).run();
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void quickstartWalksEverySectionOfTheSeedOnTheFakeOverHttp() {
        String out = run(true);
        assertThat(out).contains("me.displayName() = Admin Example");
        assertThat(out).contains("Person({\"id\":\"");
        assertThat(out).contains("Doh!  I forgot that I am automatically added to a room when I create it.");
        assertThat(out).contains("room.teamId() = null");
        assertThat(out).contains("Found: Room({");
        assertThat(out).contains("group rooms:  " + (Quickstart.EXTRA_ROOMS + 1) + " (3 pages of 50)");
        assertThat(out).contains("group rooms, iterated again after creating one more: " + (Quickstart.EXTRA_ROOMS + 2));
        assertThat(out).contains("rooms().list().toList() holds " + (Quickstart.EXTRA_ROOMS + 2) + " rooms");
        assertThat(out).endsWith("Quickstart complete." + System.lineSeparator());
    }

    @Test
    void quickstartRunsTheSameInProcess() {
        assertThat(run(false)).contains("Doh!").contains("Quickstart complete.");
    }
}
