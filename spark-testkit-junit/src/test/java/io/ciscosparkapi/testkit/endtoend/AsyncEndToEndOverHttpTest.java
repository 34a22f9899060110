package io.ciscosparkapi.testkit.endtoend;

import io.ciscosparkapi.testkit.junit.FakeSparkTest;

/** The async end-to-end suite with the SDK calling the fake over loopback HTTP with its default transport. */
@FakeSparkTest(http = true, strictModels = true)
class AsyncEndToEndOverHttpTest extends AsyncEndToEndSuite {
}
