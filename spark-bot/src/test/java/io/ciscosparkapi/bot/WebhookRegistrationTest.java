package io.ciscosparkapi.bot;

import static io.ciscosparkapi.bot.FakeWorld.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookStatus;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Webhooks made to match the handlers at start, on the fake, across restarts. Each test runs once per transport, with
 * the bot's client on that transport.
 */
@ParameterizedClass(name = "bot on {0}")
@FieldSource("io.ciscosparkapi.bot.FakeWorld#TRANSPORTS")
class WebhookRegistrationTest {

    private final String transport;
    private FakeWorld world;
    private int port;

    WebhookRegistrationTest(String transport) {
        this.transport = transport;
    }

    @BeforeEach
    void setUp() {
        world = new FakeWorld(transport);
        port = freePort();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    private List<Webhook> webhooks() {
        return world.botApi.webhooks().list().toList();
    }

    private SparkBot.Builder everything() {
        return world.bot(port).command("/help", ctx -> { }).onCardSubmit(ctx -> { }).onAddedToRoom(ctx -> { })
                .onRemovedFromRoom(ctx -> { }).onRoom(ctx -> { });
    }

    private void startAndStop(SparkBot.Builder builder) {
        SparkBot bot = builder.build();
        bot.start();
        bot.stop();
    }

    @Test
    void startRegistersOneSignedWebhookPerKindOfEventHandled() {
        startAndStop(everything());

        String aboutTheBot = "personId=" + world.botUser.id();
        assertThat(webhooks()).extracting(Webhook::name, Webhook::resource, Webhook::event, Webhook::filter)
                .containsExactlyInAnyOrder(
                        tuple("spark-bot messages/created", "messages", "created", null),
                        tuple("spark-bot attachmentActions/created", "attachmentActions", "created", null),
                        tuple("spark-bot memberships/created", "memberships", "created", aboutTheBot),
                        tuple("spark-bot memberships/deleted", "memberships", "deleted", aboutTheBot),
                        tuple("spark-bot rooms/all", "rooms", "all", null));
        assertThat(webhooks()).allSatisfy(w -> {
            assertThat(w.targetUrl()).isEqualTo(FakeWorld.url(port));
            assertThat(w.secret()).isEqualTo(FakeWorld.SECRET);
            assertThat(w.status()).isEqualTo(WebhookStatus.ACTIVE);
        });
    }

    @Test
    void aRestartKeepsOneSetOfWebhooksAndChangesNothing() {
        startAndStop(everything());
        List<Webhook> before = webhooks();
        world.fake.journal().clear();

        startAndStop(everything());
        startAndStop(everything());

        assertThat(webhooks()).isEqualTo(before);
        assertThat(world.fake.journal().requests()).extracting(r -> r.method() + " " + r.path())
                .filteredOn(line -> line.contains("webhooks")).allMatch(line -> line.startsWith("GET "));
    }

    @Test
    void aNewUrlOrSecretUpdatesTheSameWebhooks() {
        startAndStop(world.bot(port).command("/help", ctx -> { }));
        Webhook before = webhooks().get(0);
        int newPort = freePort();

        startAndStop(SparkBot.builder(world.botApi).webhookSecret("rotated-secret").publicUrl(FakeWorld.url(newPort))
                .command("/help", ctx -> { }));

        assertThat(webhooks()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo(before.id());
            assertThat(w.targetUrl()).isEqualTo(FakeWorld.url(newPort));
            assertThat(w.secret()).isEqualTo("rotated-secret");
        });
    }

    @Test
    void aDisabledWebhookIsActivatedAgain() {
        startAndStop(world.bot(port).command("/help", ctx -> { }));
        Webhook w = webhooks().get(0);
        world.botApi.webhooks().update(w.id(), u -> u.name(w.name()).targetUrl(w.targetUrl())
                .status(WebhookStatus.INACTIVE));
        assertThat(webhooks().get(0).status()).isEqualTo(WebhookStatus.INACTIVE);

        startAndStop(world.bot(port).command("/help", ctx -> { }));

        assertThat(webhooks()).singleElement().satisfies(again -> {
            assertThat(again.id()).isEqualTo(w.id());
            assertThat(again.status()).isEqualTo(WebhookStatus.ACTIVE);
        });
    }

    @Test
    void staleWebhooksOfTheBotAreRemovedOnlyWhenAsked() {
        startAndStop(everything());

        startAndStop(world.bot(port).command("/help", ctx -> { }));
        assertThat(webhooks()).hasSize(5);

        startAndStop(world.bot(port).command("/help", ctx -> { }).removeStaleWebhooks(true));
        assertThat(webhooks()).extracting(Webhook::name).containsExactly("spark-bot messages/created");
    }

    @Test
    void webhooksOfOtherNamesAreLeftAlone() {
        Webhook mine = world.botApi.webhooks().create(w -> w.name("hand-made").targetUrl("https://example.com/hook")
                .resource("messages").event("created"));
        Webhook otherBot = world.botApi.webhooks().create(w -> w.name("spark-bot-2 messages/created")
                .targetUrl("https://example.com/other").resource("messages").event("created"));

        startAndStop(world.bot(port).command("/help", ctx -> { }).removeStaleWebhooks(true));

        assertThat(webhooks()).extracting(Webhook::id).contains(mine.id(), otherBot.id()).hasSize(3);
        assertThat(webhooks()).filteredOn(w -> w.name().equals("spark-bot messages/created")).hasSize(1);
    }

    @Test
    void twoBotsOnOneTokenKeepTheirWebhooksApartByName() {
        startAndStop(world.bot(port).webhookName("support").command("/help", ctx -> { }));
        startAndStop(world.bot(freePort()).webhookName("sales").command("/quote", ctx -> { }).removeStaleWebhooks(true));

        assertThat(webhooks()).extracting(Webhook::name)
                .containsExactlyInAnyOrder("support messages/created", "sales messages/created");
    }

    @Test
    void withoutAPublicUrlTheWebhooksAreLeftAsTheyAre() {
        startAndStop(SparkBot.builder(world.botApi).webhookSecret(FakeWorld.SECRET).command("/help", ctx -> { }));

        assertThat(webhooks()).isEmpty();
    }
}
