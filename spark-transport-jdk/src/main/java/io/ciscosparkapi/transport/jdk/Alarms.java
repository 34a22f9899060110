package io.ciscosparkapi.transport.jdk;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The read-timeout alarms of every JDK transport in the JVM, on one timer thread. The thread is
 * a daemon, is created on first use and ends after a few idle seconds, so nothing has to be shut
 * down; cancelled alarms are removed at once.
 */
final class Alarms {

    private static final ScheduledThreadPoolExecutor TIMER = create();

    private Alarms() {
    }

    /**
     * Runs {@code alarm} once after {@code nanos}, unless cancelled first.
     *
     * @param alarm what to run on the timer thread; it must not block
     * @param nanos the delay
     * @return the handle to cancel the alarm with
     */
    static ScheduledFuture<?> schedule(Runnable alarm, long nanos) {
        return TIMER.schedule(alarm, nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * A duration in nanoseconds, saturated at {@link Long#MAX_VALUE} for durations too long to
     * express.
     *
     * @param d the duration
     * @return its length in nanoseconds
     */
    static long saturatedNanos(java.time.Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static ScheduledThreadPoolExecutor create() {
        ThreadFactory daemons = task -> {
            Thread t = new Thread(task, "ciscosparkapi-jdk-transport-read-timeout");
            t.setDaemon(true);
            return t;
        };
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemons);
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(5, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        return timer;
    }
}
