package io.ciscosparkapi.transport.tck;

/**
 * The two ways a conformance case can send its requests through a transport. A case marked
 * {@link BothPaths} runs once along each; {@link TransportConformanceTest#send} follows the path
 * of the case it runs in.
 */
public enum ExchangePath {

    /** {@link io.ciscosparkapi.transport.Transport#execute}, on the case's own thread. */
    EXECUTE("through execute"),

    /**
     * {@link io.ciscosparkapi.transport.Transport#executeAsync} with the suite's executor, the
     * case's thread then waiting for the future.
     */
    EXECUTE_ASYNC("through executeAsync");

    private final String description;

    ExchangePath(String description) {
        this.description = description;
    }

    /**
     * How the path reads in a case's name.
     *
     * @return e.g. {@code "through executeAsync"}
     */
    public String description() {
        return description;
    }
}
