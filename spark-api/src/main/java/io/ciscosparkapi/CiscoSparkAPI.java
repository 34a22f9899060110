package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportProvider;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The connection object: one entry point to every Spark API, as in the Python package.
 *
 * <pre>{@code
 * CiscoSparkAPI api = CiscoSparkAPI.create();            // token from SPARK_ACCESS_TOKEN
 * Person me = api.people().me();
 * Room room = api.rooms().create("ciscosparkapi Test Room");
 * for (Membership m : api.memberships().list(room.id())) {
 *     System.out.println(m.personDisplayName());
 * }
 * }</pre>
 *
 * <p>A client is immutable, thread-safe and cheap to keep for the life of an application; several
 * may coexist with different tokens. Close it to release the transport it created (a transport
 * passed in by the caller is left open). Its {@link #toString()} never shows the token.
 */
public final class CiscoSparkAPI implements AutoCloseable {

    /** The environment variable the access token is read from when none is given. */
    public static final String ACCESS_TOKEN_ENVIRONMENT_VARIABLE = "SPARK_ACCESS_TOKEN";
    /** The environment variable the base URL is read from when none is given. */
    public static final String BASE_URL_ENVIRONMENT_VARIABLE = "SPARK_BASE_URL";
    /** The base URL used when none is given or set in the environment: the historic Cisco Spark host. */
    public static final String DEFAULT_BASE_URL = "https://api.ciscospark.com/v1/";
    /** The timeout of a single request when none is given: 60 seconds. */
    public static final Duration DEFAULT_SINGLE_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** The longest a single call waits out rate limits in total when nothing else is set: 10 minutes. */
    public static final Duration DEFAULT_MAX_RATE_LIMIT_WAIT = Duration.ofMinutes(10);
    /**
     * The most bytes read of one response when nothing else is set: 32 MiB. The largest answer the
     * API gives is a page of 1,000 messages or compliance events, each with at most 7,439 bytes of
     * text, markdown and HTML: about 24 MB.
     */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;
    /** The most pages one traversal of a listing reads when nothing else is set: 100,000. */
    public static final int DEFAULT_MAX_PAGES = 100_000;

    private final Session session;
    private final boolean view;
    private final boolean ownsTransport;
    private final String transportName;

    private final PeopleApi people;
    private final RoomsApi rooms;
    private final MembershipsApi memberships;
    private final MessagesApi messages;
    private final TeamsApi teams;
    private final TeamMembershipsApi teamMemberships;
    private final WebhooksApi webhooks;
    private final OrganizationsApi organizations;
    private final LicensesApi licenses;
    private final RolesApi roles;
    private final EventsApi events;
    private final AccessTokensApi accessTokens;
    private final ContentsApi contents;
    private final GuestIssuerApi guestIssuer;
    private final AttachmentActionsApi attachmentActions;
    private final RoomTabsApi roomTabs;
    private final AdminAuditEventsApi adminAuditEvents;
    private final MeetingsApi meetings;
    private final MeetingTemplatesApi meetingTemplates;
    private final MeetingInviteesApi meetingInvitees;
    private final MeetingRegistrantsApi meetingRegistrants;
    private final RecordingsApi recordings;
    private final SparkSession rawSession;
    private final AsyncCiscoSparkAPI async;

    private CiscoSparkAPI(Session session, boolean view, boolean ownsTransport, String transportName) {
        this.session = session;
        this.view = view;
        this.ownsTransport = ownsTransport;
        this.transportName = transportName;
        this.people = new PeopleApi(session);
        this.rooms = new RoomsApi(session);
        this.memberships = new MembershipsApi(session);
        this.messages = new MessagesApi(session);
        this.teams = new TeamsApi(session);
        this.teamMemberships = new TeamMembershipsApi(session);
        this.webhooks = new WebhooksApi(session);
        this.organizations = new OrganizationsApi(session);
        this.licenses = new LicensesApi(session);
        this.roles = new RolesApi(session);
        this.events = new EventsApi(session);
        this.accessTokens = new AccessTokensApi(session);
        this.contents = new ContentsApi(session);
        this.guestIssuer = new GuestIssuerApi(session);
        this.attachmentActions = new AttachmentActionsApi(session);
        this.roomTabs = new RoomTabsApi(session);
        this.adminAuditEvents = new AdminAuditEventsApi(session);
        this.meetings = new MeetingsApi(session);
        this.meetingTemplates = new MeetingTemplatesApi(session);
        this.meetingInvitees = new MeetingInviteesApi(session);
        this.meetingRegistrants = new MeetingRegistrantsApi(session);
        this.recordings = new RecordingsApi(session);
        this.rawSession = new SparkSession(session);
        this.async = new AsyncCiscoSparkAPI(session);
    }

    /**
     * Creates a client with every default: the token from the {@code SPARK_ACCESS_TOKEN}
     * environment variable, the base URL from {@code SPARK_BASE_URL} when it is set (the fake Spark
     * server prints it) or else the historic Spark host, and the transport found on the class or
     * module path.
     *
     * @return a new client
     * @throws SparkException when no access token is set, or no transport is found
     */
    public static CiscoSparkAPI create() {
        return builder().build();
    }

    /**
     * Starts configuring a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * People: list, create, get, update, delete, and {@link PeopleApi#me() me}.
     *
     * @return the people API
     */
    public PeopleApi people() {
        return people;
    }

    /**
     * Rooms (spaces): list, create, get, update, delete.
     *
     * @return the rooms API
     */
    public RoomsApi rooms() {
        return rooms;
    }

    /**
     * Room memberships: list, create, get, update, delete.
     *
     * @return the memberships API
     */
    public MembershipsApi memberships() {
        return memberships;
    }

    /**
     * Messages: list, create (text, markdown, files), get, delete.
     *
     * @return the messages API
     */
    public MessagesApi messages() {
        return messages;
    }

    /**
     * Teams: list, create, get, update, delete.
     *
     * @return the teams API
     */
    public TeamsApi teams() {
        return teams;
    }

    /**
     * Team memberships: list, create, get, update, delete.
     *
     * @return the team memberships API
     */
    public TeamMembershipsApi teamMemberships() {
        return teamMemberships;
    }

    /**
     * Webhooks: list, create, get, update, delete.
     *
     * @return the webhooks API
     */
    public WebhooksApi webhooks() {
        return webhooks;
    }

    /**
     * Organizations: list, get.
     *
     * @return the organizations API
     */
    public OrganizationsApi organizations() {
        return organizations;
    }

    /**
     * Licenses: list, get.
     *
     * @return the licenses API
     */
    public LicensesApi licenses() {
        return licenses;
    }

    /**
     * Roles: list, get.
     *
     * @return the roles API
     */
    public RolesApi roles() {
        return roles;
    }

    /**
     * Compliance events: list, get.
     *
     * @return the events API
     */
    public EventsApi events() {
        return events;
    }

    /**
     * OAuth access tokens for integrations: exchange a code, refresh.
     *
     * @return the access tokens API
     */
    public AccessTokensApi accessTokens() {
        return accessTokens;
    }

    /**
     * Files posted to rooms: download a message's files to a stream or to disk.
     *
     * @return the contents API
     */
    public ContentsApi contents() {
        return contents;
    }

    /**
     * Guests of an application: exchange a guest JWT from {@link GuestIssuer} for a guest token.
     *
     * @return the guest issuer API
     */
    public GuestIssuerApi guestIssuer() {
        return guestIssuer;
    }

    /**
     * Card submissions (attachment actions): create, get.
     *
     * @return the attachment actions API
     */
    public AttachmentActionsApi attachmentActions() {
        return attachmentActions;
    }

    /**
     * Room tabs (web pages pinned to a room): list, create, get, update, delete.
     *
     * @return the room tabs API
     */
    public RoomTabsApi roomTabs() {
        return roomTabs;
    }

    /**
     * Admin audit events (what administrators did in an organization): list.
     *
     * @return the admin audit events API
     */
    public AdminAuditEventsApi adminAuditEvents() {
        return adminAuditEvents;
    }

    /**
     * Meetings and webinars: list, create, get, update, delete.
     *
     * @return the meetings API
     */
    public MeetingsApi meetings() {
        return meetings;
    }

    /**
     * Meeting templates: list, get.
     *
     * @return the meeting templates API
     */
    public MeetingTemplatesApi meetingTemplates() {
        return meetingTemplates;
    }

    /**
     * Meeting invitees: list, create, get, update, delete, bulk insert.
     *
     * @return the meeting invitees API
     */
    public MeetingInviteesApi meetingInvitees() {
        return meetingInvitees;
    }

    /**
     * Webinar registrants: create, list, get, delete.
     *
     * @return the meeting registrants API
     */
    public MeetingRegistrantsApi meetingRegistrants() {
        return meetingRegistrants;
    }

    /**
     * Meeting recordings: list, get, delete.
     *
     * @return the recordings API
     */
    public RecordingsApi recordings() {
        return recordings;
    }

    /**
     * Raw calls on any path, for endpoints this SDK does not model yet; every session rule
     * (authentication, rate limits, retries, paging, errors) still applies.
     *
     * @return the raw session
     */
    public SparkSession session() {
        return rawSession;
    }

    /**
     * A view of this client with some settings changed (request timeout, extra headers, retry
     * policy, rate-limit waiting), for one call or to keep, e.g.
     * {@code api.withOptions(o -> o.timeout(Duration.ofSeconds(5))).people().me()}. The view shares
     * this client's transport, connections and interceptors and costs a few small objects; the
     * access token cannot be changed through it. It is closed with this client; closing the view
     * itself does nothing.
     *
     * @param options sets the changes
     * @return the view
     * @throws IllegalArgumentException when an option is invalid, e.g. an {@code Authorization} header
     */
    public CiscoSparkAPI withOptions(Consumer<CallOptions> options) {
        CallOptions o = Arguments.apply(new CallOptions(), options);
        return new CiscoSparkAPI(session.with(session.config().with(o)), true, false, transportName);
    }

    /**
     * The async twin of this client: the same groups and methods, returning futures, on the same
     * token, transport and settings (a view's included).
     *
     * @return the async client
     */
    public AsyncCiscoSparkAPI async() {
        return async;
    }

    /**
     * The base URL every relative path is resolved against.
     *
     * @return the base URL, ending in {@code /}
     */
    public URI baseUrl() {
        return session.config().baseUrl();
    }

    /**
     * Closes the transport if this client created it; a transport passed to the builder is left
     * for its owner to close. Calls made after closing fail at once with a {@link SparkException},
     * through this client and through every view of it. Closing twice has no further effect;
     * closing a {@linkplain #withOptions(Consumer) view} has none at all.
     */
    @Override
    public void close() {
        if (!view && session.close() && ownsTransport) {
            session.config().transport().close();
        }
    }

    /** Shows the base URL and transport; never the token. */
    @Override
    public String toString() {
        return "CiscoSparkAPI{baseUrl=" + baseUrl() + ", transport=" + transportName + "}";
    }

    /**
     * Configures a {@link CiscoSparkAPI}. Not thread-safe; the client it builds is.
     */
    public static final class Builder {
        private String accessToken;
        private String baseUrl;
        private Transport transport;
        private String transportName;
        private TransportOptions transportOptions;
        private Duration singleRequestTimeout = DEFAULT_SINGLE_REQUEST_TIMEOUT;
        private boolean waitOnRateLimit = true;
        private Duration maxRateLimitWait = DEFAULT_MAX_RATE_LIMIT_WAIT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
        private int maxPages = DEFAULT_MAX_PAGES;
        private final List<SparkInterceptor> interceptors = new ArrayList<>();
        private Executor asyncExecutor;
        private boolean strictModels;
        private Function<String, String> environment = System::getenv;
        private ClientConfig.Sleeper sleeper = ClientConfig.Sleeper.THREAD;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private Supplier<List<TransportProvider>> providers = TransportSelector::discover;

        private Builder() {
        }

        /**
         * Sets the access token; it wins over the {@code SPARK_ACCESS_TOKEN} environment variable.
         *
         * @param accessToken a personal, bot or integration token
         * @return this builder
         */
        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        /**
         * Sets the base URL, e.g. {@code https://webexapis.com/v1/}; a missing trailing {@code /}
         * is added. It wins over the {@code SPARK_BASE_URL} environment variable; with neither, the
         * client talks to {@link #DEFAULT_BASE_URL}. The access token is only ever sent to this
         * URL's host.
         *
         * @param baseUrl an absolute {@code http} or {@code https} URL with a host
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Sets the base URL.
         *
         * @param baseUrl an absolute {@code http} or {@code https} URL with a host
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
        }

        /**
         * Chooses the transport by its provider's name ({@code "jdk"}, {@code "okhttp"},
         * {@code "apache"}); it must be on the class or module path.
         *
         * @param name the provider name
         * @return this builder
         */
        public Builder transport(String name) {
            this.transportName = Objects.requireNonNull(name, "name");
            this.transport = null;
            return this;
        }

        /**
         * Uses a transport the caller created and owns; the client never closes it.
         *
         * @param transport the transport
         * @return this builder
         */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            this.transportName = null;
            return this;
        }

        /**
         * Sets the connect timeout, proxy and TLS settings the client's own transport is created
         * with. Ignored when a {@link Transport} instance is given.
         *
         * @param options the options
         * @return this builder
         */
        public Builder transportOptions(TransportOptions options) {
            this.transportOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Sets the timeout of each single request (default 60 s).
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder singleRequestTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("singleRequestTimeout must be positive: " + timeout);
            }
            this.singleRequestTimeout = timeout;
            return this;
        }

        /**
         * Sets whether a 429 answer is waited out and the request resent (default {@code true}).
         * When {@code false}, a {@link SparkRateLimitException} is thrown at once.
         *
         * @param wait whether to wait
         * @return this builder
         */
        public Builder waitOnRateLimit(boolean wait) {
            this.waitOnRateLimit = wait;
            return this;
        }

        /**
         * Sets the most one call may wait out rate limits in total (default 10 minutes); when a
         * further wait would exceed it, the {@link SparkRateLimitException} is thrown instead.
         *
         * @param max a non-negative duration
         * @return this builder
         */
        public Builder maxRateLimitWait(Duration max) {
            Objects.requireNonNull(max, "max");
            if (max.isNegative()) {
                throw new IllegalArgumentException("maxRateLimitWait must not be negative: " + max);
            }
            this.maxRateLimitWait = max;
            return this;
        }

        /**
         * Sets how requests are retried after 5xx answers and I/O errors (default
         * {@link RetryPolicy#defaults()}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the most bytes the client reads of one response body (default
         * {@link #DEFAULT_MAX_RESPONSE_BYTES}). A longer answer fails the call with a
         * {@link SparkException} naming the cap and the URL, before it fills the heap.
         *
         * @param max a positive number of bytes
         * @return this builder
         * @throws IllegalArgumentException when {@code max} is not positive
         */
        public Builder maxResponseBytes(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be positive: " + max);
            }
            this.maxResponseBytes = max;
            return this;
        }

        /**
         * Sets the most pages one traversal of a listing reads (default {@link #DEFAULT_MAX_PAGES}).
         * A listing that would read more ends with a {@link SparkException} naming the cap.
         *
         * @param max at least 1
         * @return this builder
         * @throws IllegalArgumentException when {@code max} is less than 1
         */
        public Builder maxPages(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPages must be at least 1: " + max);
            }
            this.maxPages = max;
            return this;
        }

        /**
         * Adds an interceptor that sees every attempt of every call: before it is sent (and may
         * add headers), and after it ended. Interceptors run in the order they were added.
         *
         * @param interceptor the interceptor
         * @return this builder
         */
        public Builder interceptor(SparkInterceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /**
         * Runs the async client's work that may block (reading answers, a transport's blocking
         * exchange) on the caller's executor instead of the client's own small pool of daemon
         * threads. The client never shuts it down. The executor must run tasks on threads of its
         * own (a pool, or a thread per task), never inline on the submitting thread such as
         * {@code Runnable::run}: transports hand answers over from their I/O threads, which a
         * blocking read must not hold.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder asyncExecutor(Executor executor) {
            this.asyncExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Makes a response field that a model does not know fail the call with a
         * {@link SparkException} (default {@code false}: unknown fields are kept and readable).
         * Meant for tests that keep models in step with the API.
         *
         * @param strict whether to fail on unknown fields
         * @return this builder
         */
        public Builder strictModels(boolean strict) {
            this.strictModels = strict;
            return this;
        }

        Builder environment(Function<String, String> environment) {
            this.environment = environment;
            return this;
        }

        Builder sleeper(ClientConfig.Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        Builder random(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        Builder providers(Supplier<List<TransportProvider>> providers) {
            this.providers = providers;
            return this;
        }

        /**
         * Builds the client.
         *
         * @return a new client
         * @throws SparkException when no access token is given or set in the environment, the
         *     token cannot be sent as a header value, the base URL is not valid, or no transport can
         *     be found
         */
        public CiscoSparkAPI build() {
            String token = accessToken;
            if (token == null || token.isBlank()) {
                token = environment.apply(ACCESS_TOKEN_ENVIRONMENT_VARIABLE);
            }
            if (token == null || token.isBlank()) {
                throw new SparkException("You must provide a Spark access token to interact with the Cisco Spark APIs, "
                        + "either via a " + ACCESS_TOKEN_ENVIRONMENT_VARIABLE + " environment variable or via the "
                        + "accessToken(...) method of CiscoSparkAPI.builder().");
            }
            token = validateToken(token.trim());
            String url = baseUrl;
            if (url == null || url.isBlank()) {
                url = environment.apply(BASE_URL_ENVIRONMENT_VARIABLE);
            }
            URI base = validateBaseUrl(url == null || url.isBlank() ? DEFAULT_BASE_URL : url);
            Log.prepare();
            Transport chosen = transport;
            String name = "custom (" + (chosen == null ? "" : chosen.getClass().getName()) + ")";
            boolean owns = false;
            if (chosen == null) {
                List<TransportProvider> found = providers.get();
                TransportProvider provider = TransportSelector.choose(transportName, found, environment);
                chosen = provider.create(transportOptions != null ? transportOptions
                        : TransportOptions.builder().readTimeout(singleRequestTimeout).build());
                TransportSelector.logChoice(found, provider);
                name = provider.name();
                owns = true;
            }
            ClientConfig config = new ClientConfig(base, token, chosen, singleRequestTimeout, waitOnRateLimit,
                    maxRateLimitWait, retryPolicy, maxResponseBytes, maxPages, Headers.empty(), interceptors,
                    strictModels, sleeper, random);
            return new CiscoSparkAPI(new Session(config, asyncExecutor), false, owns, name);
        }

        /** A token must be sendable as one header value: visible ASCII, no spaces or line breaks. */
        private static String validateToken(String token) {
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                if (c <= ' ' || c > '~') {
                    throw new SparkException("The access token cannot be sent: it holds "
                            + (c == '\n' || c == '\r' ? "a line break" : c <= ' ' ? "a space or control character"
                            : "a character that is not ASCII") + " at position " + i + " of " + token.length()
                            + "; an access token is visible ASCII only (check how it was copied or read)");
                }
            }
            return token;
        }

        private static URI validateBaseUrl(String text) {
            URI uri;
            try {
                uri = new URI(text.trim());
            } catch (URISyntaxException e) {
                throw new SparkException("The base URL '" + text + "' is not a valid URL: " + e.getMessage(), e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new SparkException("The base URL '" + text + "' must start with https:// (or http://)");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new SparkException("The base URL '" + text + "' has no host");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new SparkException("The base URL '" + text + "' must not have a query or fragment");
            }
            String s = uri.toString();
            return URI.create(s.endsWith("/") ? s : s + "/");
        }
    }
}
