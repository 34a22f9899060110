/**
 * A tiny application that proves transport selection on the module path: it names no transport
 * and checks which one the SDK found by itself.
 */
module io.ciscosparkapi.it.consumer {
    // The SDK, used exactly as an application would: no transport named, none required.
    requires io.ciscosparkapi;
    // The fake Spark it talks to over loopback HTTP.
    requires io.ciscosparkapi.testkit;

    // Not API; exported so that the launcher can start the check from the module path.
    exports io.ciscosparkapi.it.consumer;
}
