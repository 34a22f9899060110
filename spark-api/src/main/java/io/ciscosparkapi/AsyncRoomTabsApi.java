package io.ciscosparkapi;

import io.ciscosparkapi.model.RoomTab;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link RoomTabsApi}: the same operations with the same parameters, each
 * returning a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#roomTabs()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncRoomTabsApi {

    private final Session session;

    AsyncRoomTabsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the tabs of a room; the caller must be a member of it. The async twin of
     * {@link RoomTabsApi#list(String)}.
     *
     * @param roomId the room's id
     * @return an async listing
     */
    public AsyncPagedIterable<RoomTab> list(String roomId) {
        return session.listAsync(RoomTabsApi.listCall(roomId));
    }

    /**
     * Lists the tabs of a room with more parameters, e.g. {@code list(q -> q.roomId(id).max(10))}.
     * The async twin of {@link RoomTabsApi#list(Consumer)}.
     *
     * @param query sets the parameters; {@code roomId} is required
     * @return an async listing
     * @throws NullPointerException when {@code roomId} is not set
     */
    public AsyncPagedIterable<RoomTab> list(Consumer<RoomTabsApi.ListQuery> query) {
        return session.listAsync(RoomTabsApi.listCall(query));
    }

    /**
     * Adds a tab to a room. The async twin of {@link RoomTabsApi#create(String, String, String)}.
     *
     * @param roomId the room's id
     * @param contentUrl the {@code https} URL of the page the tab shows
     * @param displayName the tab's name
     * @return completes with the new tab
     * @throws IllegalArgumentException when an argument is blank or {@code contentUrl} is not an
     *     {@code https} URL
     */
    public CompletableFuture<RoomTab> create(String roomId, String contentUrl, String displayName) {
        return session.executeAsync(RoomTabsApi.createCall(roomId, contentUrl, displayName));
    }

    /**
     * Adds a tab to a room, e.g.
     * {@code create(t -> t.roomId(id).contentUrl("https://dash.example.com").displayName("Dashboard"))}.
     * The async twin of {@link RoomTabsApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code roomId}, {@code contentUrl} and {@code displayName}
     *     are required
     * @return completes with the new tab
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code contentUrl} is not an {@code https} URL
     */
    public CompletableFuture<RoomTab> create(Consumer<RoomTabsApi.TabRequest> request) {
        return session.executeAsync(RoomTabsApi.createCall(request));
    }

    /**
     * Gets one room tab. The async twin of {@link RoomTabsApi#get(String)}.
     *
     * @param roomTabId the tab's id
     * @return completes with the tab
     */
    public CompletableFuture<RoomTab> get(String roomTabId) {
        return session.executeAsync(RoomTabsApi.getCall(roomTabId));
    }

    /**
     * Changes a tab's page or name, e.g.
     * {@code update(id, t -> t.roomId(roomId).contentUrl(url).displayName("Renamed"))}. The async
     * twin of {@link RoomTabsApi#update(String, Consumer)}.
     *
     * @param roomTabId the tab's id
     * @param request sets the fields; {@code roomId}, {@code contentUrl} and {@code displayName}
     *     are required
     * @return completes with the updated tab
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code contentUrl} is not an {@code https} URL
     */
    public CompletableFuture<RoomTab> update(String roomTabId, Consumer<RoomTabsApi.TabRequest> request) {
        return session.executeAsync(RoomTabsApi.updateCall(roomTabId, request));
    }

    /**
     * Removes a tab from its room. The async twin of {@link RoomTabsApi#delete(String)}.
     *
     * @param roomTabId the tab's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String roomTabId) {
        return session.executeAsync(RoomTabsApi.deleteCall(roomTabId));
    }
}
