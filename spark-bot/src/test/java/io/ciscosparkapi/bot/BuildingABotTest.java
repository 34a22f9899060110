package io.ciscosparkapi.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.CiscoSparkAPI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the builder and the replies refuse, each with a message naming what was wrong, before any request. */
class BuildingABotTest {

    private final CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken("unused-token")
            .baseUrl("http://127.0.0.1:9/v1/").transport("jdk").build();

    @AfterEach
    void tearDown() {
        api.close();
    }

    private SparkBot.Builder builder() {
        return SparkBot.builder(api).webhookSecret("secret");
    }

    @Test
    void aBotNeedsASecret() {
        assertThatThrownBy(() -> SparkBot.builder(api).command("/help", ctx -> { }).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("webhookSecret is required");
        assertThatThrownBy(() -> SparkBot.builder(api).webhookSecret(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhookSecret");
    }

    @Test
    void aBotNeedsAHandler() {
        assertThatThrownBy(() -> builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least one handler");
    }

    @Test
    void aPublicUrlMustBeAbsoluteHttpWithAHost() {
        for (String url : new String[] {"/webhooks", "ftp://bot.example.com/x", "https:///x", "http://bad host/"}) {
            assertThatThrownBy(() -> builder().publicUrl(url)).as(url).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("publicUrl");
        }
        builder().publicUrl("https://bot.example.com/webhooks");
    }

    @Test
    void aCommandIsOneWordRegisteredOnceWhateverItsCase() {
        assertThatThrownBy(() -> builder().command("/two words", ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/two words");
        assertThatThrownBy(() -> builder().command("", ctx -> { })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder().command("/help", ctx -> { }).command("/HELP", ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/HELP is registered already");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> builder().threads(0)).hasMessageContaining("threads");
        assertThatThrownBy(() -> builder().queueCapacity(0)).hasMessageContaining("queueCapacity");
        assertThatThrownBy(() -> builder().maxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> builder().readTimeout(Duration.ZERO)).hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> builder().drainTimeout(Duration.ofSeconds(-1))).hasMessageContaining("drainTimeout");
        assertThatThrownBy(() -> builder().command("/x", c -> { }).build().start(70000)).hasMessageContaining("port");
    }

    @Test
    void aReplyNeedsTextOrMarkdownEvenWithACard() {
        assertThatThrownBy(() -> Reply.of(r -> { })).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A reply needs text or markdown");
        Map<String, Object> card = Map.of("type", "AdaptiveCard", "version", "1.3", "body", java.util.List.of());
        assertThatThrownBy(() -> Reply.of(r -> r.card(card))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs text or markdown too");
        Reply.of(r -> r.text("fallback").card(card));
    }

    @Test
    void aRawCardMustBeAnAdaptiveCardWebexRenders() {
        assertThatThrownBy(() -> Reply.of(r -> r.text("x").card(Map.of("type", "HeroCard"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBotIsStartedOnceAndNotAfterStop() {
        SparkBot bot = builder().command("/x", c -> { }).build();
        bot.stop();

        assertThatThrownBy(bot::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a stopped bot does not start again");
        assertThatThrownBy(bot::address).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(bot::me).isInstanceOf(IllegalStateException.class);
        assertThat(bot.handler()).isSameAs(bot.handler());
    }
}
