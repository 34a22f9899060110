package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.Recording;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Meeting recordings: the {@code recordings} endpoints (newer API generation). Obtain it from
 * {@link CiscoSparkAPI#recordings()}. Thread-safe.
 */
public final class RecordingsApi {

    private static final String PATH = "recordings";

    private final Session session;

    RecordingsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the caller's recordings.
     *
     * @return a lazy listing
     */
    public PagedIterable<Recording> list() {
        return session.list(listCall());
    }

    static ListCall<Recording> listCall() {
        return listCall(q -> { });
    }

    /**
     * Lists recordings with filters, e.g. {@code list(q -> q.meetingId(id))} or
     * {@code list(q -> q.from(since).to(now))}.
     *
     * @param query sets the filters
     * @return a lazy listing
     * @throws IllegalArgumentException when {@code hostEmail} cannot be an e-mail address
     */
    public PagedIterable<Recording> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<Recording> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.emails(params, "hostEmail");
        return new ListCall<>(PATH, params, Recording::new);
    }

    /**
     * Gets one recording, with its download and playback links.
     *
     * @param recordingId the recording's id
     * @return the recording
     */
    public Recording get(String recordingId) {
        return session.execute(getCall(recordingId));
    }

    static Call<Recording> getCall(String recordingId) {
        return getCall(recordingId, q -> { });
    }

    /**
     * Gets one recording of another host or site, e.g. {@code get(id, q -> q.hostEmail(address))}.
     *
     * @param recordingId the recording's id
     * @param query sets the parameters
     * @return the recording
     * @throws IllegalArgumentException when {@code hostEmail} cannot be an e-mail address
     */
    public Recording get(String recordingId, Consumer<RecordingQuery> query) {
        return session.execute(getCall(recordingId, query));
    }

    static Call<Recording> getCall(String recordingId, Consumer<RecordingQuery> query) {
        Arguments.id(recordingId, "recordingId");
        Map<String, String> params = Arguments.apply(new RecordingQuery(), query).params();
        Arguments.emails(params, "hostEmail");
        return Call.get(Urls.path(PATH, recordingId), params, Recording::new);
    }

    /**
     * Deletes a recording.
     *
     * @param recordingId the recording's id
     */
    public void delete(String recordingId) {
        session.execute(deleteCall(recordingId));
    }

    static Call<Void> deleteCall(String recordingId) {
        return deleteCall(recordingId, q -> { });
    }

    /**
     * Deletes a recording of another host or site, e.g. {@code delete(id, q -> q.hostEmail(address))}.
     *
     * @param recordingId the recording's id
     * @param query sets the parameters
     * @throws IllegalArgumentException when {@code hostEmail} cannot be an e-mail address
     */
    public void delete(String recordingId, Consumer<RecordingQuery> query) {
        session.execute(deleteCall(recordingId, query));
    }

    static Call<Void> deleteCall(String recordingId, Consumer<RecordingQuery> query) {
        Arguments.id(recordingId, "recordingId");
        Map<String, String> params = Arguments.apply(new RecordingQuery(), query).params();
        Arguments.emails(params, "hostEmail");
        return Call.delete(Urls.withQuery(Urls.path(PATH, recordingId), params));
    }

    /**
     * Whose recordings: the parameters listings and single recordings share.
     *
     * @param <S> the concrete builder, returned for chaining
     */
    abstract static class OwnerParams<S extends OwnerParams<S>> extends QueryBuilder<S> {
        OwnerParams() {
        }

        /**
         * The recordings of this host (administrators, on behalf of a user).
         *
         * @param hostEmail the host's e-mail address
         * @return this query
         */
        public S hostEmail(String hostEmail) {
            return param("hostEmail", hostEmail);
        }

        /**
         * The recordings of this Webex site, such as {@code example.webex.com}; the caller's
         * default site when not set.
         *
         * @param siteUrl the site
         * @return this query
         */
        public S siteUrl(String siteUrl) {
            return param("siteUrl", siteUrl);
        }
    }

    /** Filters of {@link #list(Consumer)}. */
    public static final class ListQuery extends OwnerParams<ListQuery> {
        ListQuery() {
        }

        /**
         * Only recordings made at or after this time.
         *
         * @param from the time
         * @return this query
         */
        public ListQuery from(Instant from) {
            return param("from", from);
        }

        /**
         * Only recordings made before this time.
         *
         * @param to the time
         * @return this query
         */
        public ListQuery to(Instant to) {
            return param("to", to);
        }

        /**
         * Only recordings of this meeting.
         *
         * @param meetingId the meeting's id
         * @return this query
         */
        public ListQuery meetingId(String meetingId) {
            return param("meetingId", meetingId);
        }

        /**
         * Only recordings of meetings scheduled with this integration tag.
         *
         * @param integrationTag the tag
         * @return this query
         */
        public ListQuery integrationTag(String integrationTag) {
            return param("integrationTag", integrationTag);
        }
    }

    /**
     * Parameters of {@link #get(String, Consumer)} and {@link #delete(String, Consumer)}; the page
     * size they inherit has no meaning there.
     */
    public static final class RecordingQuery extends OwnerParams<RecordingQuery> {
        RecordingQuery() {
        }
    }
}
