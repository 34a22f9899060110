package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.model.RoomTab;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Room tabs, web pages pinned to a room: the {@code room/tabs} endpoints (newer API generation).
 * Obtain it from {@link CiscoSparkAPI#roomTabs()}. Thread-safe.
 */
public final class RoomTabsApi {

    private static final String RESOURCE = "room";
    private static final String TABS = "tabs";

    private final Session session;

    RoomTabsApi(Session session) {
        this.session = session;
    }

    /**
     * Lists the tabs of a room; the caller must be a member of it.
     *
     * @param roomId the room's id
     * @return a lazy listing
     */
    public PagedIterable<RoomTab> list(String roomId) {
        return session.list(listCall(roomId));
    }

    static ListCall<RoomTab> listCall(String roomId) {
        Arguments.id(roomId, "roomId");
        return listCall(q -> q.roomId(roomId));
    }

    /**
     * Lists the tabs of a room with more parameters, e.g. {@code list(q -> q.roomId(id).max(10))}.
     *
     * @param query sets the parameters; {@code roomId} is required
     * @return a lazy listing
     * @throws NullPointerException when {@code roomId} is not set
     */
    public PagedIterable<RoomTab> list(Consumer<ListQuery> query) {
        return session.list(listCall(query));
    }

    static ListCall<RoomTab> listCall(Consumer<ListQuery> query) {
        Map<String, String> params = Arguments.apply(new ListQuery(), query).params();
        Arguments.requiredText(params.get("roomId"), "roomId");
        return new ListCall<>(Urls.path(RESOURCE, TABS), params, RoomTab::new);
    }

    /**
     * Adds a tab to a room.
     *
     * @param roomId the room's id
     * @param contentUrl the {@code https} URL of the page the tab shows
     * @param displayName the tab's name
     * @return the new tab
     * @throws IllegalArgumentException when an argument is blank or {@code contentUrl} is not an
     *     {@code https} URL
     */
    public RoomTab create(String roomId, String contentUrl, String displayName) {
        return session.execute(createCall(roomId, contentUrl, displayName));
    }

    static Call<RoomTab> createCall(String roomId, String contentUrl, String displayName) {
        return createCall(t -> t.roomId(roomId).contentUrl(contentUrl).displayName(displayName));
    }

    /**
     * Adds a tab to a room, e.g.
     * {@code create(t -> t.roomId(id).contentUrl("https://dash.example.com").displayName("Dashboard"))}.
     *
     * @param request sets the fields; {@code roomId}, {@code contentUrl} and {@code displayName}
     *     are required
     * @return the new tab
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code contentUrl} is not an {@code https} URL
     */
    public RoomTab create(Consumer<TabRequest> request) {
        return session.execute(createCall(request));
    }

    static Call<RoomTab> createCall(Consumer<TabRequest> request) {
        TabRequest r = Arguments.apply(new TabRequest(), request);
        r.check();
        return Call.post(Urls.path(RESOURCE, TABS), r.fields(), RoomTab::new);
    }

    /**
     * Gets one room tab.
     *
     * @param roomTabId the tab's id
     * @return the tab
     */
    public RoomTab get(String roomTabId) {
        return session.execute(getCall(roomTabId));
    }

    static Call<RoomTab> getCall(String roomTabId) {
        return Call.get(Urls.path(RESOURCE, TABS, Arguments.id(roomTabId, "roomTabId")), Map.of(), RoomTab::new);
    }

    /**
     * Changes a tab's page or name, e.g.
     * {@code update(id, t -> t.roomId(roomId).contentUrl(url).displayName("Renamed"))}. Spark
     * expects every field to be sent each time.
     *
     * @param roomTabId the tab's id
     * @param request sets the fields; {@code roomId}, {@code contentUrl} and {@code displayName}
     *     are required
     * @return the updated tab
     * @throws NullPointerException when a required field is not set
     * @throws IllegalArgumentException when {@code contentUrl} is not an {@code https} URL
     */
    public RoomTab update(String roomTabId, Consumer<TabRequest> request) {
        return session.execute(updateCall(roomTabId, request));
    }

    static Call<RoomTab> updateCall(String roomTabId, Consumer<TabRequest> request) {
        Arguments.id(roomTabId, "roomTabId");
        TabRequest r = Arguments.apply(new TabRequest(), request);
        r.check();
        return Call.put(Urls.path(RESOURCE, TABS, roomTabId), r.fields(), RoomTab::new);
    }

    /**
     * Removes a tab from its room.
     *
     * @param roomTabId the tab's id
     */
    public void delete(String roomTabId) {
        session.execute(deleteCall(roomTabId));
    }

    static Call<Void> deleteCall(String roomTabId) {
        return Call.delete(Urls.path(RESOURCE, TABS, Arguments.id(roomTabId, "roomTabId")));
    }

    /** Parameters of {@link #list(Consumer)}. */
    public static final class ListQuery extends QueryBuilder<ListQuery> {
        ListQuery() {
        }

        /**
         * The room whose tabs to list (required).
         *
         * @param roomId the room's id
         * @return this query
         */
        public ListQuery roomId(String roomId) {
            return param("roomId", roomId);
        }
    }

    /** Fields of {@link #create(Consumer)} and {@link #update(String, Consumer)}. */
    public static final class TabRequest extends BodyBuilder<TabRequest> {
        TabRequest() {
        }

        /**
         * The room the tab belongs to (required).
         *
         * @param roomId the room's id
         * @return this request
         */
        public TabRequest roomId(String roomId) {
            return field("roomId", roomId);
        }

        /**
         * The page the tab shows (required): an {@code https} URL.
         *
         * @param contentUrl the URL
         * @return this request
         */
        public TabRequest contentUrl(String contentUrl) {
            return field("contentUrl", contentUrl);
        }

        /**
         * The tab's name (required).
         *
         * @param displayName the name
         * @return this request
         */
        public TabRequest displayName(String displayName) {
            return field("displayName", displayName);
        }

        void check() {
            Arguments.requiredText(fieldValue("roomId"), "roomId");
            String url = Arguments.requiredText(fieldValue("contentUrl"), "contentUrl");
            Arguments.requiredText(fieldValue("displayName"), "displayName");
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("contentUrl '" + url + "' is not a URL: " + e.getMessage(), e);
            }
            if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("contentUrl must be an https URL with a host, as Spark requires; "
                        + "got '" + url + "'");
            }
        }
    }
}
