package io.ciscosparkapi.testkit;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The requests a {@link FakeSpark} received, oldest first, for assertions. It keeps the most
 * recent ones up to a limit ({@link FakeSparkBuilder#journalLimit(int)}, 10,000 by default), so
 * a long-running fake does not grow without bound. Thread-safe.
 */
public final class Journal {

    private final ArrayDeque<RecordedRequest> requests = new ArrayDeque<>();
    private final int limit;

    Journal(int limit) {
        this.limit = limit;
    }

    synchronized void record(RecordedRequest request) {
        if (limit == 0) {
            return;
        }
        if (requests.size() == limit) {
            requests.removeFirst();
        }
        requests.addLast(request);
    }

    /**
     * Every request kept since the start or the last {@link #clear()}: all of them, unless more
     * than the limit arrived, then the most recent ones.
     *
     * @return a snapshot, oldest first
     */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * The most recent request.
     *
     * @return the request
     * @throws IllegalStateException when none was received
     */
    public synchronized RecordedRequest last() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("no request has been received");
        }
        return requests.getLast();
    }

    /** Forgets every recorded request. */
    public synchronized void clear() {
        requests.clear();
    }
}
