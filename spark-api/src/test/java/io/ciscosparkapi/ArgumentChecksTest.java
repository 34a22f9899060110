package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Input the API would refuse is refused by the SDK first, naming the parameter, with nothing sent. */
class ArgumentChecksTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private final CiscoSparkAPI api = WireMockSpark.client(spark);

    @AfterEach
    void nothingWasSent() {
        spark.verify(0, anyRequestedFor(anyUrl()));
        api.close();
    }

    @Test
    void messageTextOverTheApisLimitIsRefused() {
        String tooLong = "a".repeat(Arguments.MAX_MESSAGE_BYTES + 1);
        assertThatThrownBy(() -> api.messages().create("R", tooLong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text is 7440 bytes long in UTF-8; the API accepts at most 7439");
        assertThatThrownBy(() -> api.messages().create(m -> m.roomId("R").markdown("é".repeat(3720))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("markdown is 7440 bytes");
        assertThatThrownBy(() -> api.messages().update("M", m -> m.roomId("R").text("t").html("<p>" + tooLong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("html is");
        assertThatThrownBy(() -> api.messages().create(m -> m.roomId("R").field("text", tooLong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("text is");
    }

    @Test
    void textAtTheLimitIsAccepted() {
        assertThatCode(() -> Arguments.withinMessageLimit(java.util.Map.of("text", "é".repeat(3719) + "a"), "text"))
                .doesNotThrowAnyException();
    }

    @Test
    void eMailAddressesThatCannotBeValidAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> api.messages().create(m -> m.toPersonEmail("a@b@c").text("hi")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("toPersonEmail 'a@b@c' is not an e-mail address: it has more than one @");
        assertThatThrownBy(() -> api.memberships().create(m -> m.roomId("R").personEmail("bob example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("personEmail 'bob example.com'");
        assertThatThrownBy(() -> api.teamMemberships().create(m -> m.teamId("T").personEmail("bob@")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing comes after the @");
        assertThatThrownBy(() -> api.people().create(p -> p.emails("ok@example.com", "@example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("emails[1] '@example.com'");
        assertThatThrownBy(() -> api.people().list(q -> q.email("bob@example..com")).iterator())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty label");
        assertThatThrownBy(() -> api.memberships().list(q -> q.roomId("R").personEmail("no-at-sign")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("it has no @");
        assertThatThrownBy(() -> api.messages().listDirect(q -> q.personEmail("bob@-example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("personEmail");
    }

    @Test
    void plausibleAddressesAreAccepted() {
        for (String address : new String[] {"bob@example.com", "first.last+tag@sub.example.co.uk", "x@localhost",
                "jürgen@bücher.example", "ops@[192.0.2.1]"}) {
            assertThatCode(() -> Arguments.email(address, "email")).as(address).doesNotThrowAnyException();
        }
    }
}
