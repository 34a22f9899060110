package io.ciscosparkapi.transport.apache.internal;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The deadline of one exchange up to its response headers: when it passes first, the exchange
 * is cancelled.
 *
 * <p>HttpClient's response timeout bounds each wait for data, so headers that trickle in a byte
 * at a time would never time out; a request's timeout bounds the whole wait. The alarms of every
 * Apache transport in the JVM run on one daemon timer thread, which only cancels exchanges.
 * Thread-safe: {@link #disarm()} and the alarm decide once, between them, whether the exchange
 * timed out.
 */
final class ExchangeDeadline implements Runnable {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private static final int ARMED = 0;
    private static final int DISARMED = 1;
    private static final int EXPIRED = 2;

    private final Cancellable exchange;
    private final Duration timeout;
    private final AtomicInteger state = new AtomicInteger(ARMED);
    private final ScheduledFuture<?> alarm;

    private ExchangeDeadline(Cancellable exchange, Duration timeout) {
        this.exchange = exchange;
        this.timeout = timeout;
        this.alarm = TIMER.schedule(this, nanos(timeout), TimeUnit.NANOSECONDS);
    }

    /**
     * Cancels {@code exchange} once {@code timeout} has passed, unless disarmed before.
     *
     * @param exchange the request to cancel
     * @param timeout the whole wait allowed
     * @return the deadline
     */
    static ExchangeDeadline arm(Cancellable exchange, Duration timeout) {
        return new ExchangeDeadline(exchange, timeout);
    }

    @Override
    public void run() {
        if (state.compareAndSet(ARMED, EXPIRED)) {
            exchange.cancel();
        }
    }

    /**
     * Stops the alarm: the headers are in, or the exchange failed.
     *
     * @return {@code true} when the deadline had not passed; {@code false} when it had, and the
     *     exchange was cancelled
     */
    boolean disarm() {
        if (state.compareAndSet(ARMED, DISARMED)) {
            alarm.cancel(false);
            return true;
        }
        return state.get() == DISARMED;
    }

    /**
     * The failure to report for an exchange cut off by this deadline.
     *
     * @param what the request, for the message
     * @param cause what the cancelled exchange threw
     * @return a timeout naming the request and the deadline
     */
    SocketTimeoutException expired(String what, Throwable cause) {
        SocketTimeoutException e = new SocketTimeoutException("no response to " + what + " within " + timeout);
        e.initCause(cause);
        return e;
    }

    /**
     * A duration in nanoseconds, saturated for durations too long to express.
     *
     * @param d the duration
     * @return its length in nanoseconds
     */
    static long nanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "ciscosparkapi-apache-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
