package io.ciscosparkapi.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import org.junit.jupiter.api.Test;

/** The README's "In your JUnit 5 tests" example, kept compiling and passing. */
@FakeSparkTest
class ReadmeExampleTest {

    @Test
    void greetsNewMembers(FakeSpark spark, CiscoSparkAPI admin) {
        FakeUser bob = spark.createUser("Bob");
        try (CiscoSparkAPI asBob = SparkClients.clientFor(spark, bob)) {
            Room room = admin.rooms().create("Onboarding");
            admin.memberships().create(m -> m.roomId(room.id()).personId(bob.id()));
            assertThat(asBob.rooms().list().toList()).extracting(Room::title).contains("Onboarding");
        }
    }
}
