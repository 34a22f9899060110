package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.Webhooks;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fake Spark over loopback HTTP with a bot account ("Concierge") and a person ("Alice"), each with a client, and
 * the bots started on it, stopped at {@link #close()}. The bot's client uses the transport the world is made with;
 * Alice's always uses the JDK's.
 */
final class FakeWorld implements AutoCloseable {

    static final String SECRET = "s3cr3t-for-tests";
    /** Bounds every wait for something the bot does, so that a broken bot fails the test instead of hanging it. */
    static final Duration WAIT = Duration.ofSeconds(20);

    final FakeSpark fake = FakeSpark.create();
    final FakeUser botUser;
    final FakeUser alice;
    final CiscoSparkAPI botApi;
    final CiscoSparkAPI aliceApi;
    private final List<SparkBot> bots = new ArrayList<>();
    private final List<CiscoSparkAPI> clients = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The transports the bot's client is tested on: every transport of the project. */
    static final List<String> TRANSPORTS = List.of("jdk", "okhttp", "apache");

    /** A world whose bot talks to the fake through the JDK transport. */
    FakeWorld() {
        this("jdk");
    }

    /** A world whose bot talks to the fake through the named transport ({@code jdk}, {@code okhttp}, {@code apache}). */
    FakeWorld(String botTransport) {
        fake.startHttp();
        botUser = fake.createBot("Concierge");
        alice = fake.createUser("Alice");
        botApi = client(botUser, botTransport);
        aliceApi = client(alice, "jdk");
    }

    private CiscoSparkAPI client(FakeUser user, String transport) {
        CiscoSparkAPI api = CiscoSparkAPI.builder().accessToken(user.token()).baseUrl(fake.baseUrl().toString())
                .transport(transport).build();
        clients.add(api);
        return api;
    }

    /** A group room of Alice's with the bot in it. */
    Room groupRoomWithTheBot(String title) {
        Room room = aliceApi.rooms().create(title);
        aliceApi.memberships().create(m -> m.roomId(room.id()).personId(botUser.id()));
        return room;
    }

    /** A builder for a bot on the bot account, its webhooks pointing at a free loopback port. */
    SparkBot.Builder bot(int port) {
        return SparkBot.builder(botApi).webhookSecret(SECRET).publicUrl(url(port));
    }

    static String url(int port) {
        return "http://127.0.0.1:" + port + "/webhooks";
    }

    /** Starts the bot's embedded receiver on the loopback address and port, and stops it at close. */
    SparkBot start(SparkBot bot, int port) {
        bots.add(bot);
        bot.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return bot;
    }

    /** Builds and starts a bot on a free port with its webhooks registered. */
    SparkBot start(SparkBot.Builder builder, int port) {
        return start(builder.build(), port);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs a body with a signature header (none when null) to the bot's receiver; returns the status. */
    int post(SparkBot bot, String body, String signature) {
        URI target = URI.create("http://127.0.0.1:" + bot.address().getPort() + "/webhooks");
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(Webhooks.SIGNATURE_HEADER, signature);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Takes the next item a handler put, failing when none comes within {@link #WAIT}. */
    static <T> T next(BlockingQueue<T> queue) throws InterruptedException {
        T item = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (item == null) {
            throw new AssertionError("no event reached the handler within " + WAIT);
        }
        return item;
    }

    static <T> BlockingQueue<T> queue() {
        return new LinkedBlockingQueue<>();
    }

    @Override
    public void close() {
        bots.forEach(SparkBot::stop);
        clients.forEach(CiscoSparkAPI::close);
        fake.close();
    }
}
