package io.ciscosparkapi.testkit;

import io.ciscosparkapi.testkit.internal.api.AdminAudit;
import io.ciscosparkapi.testkit.internal.api.Dispatcher;
import io.ciscosparkapi.testkit.internal.api.Notifier;
import io.ciscosparkapi.testkit.internal.faults.FaultRegistry;
import io.ciscosparkapi.testkit.internal.frontend.HttpFrontend;
import io.ciscosparkapi.testkit.internal.frontend.InProcessTransport;
import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Seed;
import io.ciscosparkapi.testkit.internal.state.Store;
import io.ciscosparkapi.testkit.internal.tls.SelfSignedCertificate;
import io.ciscosparkapi.testkit.internal.webhooks.Deliverer;
import io.ciscosparkapi.testkit.internal.webhooks.WebhookFailurePolicy;
import io.ciscosparkapi.transport.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * An in-memory fake of the Cisco Spark (Webex) REST API with the real service's rules: people,
 * rooms, memberships, messages, teams, webhooks, events and more; paging with {@code Link}
 * headers; 400/401/403/404/405/409 where the service answers them; injected faults; a request
 * journal; signed webhook deliveries.
 *
 * <p>It is reached in-process through {@link #transport()} (no sockets), over loopback HTTP
 * after {@link #startHttp()} or HTTPS after {@link #startHttps()}, or as a separate process
 * through {@link FakeSparkServer}.
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

    private final Seed seed;
    private final FakeUser admin;
    private final List<FakeUser> seededUsers;
    private final FakeClock clock;
    private final FaultRegistry faultRegistry = new FaultRegistry();
    private final Faults faults = new Faults(faultRegistry);
    private final Journal journal;
    private final WebhookFailurePolicy webhookFailures;
    private final Deliverer deliverer;
    private final Dispatcher dispatcher;
    private volatile Store store;
    private HttpFrontend http;
    private SelfSignedCertificate certificate;
    private Path certificateFile;
    private volatile boolean closed;

    FakeSpark(FakeSparkBuilder options) {
        this.seed = new Seed(options.seedUsers);
        this.admin = user(seed.admin());
        this.seededUsers = seed.users().stream().map(FakeSpark::user).toList();
        this.clock = new FakeClock(options.clock);
        this.journal = new Journal(options.journalLimit);
        this.webhookFailures = new WebhookFailurePolicy(options.webhookFailureLimit, options.webhookFailureWindow,
                clock, () -> store);
        this.deliverer = new Deliverer(options.webhookAttempts, webhookFailures::deliveryGivenUp);
        Notifier notifier = new Notifier(deliverer::deliver);
        this.dispatcher = new Dispatcher(() -> store, options.defaultPageSize, notifier, faultRegistry, this::record);
        this.store = seed.freshStore(clock);
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
    public static FakeSparkBuilder builder() {
        return new FakeSparkBuilder();
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
     * The users seeded through {@link FakeSparkBuilder#seedUsers(int)}, named "User 1", "User 2", ...
     *
     * @return the users, in order
     */
    public List<FakeUser> seededUsers() {
        return seededUsers;
    }

    /**
     * Creates a person in the org with its own token; the address is derived from the name,
     * e.g. "Bob" gets {@code bob@example.com} (a number is added when taken).
     *
     * @param displayName the display name
     * @return the new user
     */
    public FakeUser createUser(String displayName) {
        return user(seed.addAccount(store, displayName, false));
    }

    /**
     * Creates a bot (person {@code type} "bot") with its own token, e.g. {@code helper@sparkbot.io}.
     *
     * @param displayName the display name
     * @return the new bot
     */
    public FakeUser createBot(String displayName) {
        return user(seed.addAccount(store, displayName, true));
    }

    private static FakeUser user(Seed.Account a) {
        return new FakeUser(a.id(), a.email(), a.displayName(), a.token(), a.orgId(), a.bot());
    }

    /**
     * Registers an OAuth integration for {@code POST access_token}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     */
    public void registerOAuthClient(String clientId, String clientSecret) {
        Store s = store;
        synchronized (s) {
            s.oauth.registerClient(clientId, clientSecret);
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
        Store s = store;
        synchronized (s) {
            return s.oauth.issueCode(clientId, person.id(), redirectUri);
        }
    }

    /**
     * Seeds a recording of a meeting, as the service makes one when a recorded meeting ends: the
     * only way recordings come to exist in the fake (spec §2.17). Its {@code topic} is the
     * meeting's title, its {@code createTime} the meeting's end, {@code durationSeconds} the
     * meeting's length, its password the meeting's; {@code format} {@code MP4}, {@code status}
     * {@code available}. The meeting's host (and its org's admins) then see it under
     * {@code recordings}; it stays when the meeting is deleted, and goes on {@link #reset()}.
     *
     * @param meetingId the id of a meeting created with {@code POST meetings}
     * @return the recording's id
     * @throws IllegalArgumentException when no meeting has that id
     */
    public String seedRecording(String meetingId) {
        Objects.requireNonNull(meetingId, "meetingId");
        Store s = store;
        synchronized (s) {
            var meeting = s.meetings.meetings.get(meetingId);
            if (meeting == null) {
                throw new IllegalArgumentException("no meeting has the id " + meetingId);
            }
            return s.meetings.addRecording(meeting).id;
        }
    }

    /**
     * Registers a new guest issuer (spec §2.16) with a fresh id and a random 32-byte secret, in the
     * org of {@link #admin()}. A JWT signed with HS256 under the decoded secret, with that
     * {@code iss}, a {@code sub} of letters, digits and hyphens, a {@code name} and an {@code exp}
     * still ahead of the fake's clock, is exchanged by {@code POST jwt/login} for an access token
     * ({@code expiresIn} 21600 seconds of the fake's clock) that acts as a person of type
     * {@code appuser}: made at the subject's first login, the same person at later ones. The issuer
     * is gone on {@link #reset()}.
     *
     * @return the issuer id and its secret
     */
    public FakeGuestIssuer addGuestIssuer() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String issuerId = Ids.encode("APPLICATION", Ids.uuid());
        Store s = store;
        synchronized (s) {
            s.guestIssuers.register(issuerId, key, admin.orgId());
        }
        return new FakeGuestIssuer(issuerId, Base64.getEncoder().encodeToString(key));
    }

    /**
     * Registers what the fake serves for a file URL, which it cannot fetch: a message posted with
     * {@code files: [url]} then has a {@code contents/{id}} URL of the fake in its {@code files},
     * which serves these bytes with this content type and file name. A URL nobody registered is
     * served as a placeholder: the URL's own text as the bytes, named after its last path segment
     * ({@code file} when it has none), with the content type that name suggests
     * ({@code application/octet-stream} when none). Registering a URL again replaces what it
     * serves for messages posted later. Gone on {@link #reset()}.
     *
     * @param url the URL as messages will give it
     * @param bytes the content (copied)
     * @param contentType e.g. {@code image/png}
     * @param fileName the name for {@code Content-Disposition}, e.g. {@code chart.png}
     * @throws IllegalArgumentException when {@code url} is not an absolute http or https URL, or a
     *     text is blank
     */
    public void serveFileAt(String url, byte[] bytes, String contentType, String fileName) {
        requireText(url, "url");
        Objects.requireNonNull(bytes, "bytes");
        requireText(contentType, "contentType");
        requireText(fileName, "fileName");
        URI u;
        try {
            u = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url is not a URL: " + url, e);
        }
        if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http or https URL: " + url);
        }
        Store s = store;
        synchronized (s) {
            s.servedFiles.put(url, new Store.ServedFile(bytes.clone(), contentType, fileName));
        }
    }

    /**
     * Records an admin audit event that happened before now, as if the org had a history: it is
     * listed by {@code GET adminAudit/events} like the events the fake records itself for the
     * people an admin creates, updates or deletes. Its {@code data} names the actor and its org,
     * with the org as the target, {@code eventCategory} and {@code eventDescription} as given, and
     * {@code actionText} "&lt;actor's name&gt;: &lt;description&gt;". Gone on {@link #reset()}.
     *
     * @param created when it happened, not after the fake's clock
     * @param actor who acted, a user of this fake (usually {@link #admin()})
     * @param eventCategory e.g. {@code "LOGINS"}
     * @param eventDescription e.g. {@code "An admin logged in"}
     * @return the event id
     * @throws IllegalArgumentException when {@code created} is in the fake's future, the actor is
     *     not (or no longer) a person of this fake, or a text is blank
     */
    public String seedAuditEvent(Instant created, FakeUser actor, String eventCategory, String eventDescription) {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(actor, "actor");
        requireText(eventCategory, "eventCategory");
        requireText(eventDescription, "eventDescription");
        if (created.isAfter(clock.peek())) {
            throw new IllegalArgumentException("created must not be after the fake's clock (" + clock.peek() + "): "
                    + created);
        }
        Store s = store;
        synchronized (s) {
            Person person = s.people.get(actor.id());
            if (person == null) {
                throw new IllegalArgumentException("actor is not a person of this fake: " + actor);
            }
            return AdminAudit.seed(s, created.truncatedTo(ChronoUnit.MILLIS), person,
                    eventCategory, eventDescription);
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
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
     * serving HTTP.
     *
     * @return the base URL, e.g. {@code http://127.0.0.1:41234/v1/}
     * @throws IllegalStateException when serving HTTPS already, or closed
     */
    public URI startHttp() {
        return startHttp("127.0.0.1", 0);
    }

    /**
     * Starts serving over HTTP; does nothing when already serving HTTP.
     *
     * @param host the address to bind
     * @param port the port, 0 for a free one
     * @return the base URL
     * @throws UncheckedIOException when the address cannot be bound; the message says why, e.g.
     *     that the port is already in use
     * @throws IllegalStateException when serving HTTPS already, or closed
     */
    public synchronized URI startHttp(String host, int port) {
        return serve(host, port, false);
    }

    /**
     * Starts serving over HTTPS on {@code 127.0.0.1} and a free port, with a self-signed
     * certificate made now; does nothing when already serving HTTPS. Clients trust it through
     * {@link #clientSslContext()} (Java) or {@link #certificatePemFile()} (anything else).
     *
     * @return the base URL, e.g. {@code https://127.0.0.1:41234/v1/}
     * @throws IllegalStateException when serving plain HTTP already, or closed
     */
    public URI startHttps() {
        return startHttps("127.0.0.1", 0);
    }

    /**
     * Starts serving over HTTPS (TLS, HTTP/1.1) with a self-signed certificate made now, for
     * {@code localhost}, {@code 127.0.0.1} and {@code host}, so that clients verifying host names
     * accept it once they trust it; does nothing when already serving HTTPS. The certificate is
     * valid for a year of real time (clients check it against their own clock, not the fake's).
     *
     * @param host the address to bind
     * @param port the port, 0 for a free one
     * @return the base URL
     * @throws UncheckedIOException when the address cannot be bound, or the PEM file cannot be
     *     written; the message says why
     * @throws IllegalStateException when serving plain HTTP already, when the JDK cannot make the
     *     certificate, or closed
     */
    public synchronized URI startHttps(String host, int port) {
        return serve(host, port, true);
    }

    private URI serve(String host, int port, boolean https) {
        if (closed) {
            throw new IllegalStateException("this fake is closed");
        }
        if (http != null) {
            if (https != (certificate != null)) {
                throw new IllegalStateException("this fake serves " + http.baseUrl().getScheme() + " already, at "
                        + http.baseUrl() + "; one fake serves one way");
            }
            return http.baseUrl();
        }
        try {
            if (https) {
                SelfSignedCertificate made = SelfSignedCertificate.generate(host);
                Path pem = Files.createTempFile("fake-spark-", ".pem");
                try {
                    Files.writeString(pem, made.pem(), StandardCharsets.US_ASCII);
                    http = HttpFrontend.startHttps(dispatcher, host, port, made.serverContext());
                } catch (IOException | GeneralSecurityException | RuntimeException e) {
                    Files.deleteIfExists(pem);
                    throw e;
                }
                certificate = made;
                certificateFile = pem;
                pem.toFile().deleteOnExit();
            } else {
                http = HttpFrontend.start(dispatcher, host, port);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS certificate with this JDK: " + e.getMessage(), e);
        }
        return http.baseUrl();
    }

    /**
     * Whether the fake serves over the network, HTTP or HTTPS: {@link #startHttp()} or
     * {@link #startHttps()} was called and the fake is not closed.
     *
     * @return whether {@link #baseUrl()} answers
     */
    public synchronized boolean isServingHttp() {
        return http != null;
    }

    /**
     * The base URL over the network, {@code http://...} or {@code https://...}.
     *
     * @return the base URL
     * @throws IllegalStateException when neither HTTP nor HTTPS has been started
     */
    public synchronized URI baseUrl() {
        if (http == null) {
            throw new IllegalStateException("HTTP is not started; call startHttp() or startHttps()");
        }
        return http.baseUrl();
    }

    /**
     * An {@link SSLContext} for clients of the HTTPS fake: it trusts the fake's certificate and
     * nothing else, e.g. {@code HttpClient.newBuilder().sslContext(fake.clientSslContext())}.
     * Host names are verified as usual: use {@code 127.0.0.1}, {@code localhost} or the host the
     * fake was started on.
     *
     * @return a new context
     * @throws IllegalStateException when the fake does not serve HTTPS
     */
    public synchronized SSLContext clientSslContext() {
        try {
            return requireHttps().clientContext();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS context with this JDK: " + e.getMessage(), e);
        }
    }

    /**
     * A PEM file holding the HTTPS fake's certificate, for clients that take a CA file
     * ({@code curl --cacert}, {@code REQUESTS_CA_BUNDLE}, {@code NODE_EXTRA_CA_CERTS}, ...). It is
     * deleted when the fake is closed.
     *
     * @return the file
     * @throws IllegalStateException when the fake does not serve HTTPS
     */
    public synchronized Path certificatePemFile() {
        requireHttps();
        return certificateFile;
    }

    private SelfSignedCertificate requireHttps() {
        if (certificate == null || http == null) {
            throw new IllegalStateException("HTTPS is not started; call startHttps()");
        }
        return certificate;
    }

    /**
     * Moves the fake's time forward, at once: everything time-dependent reads this clock, so
     * what would take that long happens now (access tokens minted by {@code POST access_token}
     * expire, webhook failures fall out of their window, later timestamps are that much later).
     * Nothing sleeps. Time never goes back, not even on {@link #reset()}.
     *
     * @param amount how far, not negative
     * @throws IllegalArgumentException when {@code amount} is negative
     */
    public void advanceClock(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        clock.advance(amount);
    }

    /**
     * Fault injection: the one place for faults and paging defects.
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

    private void record(ApiRequest request) {
        journal.record(new RecordedRequest(request.method(), request.path(), request.rawQuery(), request.headers(),
                new String(request.body(), StandardCharsets.UTF_8)));
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

    /**
     * Returns to the freshly seeded state: same org, admin and seeded users with the same
     * tokens; everything else gone. Faults, journal and delivery records are cleared.
     */
    public void reset() {
        store = seed.freshStore(clock);
        faults.clear();
        journal.clear();
        deliverer.clear();
        webhookFailures.clear();
    }

    /** Stops HTTP(S) serving and webhook delivery, and deletes the certificate's PEM file. */
    @Override
    public synchronized void close() {
        closed = true;
        if (http != null) {
            http.close();
            http = null;
        }
        if (certificateFile != null) {
            try {
                Files.deleteIfExists(certificateFile);
            } catch (IOException e) {
                // left to deleteOnExit
            }
        }
        certificate = null;
        deliverer.close();
    }
}
