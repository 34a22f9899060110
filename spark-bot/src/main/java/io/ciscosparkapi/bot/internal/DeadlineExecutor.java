package io.ciscosparkapi.bot.internal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a small pool of threads, each under a deadline: a task still running when its deadline passes has
 * its thread interrupted. For the embedded receiver's exchanges, whose socket reads are on interruptible channels,
 * the interrupt closes the connection, so a sender that trickles its request (request line, headers or body) frees
 * the thread when the deadline passes.
 *
 * <p>A task never sees an interrupt meant for another: the interrupt is only sent while the task runs, and the flag
 * is cleared before the thread takes the next task. When every thread is busy and the queue is full, {@link
 * #execute(Runnable)} throws {@link java.util.concurrent.RejectedExecutionException} (the JDK server then closes the
 * connection). Thread-safe.
 */
public final class DeadlineExecutor implements Executor, AutoCloseable {

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer;
    private final long deadlineNanos;

    /**
     * Creates the pool and its timer; their threads are daemons.
     *
     * @param name the prefix of the threads' names
     * @param threads how many tasks run at once
     * @param queueCapacity how many tasks may wait for a thread
     * @param deadline how long one task may run
     */
    public DeadlineExecutor(String name, int threads, int queueCapacity, Duration deadline) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), r -> daemon(r, name + "-" + count.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-deadline"));
        this.deadlineNanos = deadline.toNanos();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(() -> runGuarded(task));
    }

    private void runGuarded(Runnable task) {
        Guard guard = new Guard(Thread.currentThread());
        ScheduledFuture<?> expiry = timer.schedule(guard::expire, deadlineNanos, TimeUnit.NANOSECONDS);
        try {
            task.run();
        } finally {
            guard.finish();
            expiry.cancel(false);
            Thread.interrupted();
        }
    }

    /** Stops both pools now; running tasks are interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
        timer.shutdownNow();
    }

    /** The deadline of one task: interrupts its thread once, only while the task runs. */
    private static final class Guard {
        private final Thread thread;
        private boolean finished;

        Guard(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (!finished) {
                finished = true;
                thread.interrupt();
            }
        }

        synchronized void finish() {
            finished = true;
        }
    }
}
