/**
 * Runnable examples: the quickstart of the Python package, in Java.
 */
module io.ciscosparkapi.examples {
    // The SDK the examples show.
    requires io.ciscosparkapi;
    // The embedded fake Spark the quickstart runs on when no token is set.
    requires io.ciscosparkapi.testkit;

    exports io.ciscosparkapi.examples;
}
