package io.ciscosparkapi.testkit.endtoend;

import io.ciscosparkapi.testkit.junit.FakeSparkTest;

/** The async end-to-end suite with the SDK reaching the fake in-process, through its transport. */
@FakeSparkTest(strictModels = true)
class AsyncEndToEndInProcessTest extends AsyncEndToEndSuite {
}
