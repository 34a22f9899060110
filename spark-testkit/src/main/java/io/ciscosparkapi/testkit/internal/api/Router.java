package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps a method and a path below {@code /v1/} to its handler: 404 unknown path, 405 wrong verb. */
public final class Router {

    /**
     * A resolved route.
     *
     * @param handler the handler
     * @param id the decoded path id, or {@code null}
     * @param authenticated whether the endpoint needs a bearer token
     */
    public record Match(Handler handler, String id, boolean authenticated) {
    }

    private record Route(String[] segments, Map<String, Handler> methods) {
    }

    private final List<Route> routes = new ArrayList<>();

    /** Creates the router with every endpoint of the fake. */
    public Router() {
        add("people", "GET", PeopleApi::list, "POST", PeopleApi::create);
        add("people/{}", "GET", PeopleApi::get, "PUT", PeopleApi::update, "DELETE", PeopleApi::delete);
        add("rooms", "GET", RoomsApi::list, "POST", RoomsApi::create);
        add("rooms/{}", "GET", RoomsApi::get, "PUT", RoomsApi::update, "DELETE", RoomsApi::delete);
        add("rooms/{}/meetingInfo", "GET", RoomsApi::meetingInfo);
        add("memberships", "GET", MembershipsApi::list, "POST", MembershipsApi::create);
        add("memberships/{}", "GET", MembershipsApi::get, "PUT", MembershipsApi::update, "DELETE", MembershipsApi::delete);
        add("messages", "GET", MessagesApi::list, "POST", MessagesApi::create);
        add("messages/direct", "GET", MessagesApi::listDirect);
        add("messages/{}", "GET", MessagesApi::get, "PUT", MessagesApi::edit, "DELETE", MessagesApi::delete);
        add("contents/{}", "GET", MessagesApi::content);
        add("teams", "GET", TeamsApi::list, "POST", TeamsApi::create);
        add("teams/{}", "GET", TeamsApi::get, "PUT", TeamsApi::update, "DELETE", TeamsApi::delete);
        add("team/memberships", "GET", TeamsApi::listMemberships, "POST", TeamsApi::createMembership);
        add("team/memberships/{}", "GET", TeamsApi::getMembership, "PUT", TeamsApi::updateMembership,
                "DELETE", TeamsApi::deleteMembership);
        add("webhooks", "GET", WebhooksApi::list, "POST", WebhooksApi::create);
        add("webhooks/{}", "GET", WebhooksApi::get, "PUT", WebhooksApi::update, "DELETE", WebhooksApi::delete);
        add("organizations", "GET", AdminApi::listOrgs);
        add("organizations/{}", "GET", AdminApi::getOrg);
        add("licenses", "GET", AdminApi::listLicenses);
        add("licenses/{}", "GET", AdminApi::getLicense);
        add("roles", "GET", AdminApi::listRoles);
        add("roles/{}", "GET", AdminApi::getRole);
        add("events", "GET", AdminApi::listEvents);
        add("events/{}", "GET", AdminApi::getEvent);
        add("access_token", "POST", TokensApi::token);
    }

    private void add(String pattern, String m1, Handler h1) {
        add(pattern, m1, h1, null, null, null, null);
    }

    private void add(String pattern, String m1, Handler h1, String m2, Handler h2) {
        add(pattern, m1, h1, m2, h2, null, null);
    }

    private void add(String pattern, String m1, Handler h1, String m2, Handler h2, String m3, Handler h3) {
        Map<String, Handler> methods = new LinkedHashMap<>();
        methods.put(m1, h1);
        if (m2 != null) {
            methods.put(m2, h2);
        }
        if (m3 != null) {
            methods.put(m3, h3);
        }
        routes.add(new Route(pattern.split("/"), methods));
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
        Handler h = found.methods().get(verb);
        if (h == null) {
            throw new ApiError(405, "The method " + method + " is not allowed on this resource.");
        }
        return new Match(h, id, !path.equals("access_token"));
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
