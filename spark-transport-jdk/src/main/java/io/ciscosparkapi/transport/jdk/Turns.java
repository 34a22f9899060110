package io.ciscosparkapi.transport.jdk;

import java.util.ArrayDeque;

/**
 * A fixed number of turns: work that takes a turn runs at once while one is free, else waits in
 * line, first come first served, and runs when a turn is given back. Nothing blocks: the work
 * runs on the thread that takes the turn, or on the one that gives one back. Thread-safe.
 */
final class Turns {

    private final int limit;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private int taken;

    /**
     * Creates the turns.
     *
     * @param limit how many turns there are
     */
    Turns(int limit) {
        this.limit = limit;
    }

    /**
     * Runs {@code work} now if a turn is free, else once one is; the work must give its turn
     * back, once, when it is over.
     *
     * @param work what to run; must not block
     */
    void take(Runnable work) {
        synchronized (this) {
            if (taken >= limit) {
                waiting.add(work);
                return;
            }
            taken++;
        }
        work.run();
    }

    /** Gives a turn back: the first work in line runs with it, on this thread. */
    void give() {
        Runnable next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                taken--;
                return;
            }
        }
        next.run();
    }
}
