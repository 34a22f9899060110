package io.ciscosparkapi.bot;

import static io.ciscosparkapi.bot.FakeWorld.freePort;
import static io.ciscosparkapi.bot.FakeWorld.next;
import static io.ciscosparkapi.bot.FakeWorld.queue;
import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.Webhooks;
import io.ciscosparkapi.cards.AdaptiveCard;
import io.ciscosparkapi.cards.Choice;
import io.ciscosparkapi.cards.ChoiceSetInput;
import io.ciscosparkapi.cards.SubmitAction;
import io.ciscosparkapi.cards.TextBlock;
import io.ciscosparkapi.cards.TextInput;
import io.ciscosparkapi.model.AttachmentAction;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomType;
import io.ciscosparkapi.testkit.WebhookDelivery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The bot end to end on the fake Spark over loopback HTTP: people post, the fake delivers signed webhooks to the
 * running bot, the bot answers through the fake, and the tests read the answers as the people would. Each test runs
 * once per transport, with the bot's client on that transport.
 */
@ParameterizedClass(name = "bot on {0}")
@FieldSource("io.ciscosparkapi.bot.FakeWorld#TRANSPORTS")
class BotEndToEndTest {

    private final String transport;
    private FakeWorld world;
    private int port;

    BotEndToEndTest(String transport) {
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

    private String mention() {
        return "<@personId:" + world.botUser.id() + "|Concierge>";
    }

    private Message newestIn(Room room) {
        return world.aliceApi.messages().list(room.id()).first(1).get(0);
    }

    @Test
    void helpPostedInAGroupRoomMentioningTheBotIsAnsweredInThatRoom() throws Exception {
        BlockingQueue<CommandContext> seen = queue();
        world.start(world.bot(port).command("/help", ctx -> {
            ctx.reply("Try /status");
            seen.add(ctx);
        }), port);
        Room room = world.groupRoomWithTheBot("Project Unicorn");

        Message asked = world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /help me"));

        CommandContext ctx = next(seen);
        assertThat(ctx.message().id()).isEqualTo(asked.id());
        assertThat(ctx.message().text()).isEqualTo("Concierge /help me");
        assertThat(ctx.text()).isEqualTo("/help me");
        assertThat(ctx.command()).isEqualTo("/help");
        assertThat(ctx.args()).isEqualTo("me");
        assertThat(ctx.personId()).isEqualTo(world.alice.id());
        Message reply = newestIn(room);
        assertThat(reply.text()).isEqualTo("Try /status");
        assertThat(reply.personId()).isEqualTo(world.botUser.id());
        assertThat(reply.parentId()).isNull();
    }

    @Test
    void aMessageThatIsNoCommandReachesOnMessageWithTheMentionStripped() throws Exception {
        BlockingQueue<MessageContext> seen = queue();
        world.start(world.bot(port).command("/help", ctx -> { })
                .onMessage(ctx -> {
                    ctx.reply("You said: " + ctx.text());
                    seen.add(ctx);
                }), port);
        Room room = world.groupRoomWithTheBot("Chat");

        world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + ", /helpme **now**"));

        MessageContext ctx = next(seen);
        assertThat(ctx).isNotInstanceOf(CommandContext.class);
        assertThat(ctx.text()).isEqualTo("/helpme now");
        assertThat(newestIn(room).text()).isEqualTo("You said: /helpme now");
    }

    @Test
    void commandsMatchWhateverTheCaseAndSplitTheirArguments() throws Exception {
        BlockingQueue<CommandContext> seen = queue();
        world.start(world.bot(port).command("/echo", ctx -> seen.add(ctx)), port);
        Room room = world.groupRoomWithTheBot("Echo");

        world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /ECHO  one   two "));

        CommandContext ctx = next(seen);
        assertThat(ctx.command()).isEqualTo("/echo");
        assertThat(ctx.args()).isEqualTo("one   two");
        assertThat(ctx.argList()).containsExactly("one", "two");
    }

    @Test
    void theBotsOwnMessagesNeverReachAHandler() throws Exception {
        BlockingQueue<MessageContext> seen = queue();
        world.start(world.bot(port).onMessage(ctx -> {
            ctx.reply("You said: " + ctx.text());
            seen.add(ctx);
        }), port);

        world.aliceApi.messages().create(m -> m.toPersonId(world.botUser.id()).text("hello"));

        MessageContext ctx = next(seen);
        assertThat(ctx.message().roomType()).isEqualTo(RoomType.DIRECT);
        assertThat(ctx.text()).isEqualTo("hello");
        // Alice's message, then the bot's own reply, which the fake delivers to the bot too (a direct room).
        List<WebhookDelivery> deliveries = world.fake.awaitDeliveries(2, FakeWorld.WAIT);
        assertThat(deliveries).hasSize(2);
        assertThat(deliveries.get(1).body()).contains(world.botUser.id());
        assertThat(deliveries).extracting(WebhookDelivery::status)
                .containsExactly(DeliveryResult.ACCEPTED.status(), DeliveryResult.IGNORED.status());
        assertThat(seen).isEmpty();
    }

    @Test
    void replyInThreadAnswersInTheThreadOfTheMessage() throws Exception {
        BlockingQueue<Message> replies = queue();
        world.start(world.bot(port).command("/status", ctx -> replies.add(ctx.replyInThread("All green"))), port);
        Room room = world.groupRoomWithTheBot("Builds");

        Message asked = world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /status"));

        Message reply = next(replies);
        assertThat(reply.parentId()).isEqualTo(asked.id());
        assertThat(world.aliceApi.messages().listReplies(asked).toList()).extracting(Message::text)
                .containsExactly("All green");
    }

    @Test
    void replyDirectlyAnswersThePersonInTheirDirectRoomWithTheBot() throws Exception {
        BlockingQueue<Message> replies = queue();
        world.start(world.bot(port).command("/secret", ctx -> replies.add(ctx.replyDirectly(
                r -> r.markdown("The code is **42**")))), port);
        Room room = world.groupRoomWithTheBot("Open plan");

        world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /secret"));

        Message reply = next(replies);
        assertThat(reply.roomType()).isEqualTo(RoomType.DIRECT);
        assertThat(world.aliceApi.messages().listDirect(q -> q.personId(world.botUser.id())).toList())
                .extracting(Message::text).containsExactly("The code is 42");
        assertThat(newestIn(room).personId()).isEqualTo(world.alice.id());
    }

    @Test
    void aCardSentAsAReplyReachesThePersonWithItsInputs() throws Exception {
        AdaptiveCard form = AdaptiveCard.of(c -> c
                .body(TextBlock.of("Who are you?"), TextInput.of("name", i -> i.label("Name")))
                .actions(SubmitAction.of("Send")));
        BlockingQueue<Message> replies = queue();
        world.start(world.bot(port).command("/form", ctx -> replies.add(ctx.reply(r -> r.text("A form").card(form)))),
                port);
        Room room = world.groupRoomWithTheBot("Forms");

        world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /form"));

        next(replies);
        Message card = newestIn(room);
        assertThat(card.text()).isEqualTo("A form");
        assertThat(card.attachments()).hasSize(1);
        assertThat(card.attachments().get(0).contentType()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(card.attachments().get(0).content()).isEqualTo(form.toMap());
    }

    /** A booking form: two inputs and a submit action. */
    private static final AdaptiveCard BOOKING = AdaptiveCard.of(c -> c
            .body(TextBlock.of("Book a room"), TextInput.of("name", i -> i.label("Your name")),
                    ChoiceSetInput.of("room", List.of(Choice.of("Red", "red"), Choice.of("Blue", "blue")),
                            i -> i.label("Room")))
            .actions(SubmitAction.of("Book")));

    @Test
    void aCardTheBotSentIsSubmittedByAPersonAndTheHandlerSeesItsInputsAndAnswersInItsThread() throws Exception {
        BlockingQueue<Message> cards = queue();
        BlockingQueue<CardSubmitContext> submitted = queue();
        world.start(world.bot(port)
                .command("/book", ctx -> cards.add(ctx.reply(r -> r.text("Book a room").card(BOOKING))))
                .onCardSubmit(ctx -> {
                    ctx.replyInThread("Booked " + ctx.inputs().get("room") + " for " + ctx.inputs().get("name"));
                    submitted.add(ctx);
                }), port);
        Room room = world.groupRoomWithTheBot("Facilities");
        world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /book"));
        Message card = world.aliceApi.messages().get(next(cards).id());
        assertThat(card.attachments()).singleElement()
                .satisfies(a -> assertThat(a.content()).isEqualTo(BOOKING.toMap()));

        AttachmentAction action = world.aliceApi.attachmentActions().create(card.id(),
                Map.of("name", "Alice", "room", "red"));

        CardSubmitContext ctx = next(submitted);
        assertThat(ctx.inputs()).containsExactlyInAnyOrderEntriesOf(Map.of("name", "Alice", "room", "red"));
        assertThat(ctx.action().id()).isEqualTo(action.id());
        assertThat(ctx.cardMessageId()).isEqualTo(card.id());
        assertThat(ctx.roomId()).isEqualTo(room.id());
        assertThat(ctx.personId()).isEqualTo(world.alice.id());
        assertThat(ctx.event().resource()).isEqualTo("attachmentActions");
        assertThat(world.aliceApi.messages().listReplies(card).toList()).singleElement().satisfies(reply -> {
            assertThat(reply.text()).isEqualTo("Booked red for Alice");
            assertThat(reply.personId()).isEqualTo(world.botUser.id());
        });
    }

    @Test
    void theInputsOfASubmissionAreFetchedSinceItsDeliveryCarriesIdsOnly() throws Exception {
        BlockingQueue<Message> cards = queue();
        BlockingQueue<CardSubmitContext> submitted = queue();
        world.start(world.bot(port)
                .command("/book", ctx -> cards.add(ctx.reply(r -> r.text("Book a room").card(BOOKING))))
                .onCardSubmit(submitted::add), port);
        Room room = world.groupRoomWithTheBot("Fetching");
        world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /book"));
        Message card = next(cards);
        world.fake.journal().clear();

        AttachmentAction action = world.aliceApi.attachmentActions().create(card.id(), Map.of("name", "Alice"));

        assertThat(next(submitted).inputs()).containsExactly(Map.entry("name", "Alice"));
        WebhookDelivery delivery = world.fake.awaitDeliveries(2, FakeWorld.WAIT).stream()
                .filter(d -> d.body().contains("\"attachmentActions\"")).findFirst().orElseThrow();
        assertThat(delivery.body()).contains(action.id()).doesNotContain("inputs");
        assertThat(delivery.status()).isEqualTo(DeliveryResult.ACCEPTED.status());
        assertThat(world.fake.journal().requests())
                .filteredOn(r -> ("Bearer " + world.botUser.token()).equals(r.authorization()))
                .extracting(r -> r.method() + " " + r.path())
                .containsExactly("GET /v1/attachment/actions/" + action.id());
    }

    @Test
    void aSubmissionOfACardSentInAThreadIsAnsweredInThatThread() throws Exception {
        BlockingQueue<Message> cards = queue();
        BlockingQueue<Message> answers = queue();
        world.start(world.bot(port)
                .command("/book", ctx -> cards.add(ctx.replyInThread(r -> r.text("Book a room").card(BOOKING))))
                .onCardSubmit(ctx -> answers.add(ctx.replyInThread("Booked " + ctx.inputs().get("room")))), port);
        Room room = world.groupRoomWithTheBot("Threads");
        Message asked = world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /book"));
        Message card = next(cards);
        assertThat(card.parentId()).isEqualTo(asked.id());

        world.aliceApi.attachmentActions().create(card.id(), Map.of("room", "blue"));

        assertThat(next(answers).parentId()).isEqualTo(asked.id());
        assertThat(world.aliceApi.messages().listReplies(asked).toList()).extracting(Message::text)
                .containsExactlyInAnyOrder("Book a room", "Booked blue");
    }

    @Test
    void aForgedDeliveryIsRefusedBeforeTheBotCallsAnything() throws Exception {
        BlockingQueue<CommandContext> seen = queue();
        SparkBot bot = world.start(world.bot(port).command("/help", seen::add), port);
        Room room = world.groupRoomWithTheBot("Forgery");
        Message real = world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /help"));
        next(seen);
        String body = world.fake.awaitDeliveries(1, FakeWorld.WAIT).get(0).body();
        world.fake.journal().clear();

        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertThat(world.post(bot, body, Webhooks.signature(bytes, "not-the-secret"))).isEqualTo(403);
        assertThat(world.post(bot, body, null)).isEqualTo(403);
        assertThat(world.post(bot, body.replace(real.id(), "forged"), Webhooks.signature(bytes, FakeWorld.SECRET)))
                .isEqualTo(403);

        assertThat(world.fake.journal().requests()).isEmpty();
        assertThat(seen).isEmpty();
    }

    @Test
    void aRedeliveredEventIsHandledOnce() throws Exception {
        BlockingQueue<CommandContext> seen = queue();
        SparkBot bot = world.start(world.bot(port).command("/help", ctx -> {
            ctx.reply("Try /status");
            seen.add(ctx);
        }), port);
        Room room = world.groupRoomWithTheBot("Again");
        world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /help"));
        next(seen);
        WebhookDelivery first = world.fake.awaitDeliveries(1, FakeWorld.WAIT).get(0);
        assertThat(first.status()).isEqualTo(DeliveryResult.ACCEPTED.status());

        assertThat(world.post(bot, first.body(), first.signature())).isEqualTo(DeliveryResult.DUPLICATE.status());
        assertThat(world.post(bot, first.body(), first.signature())).isEqualTo(DeliveryResult.DUPLICATE.status());

        assertThat(world.aliceApi.messages().list(room.id()).toList()).extracting(Message::text)
                .containsOnlyOnce("Try /status");
        assertThat(seen).isEmpty();
    }

    @Test
    void theBotAddedToARoomGreetsItAndSeesItsRemoval() throws Exception {
        BlockingQueue<MembershipContext> added = queue();
        BlockingQueue<MembershipContext> removed = queue();
        world.start(world.bot(port)
                .onAddedToRoom(ctx -> {
                    ctx.reply("Hi, I am Concierge. Try /help");
                    added.add(ctx);
                })
                .onRemovedFromRoom(removed::add), port);
        Room room = world.aliceApi.rooms().create("New team");

        Membership membership = world.aliceApi.memberships().create(m -> m.roomId(room.id()).personId(world.botUser.id()));

        MembershipContext hello = next(added);
        assertThat(hello.membership().id()).isEqualTo(membership.id());
        assertThat(hello.roomId()).isEqualTo(room.id());
        assertThat(hello.personId()).isEqualTo(world.alice.id());
        assertThat(newestIn(room).text()).isEqualTo("Hi, I am Concierge. Try /help");

        world.aliceApi.memberships().delete(membership.id());

        MembershipContext bye = next(removed);
        assertThat(bye.membership().id()).isEqualTo(membership.id());
        assertThat(bye.event().event()).isEqualTo("deleted");
        assertThat(bye.personId()).isEqualTo(world.alice.id());
        assertThat(added).isEmpty();
    }

    @Test
    void aRoomTheBotIsInThatChangesReachesOnRoomFetchedAnew() throws Exception {
        BlockingQueue<RoomContext> seen = queue();
        world.start(world.bot(port).onRoom(seen::add), port);
        Room room = world.groupRoomWithTheBot("Old title");

        world.aliceApi.rooms().update(room.id(), r -> r.title("New title"));

        RoomContext ctx = next(seen);
        assertThat(ctx.event().event()).isEqualTo("updated");
        assertThat(ctx.room().id()).isEqualTo(room.id());
        assertThat(ctx.room().title()).isEqualTo("New title");
        assertThat(ctx.personId()).isEqualTo(world.alice.id());
    }

    @Test
    void aHandlerThatThrowsIsLoggedAndTheNextEventStillRuns() throws Exception {
        List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.ciscosparkapi.bot");
        logger.addHandler(capture);
        try {
            BlockingQueue<String> handled = queue();
            world.start(world.bot(port).threads(1).command("/boom", ctx -> {
                throw new IllegalStateException("the handler broke");
            }).command("/ok", ctx -> handled.add(ctx.args())), port);
            Room room = world.groupRoomWithTheBot("Failures");

            world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /boom"));
            world.aliceApi.messages().create(m -> m.roomId(room.id()).markdown(mention() + " /ok still here"));

            assertThat(next(handled)).isEqualTo("still here");
            assertThat(records).anySatisfy(r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getThrown()).hasMessage("the handler broke");
                assertThat(r.getMessage()).contains("messages/created");
            });
            assertThat(records).allSatisfy(r -> assertThat(String.valueOf(r.getMessage()))
                    .doesNotContain(FakeWorld.SECRET).doesNotContain(world.botUser.token()));
        } finally {
            logger.removeHandler(capture);
        }
    }

    @Test
    void theBotKnowsItselfFromPeopleMe() {
        SparkBot bot = world.start(world.bot(port).onMessage(ctx -> { }), port);

        assertThat(bot.me().id()).isEqualTo(world.botUser.id());
        assertThat(bot.me().displayName()).isEqualTo("Concierge");
        assertThat(bot.address().getPort()).isEqualTo(port);
        assertThat(bot.address().getAddress().isLoopbackAddress()).isTrue();
    }
}
