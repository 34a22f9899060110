package io.ciscosparkapi;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a client's async calls run on: an executor for the work that may block (reading an
 * answer's body, a transport's blocking exchange) and a scheduler for waits (rate limits, retry
 * backoff), both started on first use and shut down when the client closes, and the runs in
 * flight, which closing the client fails. A caller's own executor, when given, is used instead
 * of the client's and left running.
 *
 * <p>Thread-safe; shared by a client and its views.
 */
final class AsyncRuntime {

    private final Executor given;
    private final Set<AsyncRun<?>> running = ConcurrentHashMap.newKeySet();
    private ExecutorService executor;
    private ScheduledExecutorService scheduler;
    private boolean closed;

    /**
     * Creates the runtime.
     *
     * @param given the caller's executor, or {@code null} for the client's own
     */
    AsyncRuntime(Executor given) {
        this.given = given;
    }

    /**
     * Where work that may block runs.
     *
     * @return the executor
     * @throws SparkException once the client is closed
     */
    synchronized Executor executor() {
        checkOpen();
        if (given != null) {
            return given;
        }
        if (executor == null) {
            int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
            executor = Executors.newFixedThreadPool(threads, daemons("ciscosparkapi-async-"));
        }
        return executor;
    }

    /**
     * Runs a task on the executor after a wait, without a thread sleeping through it.
     *
     * @param task the task
     * @param delay how long to wait
     * @return the pending wait, which can be cancelled
     */
    synchronized Future<?> schedule(Runnable task, Duration delay) {
        checkOpen();
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(daemons("ciscosparkapi-timer-"));
        }
        Executor work = executor();
        return scheduler.schedule(() -> work.execute(task), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Counts a run as in flight until it completes. */
    void track(AsyncRun<?> run) {
        running.add(run);
        run.whenComplete((result, failure) -> running.remove(run));
    }

    /**
     * Fails every run still in flight and stops the client's own threads; a caller's executor is
     * left running. Later async calls fail at once.
     */
    void close() {
        ExecutorService work;
        ScheduledExecutorService timer;
        synchronized (this) {
            closed = true;
            work = executor;
            timer = scheduler;
        }
        for (AsyncRun<?> run : running) {
            run.abort(new SparkException("The CiscoSparkAPI client was closed while " + run.call() + " was in flight"));
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        if (work != null) {
            work.shutdown();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new SparkException("This CiscoSparkAPI client is closed");
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
