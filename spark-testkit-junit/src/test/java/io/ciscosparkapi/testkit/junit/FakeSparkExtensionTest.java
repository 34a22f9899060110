package io.ciscosparkapi.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.SparkException;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension in-process: what it injects, and that every test starts from a fresh fake. */
@FakeSparkTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeSparkExtensionTest {

    private static FakeSpark fromBeforeAll;
    private static CiscoSparkAPI clientOfAnEarlierTest;

    private final FakeSpark fromConstructor;
    private final CiscoSparkAPI clientFromConstructor;
    private FakeSpark fromBeforeEach;

    FakeSparkExtensionTest(FakeSpark fake, CiscoSparkAPI api) {
        this.fromConstructor = fake;
        this.clientFromConstructor = api;
    }

    @BeforeAll
    static void remember(FakeSpark fake) {
        fromBeforeAll = fake;
    }

    @BeforeEach
    void rememberToo(FakeSpark fake) {
        fromBeforeEach = fake;
    }

    @Test
    @Order(1)
    void oneFakeIsInjectedIntoConstructorsLifecycleMethodsAndTests(FakeSpark fake) {
        assertThat(fake).isNotNull().isSameAs(fromBeforeAll).isSameAs(fromConstructor).isSameAs(fromBeforeEach);
    }

    @Test
    @Order(2)
    void theInjectedClientActsAsTheAdminInProcess(CiscoSparkAPI api, FakeSpark fake) {
        Person me = api.people().me();
        assertThat(me.id()).isEqualTo(fake.admin().id());
        assertThat(me.emails()).containsExactly("admin@example.com");
        assertThat(api.baseUrl()).isEqualTo(SparkClients.IN_PROCESS_BASE_URL);
        assertThat(fake.isServingHttp()).isFalse();
        assertThat(fake.journal().last().path()).isEqualTo("/v1/people/me");
        assertThat(fake.journal().last().authorization()).isEqualTo("Bearer " + fake.admin().token());
    }

    @Test
    @Order(3)
    void aConstructorParameterIsAWorkingClientToo(FakeSpark fake) {
        assertThat(clientFromConstructor.people().me().id()).isEqualTo(fake.admin().id());
    }

    @Test
    @Order(4)
    void everyClientParameterIsANewClient(CiscoSparkAPI first, CiscoSparkAPI second) {
        assertThat(first).isNotSameAs(second);
        assertThat(first.people().me()).isEqualTo(second.people().me());
    }

    @Test
    @Order(5)
    void leavesStateFaultsAndAClientBehind(CiscoSparkAPI api, FakeSpark fake) {
        api.rooms().create("Left behind");
        fake.createUser("Leftover");
        fake.faults().fail("*", "/v1/rooms", 5, 500).pagingDefects(true, true);
        clientOfAnEarlierTest = api;
        assertThat(fake.journal().requests()).isNotEmpty();
    }

    @Test
    @Order(6)
    void theNextTestStartsFromTheSeededStateWithNoFaults(CiscoSparkAPI api, FakeSpark fake) {
        assertThat(fake.journal().requests()).isEmpty();
        assertThat(api.rooms().list().toList()).isEmpty();
        assertThat(api.people().list(q -> q.displayName("Leftover")).toList()).isEmpty();
        assertThat(api.people().me().id()).isEqualTo(fake.admin().id());
    }

    @Test
    @Order(7)
    void theClientOfAnEarlierTestWasClosedAfterIt() {
        assertThat(clientOfAnEarlierTest).isNotNull();
        assertThatThrownBy(() -> clientOfAnEarlierTest.rooms().create("Too late"))
                .isExactlyInstanceOf(SparkException.class).hasMessageContaining("closed");
    }

    @Test
    void clientForMakesAClientForAnotherUserInOneCall(FakeSpark fake) {
        try (CiscoSparkAPI bob = SparkClients.clientFor(fake, fake.createUser("Bob"))) {
            Person me = bob.people().me();
            assertThat(me.displayName()).isEqualTo("Bob");
            assertThat(me.emails()).containsExactly("bob@example.com");
            assertThat(bob.baseUrl()).isEqualTo(SparkClients.IN_PROCESS_BASE_URL);
        }
    }

    @Test
    void builderForTakesFurtherSettings(FakeSpark fake) {
        FakeUser carol = fake.createUser("Carol");
        try (CiscoSparkAPI api = SparkClients.builderFor(fake, carol).strictModels(true).waitOnRateLimit(false).build()) {
            assertThat(api.people().me().id()).isEqualTo(carol.id());
        }
    }

    @Nested
    class InANestedClass {

        @Test
        void theEnclosingClassesFakeIsSharedAndResetToo(FakeSpark fake, CiscoSparkAPI api) {
            assertThat(fake).isSameAs(fromBeforeAll);
            assertThat(fake.journal().requests()).isEmpty();
            assertThat(api.rooms().list().toList()).isEmpty();
        }
    }
}
