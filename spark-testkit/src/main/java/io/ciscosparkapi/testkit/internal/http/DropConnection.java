package io.ciscosparkapi.testkit.internal.http;

/** Signals that the connection must be closed without a response (an injected fault). */
public final class DropConnection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the signal. */
    public DropConnection() {
        super("connection dropped by an injected fault", null, false, false);
    }
}
