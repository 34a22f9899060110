package io.ciscosparkapi.testkit;

import java.util.ArrayList;
import java.util.List;

/** The requests a {@link FakeSpark} received, oldest first, for assertions. Thread-safe. */
public final class Journal {

    private final List<RecordedRequest> requests = new ArrayList<>();

    Journal() {
    }

    synchronized void record(RecordedRequest request) {
        requests.add(request);
    }

    /**
     * Every request received since the start or the last {@link #clear()}.
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
        return requests.get(requests.size() - 1);
    }

    /** Forgets every recorded request. */
    public synchronized void clear() {
        requests.clear();
    }
}
