package io.ciscosparkapi;

import java.net.URI;

/**
 * The async twin of a {@link CiscoSparkAPI}, from {@link CiscoSparkAPI#async()}: the same
 * resource groups, with the same method names and parameters, each returning a
 * {@link java.util.concurrent.CompletableFuture} (listings an {@link AsyncPagedIterable}), and
 * the same client underneath: token, transport, settings, interceptors.
 *
 * <pre>{@code
 * CompletableFuture<Message> sent = api.async().messages().create(m -> m.roomId(id).text("hi"));
 * }</pre>
 *
 * <p>No thread waits for an answer: waits (rate limits, retry backoff) are scheduled, and the
 * steps after an exchange run on the client's async executor (see
 * {@link CiscoSparkAPI.Builder#asyncExecutor}). A future fails with the same exceptions the
 * blocking call throws; cancelling it cancels the exchange in flight and frees its connection.
 * Arguments are checked when the method is called, which throws for bad ones as the blocking
 * method does. Closing the client fails the calls still in flight. Thread-safe.
 */
public final class AsyncCiscoSparkAPI {

    private final Session session;
    private final AsyncPeopleApi people;
    private final AsyncRoomsApi rooms;
    private final AsyncMembershipsApi memberships;
    private final AsyncMessagesApi messages;
    private final AsyncTeamsApi teams;
    private final AsyncTeamMembershipsApi teamMemberships;
    private final AsyncWebhooksApi webhooks;
    private final AsyncOrganizationsApi organizations;
    private final AsyncLicensesApi licenses;
    private final AsyncRolesApi roles;
    private final AsyncEventsApi events;
    private final AsyncAccessTokensApi accessTokens;
    private final AsyncContentsApi contents;
    private final AsyncGuestIssuerApi guestIssuer;
    private final AsyncAttachmentActionsApi attachmentActions;
    private final AsyncRoomTabsApi roomTabs;
    private final AsyncAdminAuditEventsApi adminAuditEvents;
    private final AsyncMeetingsApi meetings;
    private final AsyncMeetingTemplatesApi meetingTemplates;
    private final AsyncMeetingInviteesApi meetingInvitees;
    private final AsyncMeetingRegistrantsApi meetingRegistrants;
    private final AsyncRecordingsApi recordings;
    private final AsyncSparkSession rawSession;

    AsyncCiscoSparkAPI(Session session) {
        this.session = session;
        this.people = new AsyncPeopleApi(session);
        this.rooms = new AsyncRoomsApi(session);
        this.memberships = new AsyncMembershipsApi(session);
        this.messages = new AsyncMessagesApi(session);
        this.teams = new AsyncTeamsApi(session);
        this.teamMemberships = new AsyncTeamMembershipsApi(session);
        this.webhooks = new AsyncWebhooksApi(session);
        this.organizations = new AsyncOrganizationsApi(session);
        this.licenses = new AsyncLicensesApi(session);
        this.roles = new AsyncRolesApi(session);
        this.events = new AsyncEventsApi(session);
        this.accessTokens = new AsyncAccessTokensApi(session);
        this.contents = new AsyncContentsApi(session);
        this.guestIssuer = new AsyncGuestIssuerApi(session);
        this.attachmentActions = new AsyncAttachmentActionsApi(session);
        this.roomTabs = new AsyncRoomTabsApi(session);
        this.adminAuditEvents = new AsyncAdminAuditEventsApi(session);
        this.meetings = new AsyncMeetingsApi(session);
        this.meetingTemplates = new AsyncMeetingTemplatesApi(session);
        this.meetingInvitees = new AsyncMeetingInviteesApi(session);
        this.meetingRegistrants = new AsyncMeetingRegistrantsApi(session);
        this.recordings = new AsyncRecordingsApi(session);
        this.rawSession = new AsyncSparkSession(session);
    }

    /**
     * People: list, create, get, update, delete, and {@link AsyncPeopleApi#me() me}.
     *
     * @return the async people API
     */
    public AsyncPeopleApi people() {
        return people;
    }

    /**
     * Rooms (spaces): list, create, get, update, delete.
     *
     * @return the async rooms API
     */
    public AsyncRoomsApi rooms() {
        return rooms;
    }

    /**
     * Room memberships: list, create, get, update, delete.
     *
     * @return the async memberships API
     */
    public AsyncMembershipsApi memberships() {
        return memberships;
    }

    /**
     * Messages: list, create (text, markdown, files), get, delete.
     *
     * @return the async messages API
     */
    public AsyncMessagesApi messages() {
        return messages;
    }

    /**
     * Teams: list, create, get, update, delete.
     *
     * @return the async teams API
     */
    public AsyncTeamsApi teams() {
        return teams;
    }

    /**
     * Team memberships: list, create, get, update, delete.
     *
     * @return the async team memberships API
     */
    public AsyncTeamMembershipsApi teamMemberships() {
        return teamMemberships;
    }

    /**
     * Webhooks: list, create, get, update, delete.
     *
     * @return the async webhooks API
     */
    public AsyncWebhooksApi webhooks() {
        return webhooks;
    }

    /**
     * Organizations: list, get.
     *
     * @return the async organizations API
     */
    public AsyncOrganizationsApi organizations() {
        return organizations;
    }

    /**
     * Licenses: list, get.
     *
     * @return the async licenses API
     */
    public AsyncLicensesApi licenses() {
        return licenses;
    }

    /**
     * Roles: list, get.
     *
     * @return the async roles API
     */
    public AsyncRolesApi roles() {
        return roles;
    }

    /**
     * Compliance events: list, get.
     *
     * @return the async events API
     */
    public AsyncEventsApi events() {
        return events;
    }

    /**
     * OAuth access tokens for integrations: exchange a code, refresh.
     *
     * @return the async access tokens API
     */
    public AsyncAccessTokensApi accessTokens() {
        return accessTokens;
    }

    /**
     * Files posted to rooms: download a message's files to a stream or to disk.
     *
     * @return the async contents API
     */
    public AsyncContentsApi contents() {
        return contents;
    }

    /**
     * Guests of an application: exchange a guest JWT from {@link GuestIssuer} for a guest token.
     *
     * @return the async guest issuer API
     */
    public AsyncGuestIssuerApi guestIssuer() {
        return guestIssuer;
    }

    /**
     * Card submissions (attachment actions): create, get.
     *
     * @return the async attachment actions API
     */
    public AsyncAttachmentActionsApi attachmentActions() {
        return attachmentActions;
    }

    /**
     * Room tabs (web pages pinned to a room): list, create, get, update, delete.
     *
     * @return the async room tabs API
     */
    public AsyncRoomTabsApi roomTabs() {
        return roomTabs;
    }

    /**
     * Admin audit events (what administrators did in an organization): list.
     *
     * @return the async admin audit events API
     */
    public AsyncAdminAuditEventsApi adminAuditEvents() {
        return adminAuditEvents;
    }

    /**
     * Meetings and webinars: list, create, get, update, delete.
     *
     * @return the async meetings API
     */
    public AsyncMeetingsApi meetings() {
        return meetings;
    }

    /**
     * Meeting templates: list, get.
     *
     * @return the async meeting templates API
     */
    public AsyncMeetingTemplatesApi meetingTemplates() {
        return meetingTemplates;
    }

    /**
     * Meeting invitees: list, create, get, update, delete, bulk insert.
     *
     * @return the async meeting invitees API
     */
    public AsyncMeetingInviteesApi meetingInvitees() {
        return meetingInvitees;
    }

    /**
     * Webinar registrants: create, list, get, delete.
     *
     * @return the async meeting registrants API
     */
    public AsyncMeetingRegistrantsApi meetingRegistrants() {
        return meetingRegistrants;
    }

    /**
     * Meeting recordings: list, get, delete.
     *
     * @return the async recordings API
     */
    public AsyncRecordingsApi recordings() {
        return recordings;
    }

    /**
     * Raw calls on any path, for endpoints this SDK does not model yet.
     *
     * @return the raw async session
     */
    public AsyncSparkSession session() {
        return rawSession;
    }

    /**
     * The base URL every relative path is resolved against.
     *
     * @return the base URL, ending in {@code /}
     */
    public URI baseUrl() {
        return session.config().baseUrl();
    }

    @Override
    public String toString() {
        return "AsyncCiscoSparkAPI{baseUrl=" + baseUrl() + "}";
    }
}
