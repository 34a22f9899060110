package io.ciscosparkapi;

import io.ciscosparkapi.model.MeetingRegistrant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link MeetingRegistrantsApi}: the same operations with the same parameters,
 * each returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#meetingRegistrants()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncMeetingRegistrantsApi {

    private final Session session;

    AsyncMeetingRegistrantsApi(Session session) {
        this.session = session;
    }

    /**
     * Registers a person for a webinar. The async twin of
     * {@link MeetingRegistrantsApi#create(String, String, String, String)}.
     *
     * @param meetingId the webinar's id
     * @param firstName the registrant's first name
     * @param lastName the registrant's last name
     * @param email the registrant's e-mail address
     * @return completes with the registration, approved at once when the webinar accepts requests
     *     automatically
     * @throws NullPointerException when an argument is {@code null}
     * @throws IllegalArgumentException when an argument is blank or {@code email} cannot be valid
     */
    public CompletableFuture<MeetingRegistrant> create(String meetingId, String firstName, String lastName,
                                                       String email) {
        return session.executeAsync(MeetingRegistrantsApi.createCall(meetingId, firstName, lastName, email));
    }

    /**
     * Registers a person for a webinar with more details, e.g.
     * {@code create(id, r -> r.firstName("Bob").lastName("Example").email(address).companyName("Example Corp"))}.
     * The async twin of {@link MeetingRegistrantsApi#create(String, Consumer)}.
     *
     * @param meetingId the webinar's id
     * @param request sets the fields; {@code firstName}, {@code lastName} and {@code email} are
     *     required
     * @return completes with the registration
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code email} cannot be valid
     */
    public CompletableFuture<MeetingRegistrant> create(String meetingId,
                                                       Consumer<MeetingRegistrantsApi.CreateRequest> request) {
        return session.executeAsync(MeetingRegistrantsApi.createCall(meetingId, request));
    }

    /**
     * Lists the registrants of a webinar. The async twin of
     * {@link MeetingRegistrantsApi#list(String)}.
     *
     * @param meetingId the webinar's id
     * @return an async listing
     */
    public AsyncPagedIterable<MeetingRegistrant> list(String meetingId) {
        return session.listAsync(MeetingRegistrantsApi.listCall(meetingId));
    }

    /**
     * Lists the registrants of a webinar with more parameters, e.g.
     * {@code list(id, q -> q.max(50))}. The async twin of
     * {@link MeetingRegistrantsApi#list(String, Consumer)}.
     *
     * @param meetingId the webinar's id
     * @param query sets the parameters
     * @return an async listing
     */
    public AsyncPagedIterable<MeetingRegistrant> list(String meetingId,
                                                      Consumer<MeetingRegistrantsApi.ListQuery> query) {
        return session.listAsync(MeetingRegistrantsApi.listCall(meetingId, query));
    }

    /**
     * Gets one registration. The async twin of {@link MeetingRegistrantsApi#get(String, String)}.
     *
     * @param meetingId the webinar's id
     * @param registrantId the registration's id
     * @return completes with the registration
     */
    public CompletableFuture<MeetingRegistrant> get(String meetingId, String registrantId) {
        return session.executeAsync(MeetingRegistrantsApi.getCall(meetingId, registrantId));
    }

    /**
     * Cancels a registration. The async twin of
     * {@link MeetingRegistrantsApi#delete(String, String)}.
     *
     * @param meetingId the webinar's id
     * @param registrantId the registration's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String meetingId, String registrantId) {
        return session.executeAsync(MeetingRegistrantsApi.deleteCall(meetingId, registrantId));
    }
}
