package io.ciscosparkapi.testkit.endtoend;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.testkit.FakeUser;
import io.ciscosparkapi.testkit.junit.FakeSparkTest;

/**
 * The end-to-end suite with the SDK calling the fake over loopback HTTP through the JDK transport,
 * the one a plain {@code spark-api} dependency brings. It is named, not left to the default: other
 * transports on the test class path would win the default by their priority.
 */
@FakeSparkTest(http = true, strictModels = true)
class EndToEndOverHttpTest extends EndToEndSuite {

    @Override
    CiscoSparkAPI.Builder builderFor(FakeUser user) {
        return super.builderFor(user).transport("jdk");
    }
}
