/**
 * JUnit 5 support for the fake Spark: {@code @FakeSparkTest} starts one fake per test class and
 * injects it and ready SDK clients.
 */
module io.ciscosparkapi.testkit.junit {
    // The fake the extension starts; FakeSpark and FakeUser appear in its signatures.
    requires transitive io.ciscosparkapi.testkit;
    // The SDK whose clients the extension hands out; CiscoSparkAPI appears in its signatures.
    requires transitive io.ciscosparkapi;
    // JUnit's extension API, which the extension implements and @FakeSparkTest is built on.
    requires transitive org.junit.jupiter.api;

    // @FakeSparkTest, the extension and SparkClients: the only package.
    exports io.ciscosparkapi.testkit.junit;
}
