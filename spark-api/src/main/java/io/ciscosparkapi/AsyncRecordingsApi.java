package io.ciscosparkapi;

import io.ciscosparkapi.model.Recording;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link RecordingsApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#recordings()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncRecordingsApi {

    private final Session session;

    AsyncRecordingsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's recordings. The async twin of {@link RecordingsApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Recording> list() {
        return session.listAsync(RecordingsApi.listCall());
    }

    /**
     * Lists recordings with filters, e.g. {@code list(q -> q.meetingId(id))} or
     * {@code list(q -> q.from(since).to(now))}. The async twin of
     * {@link RecordingsApi#list(Consumer)}.
     *
     * @param query sets the filters
     * @return an async listing
     * @throws IllegalArgumentException when {@code hostEmail} cannot be an e-mail address
     */
    public AsyncPagedIterable<Recording> list(Consumer<RecordingsApi.ListQuery> query) {
        return session.listAsync(RecordingsApi.listCall(query));
    }

    /**
     * Gets one recording, with its download and playback links. The async twin of
     * {@link RecordingsApi#get(String)}.
     *
     * @param recordingId the recording's id
     * @return completes with the recording
     */
    public CompletableFuture<Recording> get(String recordingId) {
        return session.executeAsync(RecordingsApi.getCall(recordingId));
    }

    /**
     * Gets one recording of another host or site, e.g. {@code get(id, q -> q.hostEmail(address))}.
     * The async twin of {@link RecordingsApi#get(String, Consumer)}.
     *
     * @param recordingId the recording's id
     * @param query sets the parameters
     * @return completes with the recording
     * @throws IllegalArgumentException when {@code hostEmail} cannot be an e-mail address
     */
    public CompletableFuture<Recording> get(String recordingId, Consumer<RecordingsApi.RecordingQuery> query) {
        return session.executeAsync(RecordingsApi.getCall(recordingId, query));
    }

    /**
     * Deletes a recording. The async twin of {@link RecordingsApi#delete(String)}.
     *
     * @param recordingId the recording's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String recordingId) {
        return session.executeAsync(RecordingsApi.deleteCall(recordingId));
    }

    /**
     * Deletes a recording of another host or site, e.g.
     * {@code delete(id, q -> q.hostEmail(address))}. The async twin of
     * {@link RecordingsApi#delete(String, Consumer)}.
     *
     * @param recordingId the recording's id
     * @param query sets the parameters
     * @throws IllegalArgumentException when {@code hostEmail} cannot be an e-mail address
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String recordingId, Consumer<RecordingsApi.RecordingQuery> query) {
        return session.executeAsync(RecordingsApi.deleteCall(recordingId, query));
    }
}
