package io.ciscosparkapi.bot;

import static io.ciscosparkapi.bot.FakeWorld.next;
import static io.ciscosparkapi.bot.FakeWorld.queue;
import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.Webhooks;
import io.ciscosparkapi.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Card submissions: the bot fetches the attachment action the webhook names and hands its inputs to the handler.
 * Run against a scripted server answering the {@code attachment/actions} endpoint, which the fake Spark does not
 * serve yet; {@link BotEndToEndTest} sends the card itself through the fake.
 */
class CardSubmitTest {

    private static final String ME = "{\"id\":\"BOT\",\"displayName\":\"Concierge\",\"type\":\"bot\"}";
    private static final String ACTION = "{\"id\":\"AA1\",\"type\":\"submit\",\"messageId\":\"CARD\","
            + "\"inputs\":{\"name\":\"Alice\",\"people\":\"4\"},\"personId\":\"ALICE\",\"roomId\":\"ROOM\","
            + "\"created\":\"2026-02-01T08:00:00.000Z\"}";
    private static final String CARD = "{\"id\":\"CARD\",\"roomId\":\"ROOM\",\"roomType\":\"group\","
            + "\"personId\":\"BOT\",\"text\":\"Book a room\",\"created\":\"2026-02-01T07:59:00.000Z\"}";
    private static final String REPLY = "{\"id\":\"REPLY\",\"roomId\":\"ROOM\",\"parentId\":\"CARD\","
            + "\"personId\":\"BOT\",\"text\":\"Thanks, Alice\",\"created\":\"2026-02-01T08:00:01.000Z\"}";

    private ScriptedSpark spark;
    private CiscoSparkAPI api;

    @BeforeEach
    void setUp() {
        spark = new ScriptedSpark().answer("GET /v1/people/me", ME).answer("GET /v1/attachment/actions/AA1", ACTION)
                .answer("GET /v1/messages/CARD", CARD).answer("POST /v1/messages", REPLY);
        api = CiscoSparkAPI.builder().accessToken("bot-token").baseUrl(spark.baseUrl()).transport("jdk").build();
    }

    @AfterEach
    void tearDown() {
        api.close();
        spark.close();
    }

    private static DeliveryResult deliver(SparkBot bot, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String signature = Webhooks.signature(body, FakeWorld.SECRET);
        return bot.handler().handle(name -> Webhooks.SIGNATURE_HEADER.equalsIgnoreCase(name) ? signature : null, body);
    }

    private static final String SUBMITTED = "{\"id\":\"WH\",\"name\":\"spark-bot attachmentActions/created\","
            + "\"resource\":\"attachmentActions\",\"event\":\"created\",\"actorId\":\"ALICE\",\"data\":{\"id\":\"AA1\","
            + "\"type\":\"submit\",\"messageId\":\"CARD\",\"personId\":\"ALICE\",\"roomId\":\"ROOM\","
            + "\"created\":\"2026-02-01T08:00:00.000Z\"}}";

    @Test
    void aSubmittedCardReachesTheHandlerWithItsInputsFetched() throws Exception {
        BlockingQueue<CardSubmitContext> seen = queue();
        try (SparkBot bot = SparkBot.builder(api).webhookSecret(FakeWorld.SECRET).onCardSubmit(seen::add).build()) {
            bot.start();

            assertThat(deliver(bot, SUBMITTED)).isEqualTo(DeliveryResult.ACCEPTED);

            CardSubmitContext ctx = next(seen);
            assertThat(ctx.inputs()).containsEntry("name", "Alice").containsEntry("people", "4");
            assertThat(ctx.action().id()).isEqualTo("AA1");
            assertThat(ctx.cardMessageId()).isEqualTo("CARD");
            assertThat(ctx.roomId()).isEqualTo("ROOM");
            assertThat(ctx.personId()).isEqualTo("ALICE");
            assertThat(spark.requests()).extracting(ScriptedSpark.Request::line)
                    .containsExactly("GET /v1/people/me", "GET /v1/attachment/actions/AA1");
        }
    }

    @Test
    void aReplyInThreadToASubmissionGoesToTheThreadOfTheCard() throws Exception {
        BlockingQueue<Message> replies = queue();
        try (SparkBot bot = SparkBot.builder(api).webhookSecret(FakeWorld.SECRET)
                .onCardSubmit(ctx -> replies.add(ctx.replyInThread("Thanks, " + ctx.inputs().get("name")))).build()) {
            bot.start();

            assertThat(deliver(bot, SUBMITTED)).isEqualTo(DeliveryResult.ACCEPTED);

            assertThat(next(replies).id()).isEqualTo("REPLY");
            assertThat(spark.requests()).extracting(ScriptedSpark.Request::line).containsExactly("GET /v1/people/me",
                    "GET /v1/attachment/actions/AA1", "GET /v1/messages/CARD", "POST /v1/messages");
            assertThat(spark.requests().get(3).body()).contains("\"roomId\":\"ROOM\"").contains("\"parentId\":\"CARD\"")
                    .contains("\"text\":\"Thanks, Alice\"");
        }
    }
}
