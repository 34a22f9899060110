package io.ciscosparkapi.examples;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.bot.SparkBot;
import io.ciscosparkapi.cards.AdaptiveCard;
import io.ciscosparkapi.cards.Choice;
import io.ciscosparkapi.cards.ChoiceSetInput;
import io.ciscosparkapi.cards.NumberInput;
import io.ciscosparkapi.cards.SubmitAction;
import io.ciscosparkapi.cards.TextBlock;
import io.ciscosparkapi.cards.TextInput;
import io.ciscosparkapi.cards.TextSize;
import io.ciscosparkapi.cards.TextWeight;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A bot that books meeting rooms: {@code /help}, {@code /echo <text>} and {@code /book}, which answers with a card
 * form whose submission the bot confirms.
 *
 * <p>With {@code SPARK_ACCESS_TOKEN} (a bot's token), {@code BOT_PUBLIC_URL} and {@code BOT_WEBHOOK_SECRET} set, it
 * runs against the real service on port {@code BOT_PORT} (8080 when unset) until stopped. Without a token, it starts
 * the embedded fake Spark on loopback, runs the bot there, has a person try each command and submit the form, and
 * ends.
 */
public final class RoomBookingBot {

    /** The form {@code /book} answers with. */
    static final AdaptiveCard FORM = AdaptiveCard.of(c -> c
            .body(TextBlock.of("Book a room", t -> t.size(TextSize.LARGE).weight(TextWeight.BOLDER)),
                  TextInput.of("name", i -> i.label("Your name").isRequired(true)),
                  NumberInput.of("people", i -> i.label("People").min(1).max(12)),
                  ChoiceSetInput.of("room", List.of(Choice.of("Red", "red"), Choice.of("Blue", "blue")),
                          i -> i.label("Room")))
            .actions(SubmitAction.of("Book", a -> a.data(Map.of("form", "booking")))));

    private RoomBookingBot() {
    }

    /**
     * The bot: its commands, its form and what it does with a submitted form.
     *
     * @param api the bot's client
     * @param secret the webhook secret
     * @param publicUrl where the service reaches the bot
     * @return the bot, not started
     */
    static SparkBot bot(CiscoSparkAPI api, String secret, String publicUrl) {
        return SparkBot.builder(api)
                .webhookSecret(secret)
                .publicUrl(publicUrl)
                .command("/help", ctx -> ctx.reply(r -> r.markdown("Try `/echo <text>` or `/book`")))
                .command("/echo", ctx -> ctx.reply(ctx.args().isEmpty() ? "(nothing to echo)" : ctx.args()))
                .command("/book", ctx -> ctx.reply(r -> r.text("Book a room").card(FORM)))
                .onCardSubmit(ctx -> ctx.replyInThread(r -> r.markdown("Booked **" + ctx.inputs().get("room")
                        + "** for " + ctx.inputs().get("people") + ", " + ctx.inputs().get("name"))))
                .onAddedToRoom(ctx -> ctx.reply("Hi! I book rooms. Try /help"))
                .onMessage(ctx -> ctx.reply("I did not get that; try /help"))
                .build();
    }

    /**
     * Runs the bot on the real service, or on the embedded fake Spark when {@code SPARK_ACCESS_TOKEN} is not set.
     *
     * @param args ignored
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        String token = System.getenv(CiscoSparkAPI.ACCESS_TOKEN_ENVIRONMENT_VARIABLE);
        if (token == null || token.isBlank()) {
            runOnTheFake(System.out);
            return;
        }
        String port = System.getenv().getOrDefault("BOT_PORT", "8080");
        try (CiscoSparkAPI api = CiscoSparkAPI.create();
             SparkBot bot = bot(api, required("BOT_WEBHOOK_SECRET"), required("BOT_PUBLIC_URL"))) {
            bot.start(Integer.parseInt(port));
            System.out.println(bot.me().displayName() + " is listening on port " + bot.address().getPort());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                bot.stop();
                stopped.countDown();
            }));
            stopped.await();
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; it is needed with SPARK_ACCESS_TOKEN");
        }
        return value;
    }

    /** Starts the fake, the bot on a loopback port, and has Alice talk to the bot in a group room. */
    static void runOnTheFake(PrintStream out) {
        try (FakeSpark spark = FakeSpark.create()) {
            spark.startHttp();
            FakeUser booker = spark.createBot("Booker");
            FakeUser alice = spark.createUser("Alice");
            out.println("SPARK_ACCESS_TOKEN is not set: running the bot on the embedded fake Spark at " + spark.baseUrl());
            int port = freeLoopbackPort();
            try (CiscoSparkAPI botApi = client(spark, booker);
                 CiscoSparkAPI aliceApi = client(spark, alice);
                 SparkBot bot = bot(botApi, "example-secret", "http://127.0.0.1:" + port + "/webhooks")) {
                bot.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                Room room = aliceApi.rooms().create("Facilities");
                aliceApi.memberships().create(m -> m.roomId(room.id()).personId(booker.id()));
                Message answer = awaitBot(aliceApi, room, booker, null);
                out.println("Booker: " + answer.text());
                for (String command : List.of("/help", "/echo hello there", "/book")) {
                    aliceApi.messages().create(m -> m.roomId(room.id())
                            .markdown("<@personId:" + booker.id() + "|Booker> " + command));
                    out.println("Alice:  @Booker " + command);
                    answer = awaitBot(aliceApi, room, booker, null);
                    out.println("Booker: " + answer.text()
                            + (answer.attachments().isEmpty() ? "" : "  [a card with inputs name, people and room]"));
                }
                // Alice fills in the card and presses Book: her client submits the inputs (and the action's data).
                Map<String, Object> inputs = Map.of("name", "Alice", "people", "4", "room", "red", "form", "booking");
                aliceApi.attachmentActions().create(answer.id(), inputs);
                out.println("Alice:  [submits the card: name Alice, people 4, room red]");
                out.println("Booker: " + awaitBot(aliceApi, room, booker, answer.id()).text());
            }
        }
        out.println("Bot example complete.");
    }

    private static CiscoSparkAPI client(FakeSpark spark, FakeUser user) {
        return CiscoSparkAPI.builder().accessToken(user.token()).baseUrl(spark.baseUrl()).build();
    }

    /**
     * Waits (up to 20 seconds) until the newest message in the room, replies in threads included, is the bot's and is
     * not {@code previous} (the id of the bot's last answer, or null).
     */
    private static Message awaitBot(CiscoSparkAPI api, Room room, FakeUser bot, String previous) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            Message newest = api.messages().list(room.id()).first(1).stream().findFirst().orElse(null);
            if (newest != null && newest.personId().equals(bot.id()) && !newest.id().equals(previous)) {
                return newest;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the bot", e);
            }
        }
        throw new IllegalStateException("the bot did not answer within 20 seconds");
    }

    private static int freeLoopbackPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
