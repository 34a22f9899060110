package io.ciscosparkapi.bot;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.bot.internal.CommandLine;
import io.ciscosparkapi.bot.internal.EmbeddedReceiver;
import io.ciscosparkapi.bot.internal.RecentKeys;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.WebhookEvent;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A Webex bot: receives the signed webhook deliveries of its events, handles each event once on its own executor,
 * hands typed handlers the whole resource, and keeps its webhooks in step with what it handles.
 *
 * <pre>{@code
 * SparkBot bot = SparkBot.builder(api)
 *         .webhookSecret(secret)
 *         .publicUrl("https://bot.example.com/webhooks")   // its webhooks registered at start
 *         .command("/help", ctx -> ctx.reply("Try /status"))
 *         .onMessage(ctx -> ctx.reply("You said: " + ctx.text()))
 *         .onCardSubmit(ctx -> ctx.reply("Thanks, " + ctx.inputs().get("name")))
 *         .build();
 * bot.start(8080);            // embedded receiver; or bot.start() and bot.handler() inside any web framework
 * }</pre>
 *
 * <h2>Receiving</h2>
 * A delivery is taken only with a valid {@code X-Spark-Signature} for the bot's secret, and is answered at once:
 * the event is queued for the bot's executor ({@link Builder#threads(int)} threads, a queue of
 * {@link Builder#queueCapacity(int)}). When the queue is full the delivery is answered 503
 * ({@link DeliveryResult#OVERLOADED}) and forgotten, so that the service's next attempt is handled; nothing is
 * dropped silently. See {@link DeliveryHandler} for every answer.
 *
 * <h2>Once per event</h2>
 * The service may deliver one event again, and two of the bot's webhooks may deliver the same event. An event is
 * recognised by its resource, its event and its {@code data} (compared whatever the order of its fields; the
 * webhook id is left out), among the last 10,000 events accepted. Of two deliveries of one event, even at the same
 * instant, exactly one is queued; the other is answered {@link DeliveryResult#DUPLICATE}. An event whose handler
 * failed is not handled again. The window lives in memory: after a restart, a redelivery of an event handled
 * before is handled again.
 *
 * <h2>Handlers</h2>
 * <ul>
 *   <li>{@link Builder#command(String, EventHandler)}: a message whose text, without the bot's mention, starts with
 *       the command as a whole word ({@code /help}, not {@code /helpme}), case ignored; the rest are the
 *       arguments;</li>
 *   <li>{@link Builder#onMessage(EventHandler)}: every other message;</li>
 *   <li>{@link Builder#onCardSubmit(EventHandler)}: a card submitted, with its inputs fetched;</li>
 *   <li>{@link Builder#onAddedToRoom(EventHandler)}, {@link Builder#onRemovedFromRoom(EventHandler)}: the bot's own
 *       memberships;</li>
 *   <li>{@link Builder#onRoom(EventHandler)}: rooms the bot is in, created or changed.</li>
 * </ul>
 * The bot learns who it is from {@code people/me} at start; its own messages never reach a handler. A handler that
 * throws is logged (logger {@code io.ciscosparkapi.bot}, WARNING) and the next event runs.
 *
 * <h2>Webhooks</h2>
 * With a {@link Builder#publicUrl(String) public URL}, {@link #start()} makes the caller's webhooks match the
 * handlers: one per kind of event handled, named {@code <webhookName> <resource>/<event>}, pointing at the public
 * URL with the bot's secret. Missing ones are created, ones with another URL or secret updated, disabled ones
 * re-activated, and, with {@link Builder#removeStaleWebhooks(boolean)}, the bot's webhooks it no longer needs
 * deleted. Starting again with the same settings changes nothing. {@link #stop()} leaves the webhooks in place.
 *
 * <h2>Life cycle</h2>
 * {@link #start()} (for {@link #handler()} in a web framework) or {@link #start(int)} (with the embedded receiver)
 * once; {@link #stop()} (or {@link #close()}) stops taking deliveries, then waits up to the
 * {@link Builder#drainTimeout(Duration) drain timeout} for the accepted events to be handled. A stopped bot does not
 * start again. Thread-safe.
 */
public final class SparkBot implements AutoCloseable {

    /** How many recent events are remembered to recognise a redelivery. */
    static final int REMEMBERED_EVENTS = 10_000;

    private static final System.Logger LOG = System.getLogger("io.ciscosparkapi.bot");

    private enum State { NEW, RUNNING, STOPPED }

    private final CiscoSparkAPI api;
    private final Handlers handlers;
    private final String secret;
    private final String publicUrl;
    private final String webhookName;
    private final boolean removeStaleWebhooks;
    private final int threads;
    private final int queueCapacity;
    private final int maxBodyBytes;
    private final Duration readTimeout;
    private final Duration drainTimeout;
    private final SSLContext tls;
    private final DeliveryHandler handler;
    private final RecentKeys recent = new RecentKeys(REMEMBERED_EVENTS);

    private final Object lifecycle = new Object();
    private State state = State.NEW;
    private volatile boolean accepting;
    private volatile EventRouter router;
    private volatile ThreadPoolExecutor executor;
    private volatile Person me;
    private EmbeddedReceiver receiver;

    private SparkBot(Builder b) {
        this.api = b.api;
        this.handlers = new Handlers(b.commands, b.onMessage, b.onCardSubmit, b.onAddedToRoom, b.onRemovedFromRoom,
                b.onRoom);
        this.secret = b.secret;
        this.publicUrl = b.publicUrl;
        this.webhookName = b.webhookName;
        this.removeStaleWebhooks = b.removeStaleWebhooks;
        this.threads = b.threads;
        this.queueCapacity = b.queueCapacity;
        this.maxBodyBytes = b.maxBodyBytes;
        this.readTimeout = b.readTimeout;
        this.drainTimeout = b.drainTimeout;
        this.tls = b.tls;
        this.handler = new DeliveryHandler(this, secret, maxBodyBytes);
    }

    /**
     * Starts building a bot on a client; the client's token is the bot's.
     *
     * @param api the client the bot fetches resources, replies and registers webhooks with; not closed by the bot
     * @return a new builder
     */
    public static Builder builder(CiscoSparkAPI api) {
        return new Builder(Objects.requireNonNull(api, "api must not be null"));
    }

    /**
     * Starts the bot without a receiver of its own, for {@link #handler()} inside a web framework: learns the
     * bot's person ({@code people/me}), starts the executor, and registers the webhooks when a public URL is set.
     *
     * @throws IllegalStateException when started already, or stopped
     * @throws io.ciscosparkapi.SparkException when {@code people/me} or a webhook call fails; the bot is then not
     *     started and may be started again
     */
    public void start() {
        begin(null);
    }

    /**
     * Starts the bot with its embedded receiver on a port of every interface, then as {@link #start()}: deliveries
     * are taken as POSTs on any path.
     *
     * @param port the port; 0 picks a free one ({@link #address()} tells which)
     * @throws java.io.UncheckedIOException when the port cannot be bound (the message names it); the bot is then not
     *     started
     * @throws IllegalStateException when started already, or stopped
     */
    public void start(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        start(new InetSocketAddress(port));
    }

    /**
     * Starts the bot with its embedded receiver on an address, then as {@link #start()}.
     *
     * @param address the address and port; port 0 picks a free one
     * @throws java.io.UncheckedIOException when the address cannot be bound (the message names it); the bot is then
     *     not started
     * @throws IllegalStateException when started already, or stopped
     */
    public void start(InetSocketAddress address) {
        begin(Objects.requireNonNull(address, "address must not be null"));
    }

    private void begin(InetSocketAddress address) {
        synchronized (lifecycle) {
            if (state != State.NEW) {
                throw new IllegalStateException(state == State.RUNNING ? "the bot is running already"
                        : "a stopped bot does not start again; build a new one");
            }
            Person person = api.people().me();
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queueCapacity), r -> {
                        Thread t = new Thread(r, "spark-bot-handler-" + count.incrementAndGet());
                        t.setDaemon(true);
                        return t;
                    });
            me = person;
            router = new EventRouter(api, handlers, person);
            executor = pool;
            accepting = true;
            try {
                if (address != null) {
                    receiver = EmbeddedReceiver.start(address, tls, maxBodyBytes, readTimeout,
                            (header, body) -> handler.handle(header, body).status());
                }
                if (publicUrl != null) {
                    WebhookSync.sync(api.webhooks(), handlers.webhooks(person.id()), webhookName, publicUrl, secret,
                            removeStaleWebhooks);
                } else {
                    LOG.log(System.Logger.Level.INFO, "no public URL set: the bot's webhooks are left as they are");
                }
            } catch (RuntimeException e) {
                accepting = false;
                if (receiver != null) {
                    receiver.close();
                    receiver = null;
                }
                pool.shutdownNow();
                router = null;
                executor = null;
                me = null;
                throw e;
            }
            state = State.RUNNING;
        }
    }

    /**
     * The framework-neutral receiver: give it each delivery's headers and body, answer with the status it returns.
     *
     * @return the bot's delivery handler; the same one every time
     */
    public DeliveryHandler handler() {
        return handler;
    }

    /**
     * The address the embedded receiver listens on.
     *
     * @return the bound address, with the port it got
     * @throws IllegalStateException when the bot was not started with a receiver, or is stopped
     */
    public InetSocketAddress address() {
        synchronized (lifecycle) {
            if (receiver == null) {
                throw new IllegalStateException("the bot has no running receiver: start it with start(port)");
            }
            return receiver.address();
        }
    }

    /**
     * The bot's own person, as {@code people/me} gave it at start.
     *
     * @return the bot's person
     * @throws IllegalStateException before {@link #start()}
     */
    public Person me() {
        Person person = me;
        if (person == null) {
            throw new IllegalStateException("the bot is not started");
        }
        return person;
    }

    /**
     * Stops the bot: deliveries are no longer taken (they are answered 503, so the service may send them again), the
     * embedded receiver closes, and the events accepted so far are handled, waiting up to the drain timeout; any
     * still waiting then are dropped and logged. Does nothing when not running. The webhooks stay registered.
     */
    public void stop() {
        ThreadPoolExecutor pool;
        synchronized (lifecycle) {
            if (state != State.RUNNING) {
                state = State.STOPPED;
                return;
            }
            state = State.STOPPED;
            accepting = false;
            if (receiver != null) {
                receiver.close();
                receiver = null;
            }
            pool = executor;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(drainTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                List<Runnable> dropped = pool.shutdownNow();
                LOG.log(System.Logger.Level.WARNING, "stop: {0} accepted event(s) were not handled within {1}",
                        dropped.size(), drainTimeout);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    boolean isAccepting() {
        return accepting;
    }

    /** Queues a verified event, once. */
    DeliveryResult dispatch(WebhookEvent event) {
        EventRouter r = router;
        ThreadPoolExecutor pool = executor;
        if (!accepting || r == null || pool == null) {
            return DeliveryResult.NOT_RUNNING;
        }
        if (!r.wants(event)) {
            return DeliveryResult.IGNORED;
        }
        String key = EventRouter.key(event);
        if (!recent.add(key)) {
            return DeliveryResult.DUPLICATE;
        }
        try {
            pool.execute(() -> run(r, event));
            return DeliveryResult.ACCEPTED;
        } catch (RejectedExecutionException e) {
            recent.remove(key);
            return accepting ? DeliveryResult.OVERLOADED : DeliveryResult.NOT_RUNNING;
        }
    }

    private static void run(EventRouter router, WebhookEvent event) {
        try {
            router.handle(event);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, () -> "handling " + event.resource() + "/" + event.event() + " "
                    + event.data().get("id") + " (webhook " + event.id() + ") failed; going on with the next event", e);
        }
    }

    /**
     * Builds a {@link SparkBot}. Only the secret and at least one handler are required. Not thread-safe.
     */
    public static final class Builder {

        private final CiscoSparkAPI api;
        private final Map<String, Handlers.Command> commands = new LinkedHashMap<>();
        private EventHandler<MessageContext> onMessage;
        private EventHandler<CardSubmitContext> onCardSubmit;
        private EventHandler<MembershipContext> onAddedToRoom;
        private EventHandler<MembershipContext> onRemovedFromRoom;
        private EventHandler<RoomContext> onRoom;
        private String secret;
        private String publicUrl;
        private String webhookName = "spark-bot";
        private boolean removeStaleWebhooks;
        private int threads = 4;
        private int queueCapacity = 100;
        private int maxBodyBytes = 256 * 1024;
        private Duration readTimeout = Duration.ofSeconds(10);
        private Duration drainTimeout = Duration.ofSeconds(30);
        private SSLContext tls;

        private Builder(CiscoSparkAPI api) {
            this.api = api;
        }

        /**
         * The secret the webhooks sign deliveries with; required. Deliveries without a valid signature for it are
         * refused. Keep it out of logs: the bot never writes it anywhere but to its webhooks.
         *
         * @param secret the secret
         * @return this builder
         */
        public Builder webhookSecret(String secret) {
            Objects.requireNonNull(secret, "webhookSecret must not be null");
            if (secret.isBlank()) {
                throw new IllegalArgumentException("webhookSecret must not be blank");
            }
            this.secret = secret;
            return this;
        }

        /**
         * The URL the service reaches the bot at (its webhooks' {@code targetUrl}); with it, {@link #start()}
         * registers the webhooks. Without it, the webhooks are left as they are.
         *
         * @param url an absolute {@code https} (or {@code http}) URL
         * @return this builder
         * @throws IllegalArgumentException when the URL is not absolute http or https with a host
         */
        public Builder publicUrl(String url) {
            Objects.requireNonNull(url, "publicUrl must not be null");
            try {
                URI u = new URI(url);
                String scheme = u.getScheme();
                if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                        || u.getHost() == null) {
                    throw new IllegalArgumentException("publicUrl must be an absolute http or https URL with a host, got "
                            + url);
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("publicUrl is not a URL: " + url, e);
            }
            this.publicUrl = url;
            return this;
        }

        /**
         * The name the bot gives its webhooks, and by which it knows them as its own: {@code <name> <resource>/<event>}.
         * Two bots on one token need two names. Defaults to {@code spark-bot}.
         *
         * @param name the name
         * @return this builder
         */
        public Builder webhookName(String name) {
            Objects.requireNonNull(name, "webhookName must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("webhookName must not be blank");
            }
            this.webhookName = name.strip();
            return this;
        }

        /**
         * Whether {@link #start()} deletes the bot's webhooks it does not need (of a handler no longer set, or
         * duplicates). Defaults to {@code false}: they are kept and logged.
         *
         * @param remove whether to delete them
         * @return this builder
         */
        public Builder removeStaleWebhooks(boolean remove) {
            this.removeStaleWebhooks = remove;
            return this;
        }

        /**
         * Handles a command: a message whose text (without the bot's mention) starts with it as a whole word, case
         * ignored, e.g. {@code command("/echo", ctx -> ctx.reply(ctx.args()))}.
         *
         * @param command the command, one word, e.g. {@code /help}
         * @param handler its handler
         * @return this builder
         * @throws IllegalArgumentException when the command is blank, holds whitespace, or is registered already
         */
        public Builder command(String command, EventHandler<CommandContext> handler) {
            Objects.requireNonNull(command, "command must not be null");
            Objects.requireNonNull(handler, "handler must not be null");
            if (command.isEmpty() || command.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("a command is one word without whitespace, got \"" + command + "\"");
            }
            if (commands.putIfAbsent(CommandLine.fold(command), new Handlers.Command(command, handler)) != null) {
                throw new IllegalArgumentException("command " + command + " is registered already");
            }
            return this;
        }

        /**
         * Handles the messages that are not commands, in direct rooms with the bot and group rooms that mention it.
         * Replaces a handler set before.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onMessage(EventHandler<MessageContext> handler) {
            this.onMessage = Objects.requireNonNull(handler, "handler must not be null");
            return this;
        }

        /**
         * Handles card submissions. Replaces a handler set before.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onCardSubmit(EventHandler<CardSubmitContext> handler) {
            this.onCardSubmit = Objects.requireNonNull(handler, "handler must not be null");
            return this;
        }

        /**
         * Handles the bot being added to a room. Replaces a handler set before.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onAddedToRoom(EventHandler<MembershipContext> handler) {
            this.onAddedToRoom = Objects.requireNonNull(handler, "handler must not be null");
            return this;
        }

        /**
         * Handles the bot being removed from a room. Replaces a handler set before.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onRemovedFromRoom(EventHandler<MembershipContext> handler) {
            this.onRemovedFromRoom = Objects.requireNonNull(handler, "handler must not be null");
            return this;
        }

        /**
         * Handles rooms the bot is in being created or changed (title, lock...). Replaces a handler set before.
         *
         * @param handler the handler
         * @return this builder
         */
        public Builder onRoom(EventHandler<RoomContext> handler) {
            this.onRoom = Objects.requireNonNull(handler, "handler must not be null");
            return this;
        }

        /**
         * How many events are handled at once. Defaults to 4.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * How many accepted events may wait for a handler thread; a delivery beyond that is answered 503
         * ({@link DeliveryResult#OVERLOADED}). Defaults to 100.
         *
         * @param capacity at least 1
         * @return this builder
         */
        public Builder queueCapacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("queueCapacity must be at least 1, got " + capacity);
            }
            this.queueCapacity = capacity;
            return this;
        }

        /**
         * The largest delivery body taken; a larger one is answered 413 without being read further. Defaults to
         * 256 KiB (a webhook event is a few KiB).
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxBodyBytes(int max) {
            if (max < 1 || max == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + (Integer.MAX_VALUE - 1)
                        + ", got " + max);
            }
            this.maxBodyBytes = max;
            return this;
        }

        /**
         * How long the embedded receiver gives one request to arrive (TLS handshake, request line, headers and
         * body) and be answered; a sender slower than that has its connection closed, so it holds no receiver
         * thread past it. Defaults to 10 seconds.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * How long {@link SparkBot#stop()} waits for the accepted events to be handled. Defaults to 30 seconds.
         *
         * @param timeout positive
         * @return this builder
         */
        public Builder drainTimeout(Duration timeout) {
            this.drainTimeout = positive(timeout, "drainTimeout");
            return this;
        }

        /**
         * Serves the embedded receiver over HTTPS with this context (its key and certificate).
         *
         * @param context the server's TLS context
         * @return this builder
         */
        public Builder tls(SSLContext context) {
            this.tls = Objects.requireNonNull(context, "tls must not be null");
            return this;
        }

        /**
         * Builds the bot; it does nothing until started.
         *
         * @return the bot
         * @throws IllegalStateException when no secret or no handler is set
         */
        public SparkBot build() {
            if (secret == null) {
                throw new IllegalStateException(
                        "webhookSecret is required: the bot takes only deliveries signed with it");
            }
            if (commands.isEmpty() && onMessage == null && onCardSubmit == null && onAddedToRoom == null
                    && onRemovedFromRoom == null && onRoom == null) {
                throw new IllegalStateException("a bot needs at least one handler: command, onMessage, onCardSubmit, "
                        + "onAddedToRoom, onRemovedFromRoom or onRoom");
            }
            return new SparkBot(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " must not be null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + d);
            }
            return d;
        }
    }
}
