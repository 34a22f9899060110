package io.ciscosparkapi.testkit.junit;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.transport.Transport;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A JUnit 5 extension that runs a test class against a {@link FakeSpark}.
 *
 * <ul>
 *   <li>One fake per test class, started before the first test and closed after the last;
 *       {@code @Nested} classes share the enclosing class's fake. It is reached in-process by
 *       default, or over loopback HTTP with {@link FakeSparkTest#http() @FakeSparkTest(http = true)}.</li>
 *   <li>The fake is {@linkplain FakeSpark#reset() reset} before each test: every test starts
 *       from the seeded org and admin, with no faults and an empty journal. The reset runs
 *       after the test instance is constructed and before {@code @BeforeEach} methods, so
 *       create test data in {@code @BeforeEach} methods or in the test, not in a constructor
 *       or {@code @BeforeAll} method.</li>
 *   <li>Parameters of test methods, lifecycle methods and constructors are resolved by type:
 *       {@link FakeSpark} is the class's fake; {@link CiscoSparkAPI} is a new client acting as
 *       the fake's {@linkplain FakeSpark#admin() admin}, built with
 *       {@link SparkClients#builderFor(FakeSpark, io.ciscosparkapi.testkit.FakeUser)}. A client
 *       is closed after the test it was made for (after the class, when it was made for a
 *       {@code @BeforeAll} method or a per-class test instance).</li>
 * </ul>
 *
 * <pre>{@code
 * @FakeSparkTest                            // or @ExtendWith(FakeSparkExtension.class)
 * class MembershipTest {
 *     @Test
 *     void addingYourselfIsAConflict(CiscoSparkAPI api, FakeSpark fake) {
 *         Room room = api.rooms().create("Ops");
 *         assertThatThrownBy(() -> api.memberships().create(m -> m.roomId(room.id()).personId(fake.admin().id())))
 *                 .isInstanceOfSatisfying(SparkApiException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
 *         try (CiscoSparkAPI bob = SparkClients.clientFor(fake, fake.createUser("Bob"))) {
 *             assertThat(bob.rooms().list()).isEmpty();
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Without {@link FakeSparkTest}, e.g. with {@code @ExtendWith(FakeSparkExtension.class)},
 * the defaults apply: in-process, lenient models. The tests of a class share one fake, so do not
 * run them concurrently: the reset before one test would pull the state from under another.
 * Requires JUnit Jupiter 5.12 or newer.
 */
public final class FakeSparkExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(FakeSparkExtension.class);
    private static final String FAKE = "fake";
    private static final String CLIENTS = "clients";

    /** Creates the extension; JUnit does this for {@code @ExtendWith} and {@link FakeSparkTest}. */
    public FakeSparkExtension() {
    }

    /** Starts the class's fake, so that a fake that cannot start fails the class at once. */
    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    /** Resets the fake to its seeded state. */
    @Override
    public void beforeEach(ExtensionContext context) {
        FakeSpark fake = running(context).fake();
        fake.reset();
        Settings settings = settings(context);
        if (settings.perToken() != null && settings.perToken().capacity() > 0) {
            fake.faults().rateLimitPerToken(settings.perToken().capacity(), settings.perToken().refillPerSecond());
        }
        if (settings.perRoom() != null && settings.perRoom().capacity() > 0) {
            fake.faults().rateLimitPerRoom(settings.perRoom().capacity(), settings.perRoom().refillPerSecond());
        }
    }

    /** Closes the clients made for the test. */
    @Override
    public void afterEach(ExtensionContext context) {
        closeClients(context);
    }

    /** Closes the clients made for the class, then the fake if this class started it. */
    @Override
    public void afterAll(ExtensionContext context) {
        try {
            closeClients(context);
        } finally {
            Running running = context.getStore(NAMESPACE).remove(FAKE, Running.class);
            if (running != null) {
                running.close();
            }
        }
    }

    /**
     * Supports parameters of type {@link FakeSpark} and {@link CiscoSparkAPI}.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return whether the parameter's type is one of those
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == FakeSpark.class || type == CiscoSparkAPI.class;
    }

    /**
     * Gives the class's fake, or a new admin client that is closed after the test.
     *
     * @param parameterContext the parameter
     * @param extensionContext the context
     * @return the fake or the client
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        Running running = running(extensionContext);
        if (parameter.getType() == FakeSpark.class) {
            return running.fake();
        }
        FakeSpark fake = running.fake();
        Transport inProcess = fake.isServingHttp() ? null : fake.transport();
        CiscoSparkAPI client = SparkClients.builderFor(fake, fake.admin(), inProcess)
                .strictModels(settings(extensionContext).strictModels()).build();
        Clients clients = extensionContext.getStore(NAMESPACE).getOrComputeIfAbsent(CLIENTS, k -> new Clients(),
                Clients.class);
        clients.add(client);
        if (inProcess != null) {
            clients.add(inProcess);
        }
        return client;
    }

    /**
     * Resolves constructor parameters with the test method's context, so a client injected into
     * a per-method test instance is closed after that test.
     *
     * @param rootContext the root context
     * @return {@link ExtensionContextScope#TEST_METHOD}
     */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    private static Running running(ExtensionContext context) {
        ExtensionContext owner = classContext(context);
        Settings settings = settings(context);
        Running running = owner.getStore(NAMESPACE).getOrComputeIfAbsent(FAKE, k -> Running.start(settings),
                Running.class);
        if (settings.served() && !running.fake().isServingHttp()) {
            running.fake().startHttp();
        }
        return running;
    }

    /** The nearest enclosing context of a class: the one whose store holds the class's fake. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static Settings settings(ExtensionContext context) {
        for (Class<?> c = context.getTestClass().orElse(null); c != null; c = c.getEnclosingClass()) {
            Optional<FakeSparkTest> found = AnnotationSupport.findAnnotation(c, FakeSparkTest.class);
            if (found.isPresent()) {
                FakeSparkTest test = found.get();
                return new Settings(test.http(), test.https(), test.strictModels(), test.rateLimitPerToken(),
                        test.rateLimitPerRoom());
            }
        }
        return new Settings(false, false, false, null, null);
    }

    private static void closeClients(ExtensionContext context) {
        Clients clients = context.getStore(NAMESPACE).remove(CLIENTS, Clients.class);
        if (clients != null) {
            clients.close();
        }
    }

    /** The class's settings; the rate limits are {@code null} without the annotation. */
    private record Settings(boolean http, boolean https, boolean strictModels, RateLimit perToken,
                            RateLimit perRoom) {
        /** Whether the fake serves over the network, HTTP or HTTPS. */
        boolean served() {
            return http || https;
        }
    }

    /**
     * The class's fake. {@link AutoCloseable} so that JUnit closes it with the store when
     * {@code afterAll} is not called (an extension registered on an instance field).
     */
    private record Running(FakeSpark fake) implements AutoCloseable {
        static Running start(Settings settings) {
            FakeSpark fake = FakeSpark.create();
            if (settings.https()) {
                fake.startHttps();
            } else if (settings.http()) {
                fake.startHttp();
            }
            return new Running(fake);
        }

        @Override
        public void close() {
            fake.close();
        }
    }

    /** The clients (and their in-process transports) made within one context, closed with it. */
    private static final class Clients implements AutoCloseable {
        private final List<AutoCloseable> open = new ArrayList<>();

        synchronized void add(AutoCloseable client) {
            open.add(client);
        }

        @Override
        public synchronized void close() {
            RuntimeException failure = null;
            for (AutoCloseable client : open) {
                try {
                    client.close();
                } catch (Exception e) {
                    RuntimeException wrapped = e instanceof RuntimeException r ? r
                            : new IllegalStateException("closing " + client + " failed", e);
                    if (failure == null) {
                        failure = wrapped;
                    } else {
                        failure.addSuppressed(wrapped);
                    }
                }
            }
            open.clear();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
