package io.ciscosparkapi.bot;

import static io.ciscosparkapi.bot.FakeWorld.next;
import static io.ciscosparkapi.bot.FakeWorld.queue;
import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.Webhooks;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Room;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The framework-neutral handler, fed deliveries directly as a web framework would: what it answers, when it
 * queues, and what a full queue, a redelivery race and {@code stop()} do.
 */
class DeliveryHandlerTest {

    private FakeWorld world;
    private Room room;

    @BeforeEach
    void setUp() {
        world = new FakeWorld();
        room = world.groupRoomWithTheBot("Handler");
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    /** A message of Alice's mentioning the bot, and the delivery the service would send for it. */
    private byte[] deliveryOf(String text) {
        Message m = world.aliceApi.messages().create(r -> r.roomId(room.id())
                .markdown("<@personId:" + world.botUser.id() + "|Concierge> " + text));
        String json = "{\"id\":\"WH\",\"name\":\"spark-bot messages/created\",\"resource\":\"messages\","
                + "\"event\":\"created\",\"actorId\":\"" + world.alice.id() + "\",\"data\":{\"id\":\"" + m.id()
                + "\",\"roomId\":\"" + room.id() + "\",\"roomType\":\"group\",\"personId\":\"" + world.alice.id()
                + "\",\"created\":\"" + m.get("created") + "\"}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static Function<String, String> signed(byte[] body) {
        String signature = Webhooks.signature(body, FakeWorld.SECRET);
        return name -> name.equalsIgnoreCase(Webhooks.SIGNATURE_HEADER) ? signature : null;
    }

    private SparkBot started(SparkBot.Builder builder) {
        SparkBot bot = builder.build();
        bot.start();
        return bot;
    }

    private SparkBot.Builder builder() {
        return SparkBot.builder(world.botApi).webhookSecret(FakeWorld.SECRET);
    }

    @Test
    void aDeliveryBeforeStartOrAfterStopIsAnswered503SoThatTheServiceSendsItAgain() {
        SparkBot bot = builder().command("/help", ctx -> { }).build();
        byte[] body = deliveryOf("/help");

        assertThat(bot.handler().handle(signed(body), body)).isEqualTo(DeliveryResult.NOT_RUNNING);
        bot.start();
        assertThat(bot.handler().handle(signed(body), body)).isEqualTo(DeliveryResult.ACCEPTED);
        bot.stop();
        assertThat(bot.handler().handle(signed(body), body)).isEqualTo(DeliveryResult.NOT_RUNNING);
        assertThat(DeliveryResult.NOT_RUNNING.status()).isEqualTo(503);
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413WhateverItsSignature() {
        SparkBot bot = started(builder().maxBodyBytes(100).command("/help", ctx -> { }));
        byte[] body = deliveryOf("/help");

        assertThat(body.length).isGreaterThan(100);
        assertThat(bot.handler().handle(signed(body), body)).isEqualTo(DeliveryResult.TOO_LARGE);
        assertThat(DeliveryResult.TOO_LARGE.status()).isEqualTo(413);
        assertThat(bot.handler().maxBodyBytes()).isEqualTo(100);
    }

    @Test
    void aSignedBodyThatIsNoWebhookEventIsMalformed() {
        SparkBot bot = started(builder().command("/help", ctx -> { }));

        for (String text : List.of("[1,2]", "not json", "{\"resource\":\"messages\",\"event\":\"created\"}")) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            assertThat(bot.handler().handle(signed(body), body)).as(text).isEqualTo(DeliveryResult.MALFORMED);
        }
    }

    @Test
    void anEventNoHandlerTakesIsIgnoredWith200() {
        SparkBot bot = started(builder().onCardSubmit(ctx -> { }));
        byte[] body = deliveryOf("/help");

        assertThat(bot.handler().handle(signed(body), body)).isEqualTo(DeliveryResult.IGNORED);
        assertThat(DeliveryResult.IGNORED.status()).isEqualTo(200);
    }

    @Test
    void whenTheQueueIsFullADeliveryIsAnswered503AndHandledWhenSentAgain() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BlockingQueue<String> handled = queue();
        SparkBot bot = started(builder().threads(1).queueCapacity(1).command("/work", ctx -> {
            release.await(FakeWorld.WAIT.toMillis(), TimeUnit.MILLISECONDS);
            handled.add(ctx.args());
        }));
        byte[] first = deliveryOf("/work 1");
        byte[] second = deliveryOf("/work 2");
        byte[] third = deliveryOf("/work 3");

        assertThat(bot.handler().handle(signed(first), first)).isEqualTo(DeliveryResult.ACCEPTED);
        assertThat(bot.handler().handle(signed(second), second)).isEqualTo(DeliveryResult.ACCEPTED);
        assertThat(bot.handler().handle(signed(third), third)).isEqualTo(DeliveryResult.OVERLOADED);
        assertThat(DeliveryResult.OVERLOADED.status()).isEqualTo(503);
        release.countDown();
        assertThat(List.of(next(handled), next(handled))).containsExactly("1", "2");

        assertThat(bot.handler().handle(signed(third), third)).isEqualTo(DeliveryResult.ACCEPTED);
        assertThat(next(handled)).isEqualTo("3");
    }

    @Test
    void ofOneEventDeliveredByManyAtOnceExactlyOneIsQueued() throws Exception {
        BlockingQueue<String> handled = queue();
        SparkBot bot = started(builder().command("/once", ctx -> handled.add(ctx.message().id())));
        byte[] body = deliveryOf("/once");
        int senders = 8;
        CyclicBarrier together = new CyclicBarrier(senders);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            List<Future<DeliveryResult>> results = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                results.add(pool.submit(() -> {
                    together.await(FakeWorld.WAIT.toMillis(), TimeUnit.MILLISECONDS);
                    return bot.handler().handle(signed(body), body);
                }));
            }
            List<DeliveryResult> outcomes = new ArrayList<>();
            for (Future<DeliveryResult> f : results) {
                outcomes.add(f.get(FakeWorld.WAIT.toMillis(), TimeUnit.MILLISECONDS));
            }
            assertThat(outcomes).containsOnlyOnce(DeliveryResult.ACCEPTED)
                    .filteredOn(r -> r != DeliveryResult.ACCEPTED).containsOnly(DeliveryResult.DUPLICATE);
        } finally {
            pool.shutdownNow();
        }
        next(handled);
        bot.stop();
        assertThat(handled).isEmpty();
    }

    @Test
    void theSameEventWithItsFieldsInAnotherOrderIsStillADuplicate() {
        SparkBot bot = started(builder().command("/help", ctx -> { }));
        byte[] body = deliveryOf("/help");
        Map<String, Object> data = Webhooks.parseEvent(body).data();
        String reordered = "{\"data\":{\"created\":\"" + data.get("created") + "\",\"personId\":\"" + data.get("personId")
                + "\",\"roomType\":\"group\",\"roomId\":\"" + data.get("roomId") + "\",\"id\":\"" + data.get("id")
                + "\"},\"event\":\"created\",\"resource\":\"messages\",\"id\":\"ANOTHER-WEBHOOK\"}";
        byte[] again = reordered.getBytes(StandardCharsets.UTF_8);

        assertThat(bot.handler().handle(signed(body), body)).isEqualTo(DeliveryResult.ACCEPTED);
        assertThat(bot.handler().handle(signed(again), again)).isEqualTo(DeliveryResult.DUPLICATE);
    }

    @Test
    void stopWaitsForTheAcceptedEventsToBeHandled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> handled = java.util.Collections.synchronizedList(new ArrayList<>());
        SparkBot bot = started(builder().threads(1).command("/slow", ctx -> {
            started.countDown();
            Thread.sleep(200);
            handled.add(ctx.args());
        }));
        for (String n : List.of("1", "2", "3")) {
            byte[] body = deliveryOf("/slow " + n);
            assertThat(bot.handler().handle(signed(body), body)).isEqualTo(DeliveryResult.ACCEPTED);
        }
        assertThat(started.await(FakeWorld.WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();

        bot.stop();

        assertThat(handled).containsExactly("1", "2", "3");
    }
}
