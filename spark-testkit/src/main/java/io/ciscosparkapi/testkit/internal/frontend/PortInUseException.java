package io.ciscosparkapi.testkit.internal.frontend;

import java.net.BindException;

/** The port asked for is taken: another server is listening on it. */
public final class PortInUseException extends BindException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param host the address asked for
     * @param port the port asked for
     * @param cause what the JDK reported
     */
    public PortInUseException(String host, int port, BindException cause) {
        super("cannot serve on " + host + ":" + port + ": the port is already in use (another server is listening"
                + " on it); choose another port, or 0 for a free one");
        initCause(cause);
    }
}
