package io.ciscosparkapi.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.testkit.FakeSpark;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * What the extension does around a whole test class, seen from outside: sample classes are run
 * with the JUnit launcher, then checked after they finished. The samples are static nested
 * classes, which the build's own test run does not pick up.
 */
class FakeSparkExtensionLifecycleTest {

    private static TestExecutionSummary run(Class<?> testClass) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass))
                .build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getFailures()).as("failures of %s", testClass.getSimpleName())
                .extracting(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException())
                .isEmpty();
        return summary;
    }

    @FakeSparkTest(http = true)
    static class HttpSample {
        static final List<FakeSpark> FAKES = new ArrayList<>();
        static URI base;

        @Test
        void first(FakeSpark fake) {
            FAKES.add(fake);
            base = fake.baseUrl();
        }

        @Test
        void second(FakeSpark fake) {
            FAKES.add(fake);
        }
    }

    @Test
    void theFakeIsStartedOncePerClassAndStoppedAfterIt() throws Exception {
        HttpSample.FAKES.clear();
        assertThat(run(HttpSample.class).getTestsSucceededCount()).isEqualTo(2);

        assertThat(HttpSample.FAKES).hasSize(2);
        assertThat(HttpSample.FAKES.get(0)).isSameAs(HttpSample.FAKES.get(1));
        assertThat(HttpSample.FAKES.get(0).isServingHttp()).isFalse();
        HttpClient client = HttpClient.newHttpClient();
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(HttpSample.base.resolve("people/me")).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }

    @Test
    void eachTestClassGetsItsOwnFake() {
        HttpSample.FAKES.clear();
        run(HttpSample.class);
        FakeSpark firstRun = HttpSample.FAKES.get(0);
        run(HttpSample.class);
        assertThat(HttpSample.FAKES.get(2)).isNotSameAs(firstRun);
    }

    @ExtendWith(FakeSparkExtension.class)
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassSample {
        static CiscoSparkAPI client;
        static String roomTitleAfterReset;
        static int roomsSeenInSecondTest = -1;

        private final CiscoSparkAPI api;

        PerClassSample(CiscoSparkAPI api) {
            this.api = api;
        }

        @BeforeAll
        void createARoomThatTheResetRemoves() {
            roomTitleAfterReset = api.rooms().create("Before all").title();
        }

        @Test
        @Order(1)
        void first() {
            client = api;
            roomsSeenInSecondTest = -1;
            api.rooms().create("First");
        }

        @Test
        @Order(2)
        void second() {
            roomsSeenInSecondTest = api.rooms().list().toList().size();
        }

        @AfterAll
        void stillOpenAfterTheLastTest() {
            api.people().me();
        }
    }

    @Test
    void aPerClassInstanceKeepsItsClientUntilTheClassEndsAndStillSeesAResetBeforeEachTest() {
        assertThat(run(PerClassSample.class).getTestsSucceededCount()).isEqualTo(2);

        assertThat(PerClassSample.roomTitleAfterReset).isEqualTo("Before all");
        assertThat(PerClassSample.roomsSeenInSecondTest).isZero();
        assertThatThrownBy(() -> PerClassSample.client.rooms().create("After the class"))
                .hasMessageContaining("closed");
    }

    @ExtendWith(FakeSparkExtension.class)
    static class DefaultsSample {
        static URI base;
        static boolean servedHttp = true;

        @Test
        void test(CiscoSparkAPI api, FakeSpark fake) {
            base = api.baseUrl();
            servedHttp = fake.isServingHttp();
            api.people().me();
        }
    }

    @Test
    void withoutTheAnnotationTheDefaultsAreInProcess() {
        assertThat(run(DefaultsSample.class).getTestsSucceededCount()).isEqualTo(1);

        assertThat(DefaultsSample.base).isEqualTo(SparkClients.IN_PROCESS_BASE_URL);
        assertThat(DefaultsSample.servedHttp).isFalse();
    }

    @FakeSparkTest(strictModels = true)
    static class StrictSample {
        static String strictFailure;
        static String lenientFailure;

        private static String failureOf(Runnable call) {
            try {
                call.run();
                return null;
            } catch (RuntimeException e) {
                return e.getMessage();
            }
        }

        @Test
        void test(CiscoSparkAPI api, FakeSpark fake) {
            List<Map<String, String>> phone = List.of(Map.of("type", "work", "value", "+1 555 0100", "color", "blue"));
            strictFailure = failureOf(() -> api.people().create(p -> p.emails("strict@example.com").phoneNumbers(phone)));
            try (CiscoSparkAPI lenient = SparkClients.clientFor(fake, fake.admin())) {
                lenientFailure = failureOf(() -> lenient.people().create(p -> p.emails("lenient@example.com")
                        .phoneNumbers(phone)));
            }
        }
    }

    @Test
    void strictModelsReachTheInjectedClients() {
        run(StrictSample.class);
        assertThat(StrictSample.strictFailure).contains("phoneNumbers.color");
        assertThat(StrictSample.lenientFailure).isNull();
    }
}
