package io.ciscosparkapi.transport.tck;

/**
 * Something the conformance suite checks that a transport may be unable to do. A transport names
 * the ones it cannot do, each with its reason, in {@link TransportConformanceTest#unsupported()};
 * the cases that need them are then skipped with that reason instead of failing.
 *
 * <p>None of these is something the SDK itself needs: a case the SDK relies on is marked
 * {@link RequiredBySdk} and cannot be declared away.
 */
public enum Capability {

    /** Sending {@code PATCH} with a body. */
    PATCH("send PATCH"),

    /** Sending {@code OPTIONS}. */
    OPTIONS("send OPTIONS"),

    /** Sending requests through the HTTP proxy the options name, or the JVM's default one. */
    PROXY("send requests through an HTTP proxy"),

    /** Answering a proxy's {@code 407} with the options' proxy credentials. */
    PROXY_AUTHENTICATION("authenticate with a proxy"),

    /**
     * Returning an error status, with its body, that the server sends while a streamed request
     * body is being uploaded.
     */
    ERROR_RESPONSE_TO_STREAMED_UPLOAD("return the error response a server sends to a streamed upload"),

    /** Ending an exchange when the thread waiting in {@code execute} is interrupted. */
    INTERRUPTION("end an exchange when its thread is interrupted"),

    /** Bounding a TLS handshake by the options' connect timeout rather than the read timeout. */
    TLS_HANDSHAKE_TIMEOUT("bound a TLS handshake by the connect timeout"),

    /**
     * Aborting an exchange, and closing its connection, when the future of {@code executeAsync}
     * is cancelled. The default {@code executeAsync} interrupts the thread running
     * {@code execute}, so it has this capability when the transport has {@link #INTERRUPTION}.
     */
    CANCELLATION("abort an exchange when its future is cancelled"),

    /**
     * Keeping many exchanges of {@code executeAsync} in flight on a handful of threads of the
     * transport's own (the default {@code executeAsync} uses the caller's executor alone).
     */
    MANY_EXCHANGES_ON_FEW_THREADS("keep many exchanges in flight on a handful of threads");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /**
     * What a transport that lacks this capability cannot do, as the skip message says it.
     *
     * @return e.g. {@code "send PATCH"}
     */
    public String description() {
        return description;
    }
}
