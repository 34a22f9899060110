package io.ciscosparkapi.testkit;

import io.ciscosparkapi.testkit.internal.api.Dispatcher;
import io.ciscosparkapi.testkit.internal.api.Notifier;
import io.ciscosparkapi.testkit.internal.api.Settings;
import io.ciscosparkapi.testkit.internal.faults.FaultRegistry;
import io.ciscosparkapi.testkit.internal.frontend.HttpFrontend;
import io.ciscosparkapi.testkit.internal.frontend.InProcessTransport;
import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.webhooks.Deliverer;
import io.ciscosparkapi.testkit.internal.state.Entities.AuthCode;
import io.ciscosparkapi.testkit.internal.state.Entities.OAuthClient;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import io.ciscosparkapi.transport.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An in-memory fake of the Cisco Spark (Webex) REST API with the real service's rules: people,
 * rooms, memberships, messages, teams, webhooks, events and more; paging with {@code Link}
 * headers; 400/401/403/404/405/409 where the service answers them; injected faults; a request
 * journal; signed webhook deliveries.
 *
 * <p>It is reached in-process through {@link #transport()} (no sockets), over loopback HTTP
 * after {@link #startHttp()}, or as a separate process through {@link FakeSparkServer}.
 * Every instance is independent and thread-safe. For JUnit 5 tests, {@code @FakeSparkTest}
 * (package {@code io.ciscosparkapi.testkit.junit}) starts one per test class and injects it
 * and ready SDK clients.
 *
 * <pre>{@code
 * try (FakeSpark spark = FakeSpark.create()) {
 *     URI base = spark.startHttp();               // http://127.0.0.1:PORT/v1/
 *     String token = spark.admin().token();
 *     FakeUser bob = spark.createUser("Bob");     // bob@example.com
 * }
 * }</pre>
 */
public final class FakeSpark implements AutoCloseable {

    private static final String DOMAIN = "example.com";
    private static final String BOT_DOMAIN = "sparkbot.io";

    private final Settings settings;
    private final Settings initialSettings;
    private final FakeClock clock;
    private final String orgUuid = Ids.uuid();
    private final FakeUser admin;
    private final String adminUuid;
    private final List<String> seedUuids = new ArrayList<>();
    private final List<FakeUser> seedUsers = new ArrayList<>();
    private final FaultRegistry faultRegistry = new FaultRegistry();
    private final Faults faults;
    private final Journal journal;
    private final Deliverer deliverer;
    private final Dispatcher dispatcher;
    private final int webhookFailureLimit;
    private final Duration webhookFailureWindow;
    private final java.util.Map<String, java.util.ArrayDeque<java.time.Instant>> webhookFailures = new java.util.HashMap<>();
    private volatile Store store;
    private HttpFrontend http;
    private volatile boolean closed;

    private FakeSpark(Builder b) {
        this.settings = new Settings();
        settings.defaultPageSize = b.defaultPageSize;
        settings.maxNullInNextLink = b.maxNullInNextLink;
        settings.dropFilterParamsInNextLink = b.dropFilterParamsInNextLink;
        this.initialSettings = settings.copy();
        this.clock = new FakeClock(b.clock);
        this.faults = new Faults(faultRegistry, settings, initialSettings);
        this.journal = new Journal(b.journalLimit);
        this.webhookFailureLimit = b.webhookFailureLimit;
        this.webhookFailureWindow = b.webhookFailureWindow;
        this.deliverer = new Deliverer(b.webhookAttempts, this::deliveryGivenUp);
        String orgId = Ids.encode("ORGANIZATION", orgUuid);
        this.adminUuid = Ids.uuid();
        this.admin = new FakeUser(Ids.encode("PEOPLE", adminUuid), "admin@" + DOMAIN, "Admin Example", Ids.token(),
                orgId, false);
        for (int i = 1; i <= b.seedUsers; i++) {
            String uuid = Ids.uuid();
            seedUuids.add(uuid);
            seedUsers.add(new FakeUser(Ids.encode("PEOPLE", uuid), "user" + i + "@" + DOMAIN, "User " + i,
                    Ids.token(), orgId, false));
        }
        Notifier notifier = new Notifier(deliverer::deliver);
        this.dispatcher = new Dispatcher(() -> store, settings, notifier, faultRegistry, this::record);
        this.store = seed();
    }

    private Store seed() {
        Store s = new Store(clock);
        synchronized (s) {
            s.addOrg(orgUuid, "Example Corp");
            s.addRoles();
            Person a = s.addPerson(adminUuid, admin.displayName(), admin.email(), "person", admin.orgId(), admin.token());
            a.roles.add(Store.ROLE_FULL_ADMIN);
            s.licenses.values().forEach(l -> {
                if (!a.licenses.contains(l.id)) {
                    a.licenses.add(l.id);
                    l.consumedUnits++;
                }
            });
            a.complianceOfficer = true;
            for (int i = 0; i < seedUsers.size(); i++) {
                FakeUser u = seedUsers.get(i);
                s.addPerson(seedUuids.get(i), u.displayName(), u.email(), "person", u.orgId(), u.token());
            }
        }
        return s;
    }

    /**
     * Creates a fake with the default seed: the org "Example Corp", its admin (full admin and
     * compliance officer), licenses and roles.
     *
     * @return a new fake; close it when done
     */
    public static FakeSpark create() {
        return builder().build();
    }

    /**
     * Starts a builder for a fake with options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The seeded admin: full administrator and compliance officer of "Example Corp". Its token
     * stays the same across {@link #reset()}.
     *
     * @return the admin
     */
    public FakeUser admin() {
        return admin;
    }

    /**
     * The users seeded through {@link Builder#seedUsers(int)}, named "User 1", "User 2", ...
     *
     * @return the users, in order
     */
    public List<FakeUser> seededUsers() {
        return List.copyOf(seedUsers);
    }

    /**
     * Creates a person in the org with its own token; the address is derived from the name,
     * e.g. "Bob" gets {@code bob@example.com} (a number is added when taken).
     *
     * @param displayName the display name
     * @return the new user
     */
    public FakeUser createUser(String displayName) {
        return addUser(displayName, "person", DOMAIN);
    }

    /**
     * Creates a bot (person {@code type} "bot") with its own token, e.g. {@code helper@sparkbot.io}.
     *
     * @param displayName the display name
     * @return the new bot
     */
    public FakeUser createBot(String displayName) {
        return addUser(displayName, "bot", BOT_DOMAIN);
    }

    private FakeUser addUser(String displayName, String type, String domain) {
        Objects.requireNonNull(displayName, "displayName");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        Store s = store;
        synchronized (s) {
            String token = Ids.token();
            Person p = s.addPerson(Ids.uuid(), displayName, s.freeEmail(displayName, domain), type, admin.orgId(), token);
            return new FakeUser(p.id, p.email(), p.displayName, token, p.orgId, p.isBot());
        }
    }

    /**
     * Registers an OAuth integration for {@code POST access_token}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     */
    public void registerOAuthClient(String clientId, String clientSecret) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Store s = store;
        synchronized (s) {
            s.oauthClients.put(clientId, new OAuthClient(clientId, clientSecret));
        }
    }

    /**
     * Issues a one-time authorization code, as the browser step of OAuth would.
     *
     * @param clientId a registered client id
     * @param person the person who authorizes
     * @param redirectUri the redirect URI the exchange must repeat
     * @return the code
     * @throws IllegalArgumentException when the client is not registered
     */
    public String issueAuthCode(String clientId, FakeUser person, String redirectUri) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Store s = store;
        synchronized (s) {
            if (!s.oauthClients.containsKey(clientId)) {
                throw new IllegalArgumentException("unknown OAuth client: " + clientId);
            }
            String code = Ids.token();
            s.authCodes.put(code, new AuthCode(clientId, person.id(), redirectUri));
            return code;
        }
    }

    /**
     * A new in-process transport: requests go straight to the fake, no sockets. It answers any
     * absolute URI whose path starts with {@code /v1/} and builds next links from the request's
     * scheme, host and port. Closing it does not close the fake.
     *
     * @return a new transport
     */
    public Transport transport() {
        return new InProcessTransport(dispatcher);
    }

    /**
     * Starts serving over HTTP on {@code 127.0.0.1} and a free port; does nothing when already
     * started.
     *
     * @return the base URL, e.g. {@code http://127.0.0.1:41234/v1/}
     */
    public URI startHttp() {
        return startHttp("127.0.0.1", 0);
    }

    /**
     * Starts serving over HTTP; does nothing when already started.
     *
     * @param host the address to bind
     * @param port the port, 0 for a free one
     * @return the base URL
     * @throws UncheckedIOException when the address cannot be bound
     */
    public synchronized URI startHttp(String host, int port) {
        if (closed) {
            throw new IllegalStateException("this fake is closed");
        }
        if (http == null) {
            try {
                http = HttpFrontend.start(dispatcher, host, port);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serve on " + host + ":" + port, e);
            }
        }
        return http.baseUrl();
    }

    /**
     * Whether the fake serves HTTP, i.e. {@link #startHttp()} was called and the fake is not
     * closed.
     *
     * @return whether {@link #baseUrl()} answers
     */
    public synchronized boolean isServingHttp() {
        return http != null;
    }

    /**
     * The HTTP base URL.
     *
     * @return the base URL
     * @throws IllegalStateException when HTTP has not been started
     */
    public synchronized URI baseUrl() {
        if (http == null) {
            throw new IllegalStateException("HTTP is not started; call startHttp()");
        }
        return http.baseUrl();
    }

    /**
     * Fault injection.
     *
     * @return the faults
     */
    public Faults faults() {
        return faults;
    }

    /**
     * The requests received.
     *
     * @return the journal
     */
    public Journal journal() {
        return journal;
    }

    /**
     * The webhook deliveries sent or being sent.
     *
     * @return a snapshot, oldest first
     */
    public List<WebhookDelivery> deliveries() {
        return published(deliverer.snapshot());
    }

    /**
     * Waits until at least {@code count} webhook deliveries have finished.
     *
     * @param count how many
     * @param timeout the longest wait
     * @return the deliveries at that moment (fewer finished ones when the time ran out)
     * @throws InterruptedException when interrupted
     */
    public List<WebhookDelivery> awaitDeliveries(int count, Duration timeout) throws InterruptedException {
        return published(deliverer.await(count, timeout));
    }

    private static List<WebhookDelivery> published(List<Deliverer.Snapshot> snapshots) {
        return snapshots.stream().map(d -> new WebhookDelivery(d.webhookId(), d.targetUrl(), d.body(), d.signature(),
                d.status(), d.attempts(), d.finished(), d.succeeded(), d.error())).toList();
    }

    private void record(ApiRequest request) {
        journal.record(new RecordedRequest(request.method(), request.path(), request.rawQuery(), request.headers(),
                new String(request.body(), StandardCharsets.UTF_8)));
    }

    /**
     * Returns to the freshly seeded state: same org, admin and seeded users with the same
     * tokens; everything else gone. Faults, journal and delivery records are cleared.
     */
    public void reset() {
        Store fresh = seed();
        store = fresh;
        faults.clear();
        journal.clear();
        deliverer.clear();
        synchronized (webhookFailures) {
            webhookFailures.clear();
        }
    }

    /** Stops HTTP serving and webhook delivery. */
    @Override
    public synchronized void close() {
        closed = true;
        if (http != null) {
            http.close();
            http = null;
        }
        deliverer.close();
    }

    /**
     * Counts a delivery given up for a webhook; once {@code webhookFailureLimit} of them fall within
     * {@code webhookFailureWindow}, the webhook is disabled ({@code status} becomes
     * {@code inactive}) as the real service does. A PUT with {@code status: active} re-enables it.
     */
    private void deliveryGivenUp(String webhookId) {
        java.time.Instant now = java.time.Instant.now();
        boolean disable;
        synchronized (webhookFailures) {
            java.util.ArrayDeque<java.time.Instant> failures =
                    webhookFailures.computeIfAbsent(webhookId, k -> new java.util.ArrayDeque<>());
            failures.addLast(now);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(webhookFailureWindow))) {
                failures.removeFirst();
            }
            disable = failures.size() >= webhookFailureLimit;
            if (disable) {
                failures.clear();
            }
        }
        if (disable) {
            Store s = store;
            synchronized (s) {
                var webhook = s.webhooks.get(webhookId);
                if (webhook != null) {
                    webhook.status = "inactive";
                }
            }
        }
    }

    /** Options for a {@link FakeSpark}. Not thread-safe. */
    public static final class Builder {
        private int seedUsers;
        private boolean maxNullInNextLink;
        private boolean dropFilterParamsInNextLink;
        private int defaultPageSize = 100;
        private Clock clock = Clock.systemUTC();
        private int webhookAttempts = 3;
        private int webhookFailureLimit = 100;
        private int journalLimit = 10_000;
        private Duration webhookFailureWindow = Duration.ofMinutes(5);

        private Builder() {
        }

        /**
         * Seeds this many extra users ("User 1" ... with {@code user1@example.com} ...).
         *
         * @param count how many, at least 0
         * @return this builder
         */
        public Builder seedUsers(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative: " + count);
            }
            this.seedUsers = count;
            return this;
        }

        /**
         * Reproduces the real service's paging defects (spec §1.8).
         *
         * @param maxNullInNextLink next links carry {@code max=null}
         * @param dropFilterParamsInNextLink next links keep only {@code max} and the cursor
         * @return this builder
         */
        public Builder pagingDefects(boolean maxNullInNextLink, boolean dropFilterParamsInNextLink) {
            this.maxNullInNextLink = maxNullInNextLink;
            this.dropFilterParamsInNextLink = dropFilterParamsInNextLink;
            return this;
        }

        /**
         * Sets the page size used when a list request has no {@code max}.
         *
         * @param size at least 1
         * @return this builder
         */
        public Builder defaultPageSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("size must be at least 1: " + size);
            }
            this.defaultPageSize = size;
            return this;
        }

        /**
         * Sets the wall clock timestamps are taken from (they still strictly increase).
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how many times a webhook delivery is tried before it is given up.
         *
         * @param attempts at least 1; default 3
         * @return this builder
         */
        public Builder webhookAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
            }
            this.webhookAttempts = attempts;
            return this;
        }

        /**
         * Sets when a webhook is disabled for failing: after {@code failures} deliveries were given
         * up within {@code window}, its {@code status} becomes {@code inactive} and it stops firing.
         * The real service is reported to do this after about 100 failures in 5 minutes, the
         * default.
         *
         * @param failures at least 1
         * @param window a positive duration
         * @return this builder
         */
        public Builder webhookFailureLimit(int failures, Duration window) {
            if (failures < 1) {
                throw new IllegalArgumentException("failures must be at least 1: " + failures);
            }
            Objects.requireNonNull(window, "window");
            if (window.isZero() || window.isNegative()) {
                throw new IllegalArgumentException("window must be positive: " + window);
            }
            this.webhookFailureLimit = failures;
            this.webhookFailureWindow = window;
            return this;
        }

        /**
         * Sets how many requests the {@link Journal} keeps (the most recent ones); 0 keeps none.
         *
         * @param limit at least 0; default 10,000
         * @return this builder
         */
        public Builder journalLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative: " + limit);
            }
            this.journalLimit = limit;
            return this;
        }

        /**
         * Builds the fake.
         *
         * @return a new fake
         */
        public FakeSpark build() {
            return new FakeSpark(this);
        }
    }
}
