package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps a method and a path below {@code /v1/} to its operation: 404 unknown path, 405 wrong verb. */
public final class Router {

    /**
     * A resolved route.
     *
     * @param operation the operation
     * @param id the decoded path id, or {@code null}
     * @param authenticated whether the endpoint needs a bearer token
     * @param pattern the route, e.g. {@code rooms/{}}
     */
    public record Match(Operation operation, String id, boolean authenticated, String pattern) {
    }

    private record Route(String pattern, String[] segments, Map<String, Operation> methods) {
    }

    /** The paths that take no access token: OAuth's form post, and the guest login whose bearer is a JWT. */
    private static final Set<String> UNAUTHENTICATED = Set.of("access_token", "jwt/login");

    private final List<Route> routes = new ArrayList<>();

    /** Creates the router with every endpoint of the fake. */
    public Router() {
        add("people", "GET", PeopleEndpoint::list, "POST", PeopleEndpoint::create);
        add("people/{}", "GET", PeopleEndpoint::get, "PUT", PeopleEndpoint::update, "DELETE", PeopleEndpoint::delete);
        add("rooms", "GET", RoomsEndpoint::list, "POST", RoomsEndpoint::create);
        add("rooms/{}", "GET", RoomsEndpoint::get, "PUT", RoomsEndpoint::update, "DELETE", RoomsEndpoint::delete);
        add("rooms/{}/meetingInfo", "GET", RoomsEndpoint::meetingInfo);
        add("memberships", "GET", MembershipsEndpoint::list, "POST", MembershipsEndpoint::create);
        add("memberships/{}", "GET", MembershipsEndpoint::get, "PUT", MembershipsEndpoint::update, "DELETE", MembershipsEndpoint::delete);
        add("messages", "GET", MessagesEndpoint::list, "POST", MessagesEndpoint::create);
        add("messages/direct", "GET", MessagesEndpoint::listDirect);
        add("messages/{}", "GET", MessagesEndpoint::get, "PUT", MessagesEndpoint::edit, "DELETE", MessagesEndpoint::delete);
        add("contents/{}", "GET", ContentsEndpoint::get);
        add("teams", "GET", TeamsEndpoint::list, "POST", TeamsEndpoint::create);
        add("teams/{}", "GET", TeamsEndpoint::get, "PUT", TeamsEndpoint::update, "DELETE", TeamsEndpoint::delete);
        add("team/memberships", "GET", TeamMembershipsEndpoint::list, "POST", TeamMembershipsEndpoint::create);
        add("team/memberships/{}", "GET", TeamMembershipsEndpoint::get, "PUT", TeamMembershipsEndpoint::update,
                "DELETE", TeamMembershipsEndpoint::delete);
        add("webhooks", "GET", WebhooksEndpoint::list, "POST", WebhooksEndpoint::create);
        add("webhooks/{}", "GET", WebhooksEndpoint::get, "PUT", WebhooksEndpoint::update, "DELETE", WebhooksEndpoint::delete);
        add("organizations", "GET", OrganizationsEndpoint::list);
        add("organizations/{}", "GET", OrganizationsEndpoint::get);
        add("licenses", "GET", LicensesEndpoint::list);
        add("licenses/{}", "GET", LicensesEndpoint::get);
        add("roles", "GET", RolesEndpoint::list);
        add("roles/{}", "GET", RolesEndpoint::get);
        add("events", "GET", EventsEndpoint::list);
        add("events/{}", "GET", EventsEndpoint::get);
        // v2 messaging additions (spec §2.13-2.16)
        add("attachment/actions", "POST", AttachmentActionsEndpoint::create);
        add("attachment/actions/{}", "GET", AttachmentActionsEndpoint::get);
        add("room/tabs", "GET", RoomTabsEndpoint::list, "POST", RoomTabsEndpoint::create);
        add("adminAudit/events", "GET", AdminAuditEndpoint::list);
        add("room/tabs/{}", "GET", RoomTabsEndpoint::get, "PUT", RoomTabsEndpoint::update, "DELETE", RoomTabsEndpoint::delete);
        add("jwt/login", "POST", JwtLoginEndpoint::login);
        add("access_token", "POST", AccessTokenEndpoint::token);
        // Meetings (spec §2.17); the fixed paths before the ones with an id in their place.
        add("meetings", "GET", MeetingsEndpoint::list, "POST", MeetingsEndpoint::create);
        add("meetings/templates", "GET", MeetingTemplatesEndpoint::list);
        add("meetings/templates/{}", "GET", MeetingTemplatesEndpoint::get);
        add("meetings/{}", "GET", MeetingsEndpoint::get, "PUT", MeetingsEndpoint::update, "DELETE", MeetingsEndpoint::delete);
        add("meetings/{}/registrants", "GET", MeetingRegistrantsEndpoint::list, "POST", MeetingRegistrantsEndpoint::create);
        add("meetings/{}/registrants/{}", "GET", MeetingRegistrantsEndpoint::get, "DELETE", MeetingRegistrantsEndpoint::delete);
        add("meetingInvitees", "GET", MeetingInviteesEndpoint::list, "POST", MeetingInviteesEndpoint::create);
        add("meetingInvitees/bulkInsert", "POST", MeetingInviteesEndpoint::bulkInsert);
        add("meetingInvitees/{}", "GET", MeetingInviteesEndpoint::get, "PUT", MeetingInviteesEndpoint::update,
                "DELETE", MeetingInviteesEndpoint::delete);
        add("recordings", "GET", RecordingsEndpoint::list);
        add("recordings/{}", "GET", RecordingsEndpoint::get, "DELETE", RecordingsEndpoint::delete);
    }

    private void add(String pattern, String m1, Operation h1) {
        add(pattern, m1, h1, null, null, null, null);
    }

    private void add(String pattern, String m1, Operation h1, String m2, Operation h2) {
        add(pattern, m1, h1, m2, h2, null, null);
    }

    private void add(String pattern, String m1, Operation h1, String m2, Operation h2, String m3, Operation h3) {
        Map<String, Operation> methods = new LinkedHashMap<>();
        methods.put(m1, h1);
        if (m2 != null) {
            methods.put(m2, h2);
        }
        if (m3 != null) {
            methods.put(m3, h3);
        }
        routes.add(new Route(pattern, pattern.split("/"), methods));
    }

    /**
     * Resolves a request.
     *
     * @param method the HTTP method ({@code HEAD} is answered like {@code GET})
     * @param rawPath the raw path below {@code /v1/}, e.g. {@code people/Y2lz...}
     * @return the match
     * @throws ApiError 404 for an unknown path, 405 for a known path with another verb
     */
    public Match resolve(String method, String rawPath) {
        String path = rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        String[] parts = path.split("/", -1);
        String verb = method.equals("HEAD") ? "GET" : method;
        Route found = null;
        String id = null;
        for (Route r : routes) {
            String candidateId = matchSegments(r.segments(), parts);
            if (candidateId != null) {
                found = r;
                id = candidateId.isEmpty() ? null : candidateId;
                break;
            }
        }
        if (found == null) {
            throw ApiError.notFound("The requested resource could not be found.");
        }
        Operation op = found.methods().get(verb);
        if (op == null) {
            throw new ApiError(405, "The method " + method + " is not allowed on this resource.");
        }
        return new Match(op, id, !UNAUTHENTICATED.contains(path), found.pattern());
    }

    /** Returns the id ("" when the pattern has none) or null when it does not match. */
    private static String matchSegments(String[] pattern, String[] parts) {
        if (pattern.length != parts.length) {
            return null;
        }
        String id = "";
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("{}")) {
                if (parts[i].isEmpty()) {
                    return null;
                }
                try {
                    id = URLDecoder.decode(parts[i].replace("+", "%2B"), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            } else if (!pattern[i].equals(parts[i])) {
                return null;
            }
        }
        return id;
    }
}
