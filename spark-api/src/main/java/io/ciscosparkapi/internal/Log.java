package io.ciscosparkapi.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The SDK's one logger, {@code io.ciscosparkapi}, through {@link System.Logger}.
 *
 * <p>Getting the first {@code System.Logger} of a JVM sets up the JDK's logging backend, which
 * takes about 40 ms. {@link #prepare()} starts that on another thread when a client is built, so
 * it runs while the client builds its transport instead of before its first request.
 */
public final class Log {

    private static final AtomicBoolean PREPARING = new AtomicBoolean();

    private Log() {
    }

    /** Holds the logger; the JVM initialises it once, on the first thread that asks. */
    private static final class Holder {
        static final System.Logger LOGGER = System.getLogger("io.ciscosparkapi");
    }

    /**
     * The logger, set up on first use (or waited for, when {@link #prepare()} is setting it up).
     *
     * @return the {@code io.ciscosparkapi} logger
     */
    public static System.Logger logger() {
        return Holder.LOGGER;
    }

    /** Starts setting up the logger on a daemon thread, once per JVM; returns at once. */
    public static void prepare() {
        if (PREPARING.compareAndSet(false, true)) {
            Thread setup = new Thread(Log::logger, "ciscosparkapi-log-setup");
            setup.setDaemon(true);
            setup.start();
        }
    }
}
