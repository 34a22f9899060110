package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.Webhook;
import io.ciscosparkapi.testkit.internal.state.Ids;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code webhooks} (spec §2.7, §3.3). */
final class WebhooksEndpoint {

    /** Events and filter keys allowed per resource. */
    private static final Map<String, List<Set<String>>> RULES = Map.of(
            "all", List.of(Set.of("all"), Set.of()),
            "messages", List.of(Set.of("created", "deleted", "updated", "all"),
                    Set.of("roomId", "roomType", "personId", "personEmail", "mentionedPeople", "hasFiles")),
            "memberships", List.of(Set.of("created", "updated", "deleted", "all"),
                    Set.of("roomId", "personId", "personEmail", "isModerator")),
            "rooms", List.of(Set.of("created", "updated", "all"), Set.of("type", "isLocked")),
            "attachmentActions", List.of(Set.of("created"), Set.of("messageId", "personId", "roomId")));

    private WebhooksEndpoint() {
    }

    static Webhook own(RequestContext ctx, String id) {
        Webhook w = Replies.find(ctx.store.webhooks, "WEBHOOK", id, "webhook");
        if (!w.createdBy.equals(ctx.caller.id)) {
            throw ApiError.notFound("The requested webhook was not found.");
        }
        return w;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        List<ObjectNode> out = new ArrayList<>();
        for (Webhook w : ctx.store.webhooks.values()) {
            if (w.createdBy.equals(ctx.caller.id)) {
                out.add(ResourceJson.webhook(w));
            }
        }
        return Paging.page(ctx, out, 1000);
    }

    private static String targetUrl(JsonNode body) {
        String url = Json.required(body, "targetUrl");
        try {
            URI u = new URI(url);
            if (!("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) || u.getHost() == null) {
                throw ApiError.badRequest("Invalid value for field 'targetUrl'.");
            }
        } catch (java.net.URISyntaxException e) {
            throw ApiError.badRequest("Invalid value for field 'targetUrl'.");
        }
        return url;
    }

    /**
     * Parses a filter: split on {@code &}, each part on the first {@code =}, values URL-decoded.
     *
     * @param filter the text
     * @return the pairs
     */
    static Map<String, String> parseFilter(String filter) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : filter.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw ApiError.badRequest("invalid value for filter: " + part);
            }
            String value;
            try {
                value = URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("invalid value for filter: " + part.substring(0, eq));
            }
            out.put(part.substring(0, eq), value);
        }
        return out;
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        JsonNode body = ctx.body();
        String name = Json.required(body, "name");
        String url = targetUrl(body);
        String resource = Json.required(body, "resource");
        String event = Json.required(body, "event");
        List<Set<String>> rule = RULES.get(resource);
        if (rule == null) {
            throw ApiError.badRequest("invalid value for resource: " + resource);
        }
        if (!rule.get(0).contains(event)) {
            throw ApiError.badRequest("invalid value for event: " + event + " (resource " + resource + ")");
        }
        String filter = Json.str(body, "filter");
        Map<String, String> filters = filter == null || filter.isEmpty() ? new LinkedHashMap<>() : parseFilter(filter);
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String key = f.getKey();
            String v = f.getValue();
            if (!rule.get(1).contains(key)) {
                throw ApiError.badRequest("invalid value for filter: " + key);
            }
            boolean ok = switch (key) {
                case "roomId" -> {
                    Room r = Ids.decode("ROOM", v) == null ? null : ctx.store.rooms.get(v);
                    yield r != null && Visibility.canSee(ctx.store, ctx.caller, r);
                }
                case "roomType", "type" -> v.equals("direct") || v.equals("group");
                case "hasFiles", "isModerator", "isLocked" -> v.equals("true") || v.equals("false");
                case "personId" -> Ids.decode("PEOPLE", v) != null;
                case "mentionedPeople" -> v.equals("me") || Ids.decode("PEOPLE", v) != null;
                case "messageId" -> Ids.decode("MESSAGE", v) != null;
                default -> !v.isEmpty();
            };
            if (!ok) {
                throw ApiError.badRequest("invalid value for filter: " + key);
            }
        }
        String ownedBy = Json.str(body, "ownedBy");
        if (ownedBy != null && !ownedBy.equals("creator") && !ownedBy.equals("org")) {
            throw ApiError.badRequest("Invalid value for field 'ownedBy'.");
        }
        Webhook w = new Webhook();
        w.id = Ids.encode("WEBHOOK", Ids.uuid());
        w.name = name;
        w.targetUrl = url;
        w.resource = resource;
        w.event = event;
        w.filter = filters.isEmpty() ? null : filter;
        w.filters = filters;
        w.secret = Json.str(body, "secret");
        w.created = ctx.store.now();
        w.orgId = ctx.caller.orgId;
        w.createdBy = ctx.caller.id;
        w.ownedBy = ownedBy == null ? "creator" : ownedBy;
        ctx.store.webhooks.put(w.id, w);
        return Replies.ok(ResourceJson.webhook(w));
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.webhook(own(ctx, id)));
    }

    static ApiResponse update(RequestContext ctx, String id) {
        Webhook w = own(ctx, id);
        JsonNode body = ctx.body();
        String name = Json.required(body, "name");
        String url = targetUrl(body);
        String status = Json.str(body, "status");
        if (status != null && !status.equals("active") && !status.equals("inactive")) {
            throw ApiError.badRequest("Invalid value for field 'status'.");
        }
        String ownedBy = Json.str(body, "ownedBy");
        if (ownedBy != null && !ownedBy.equals("creator") && !ownedBy.equals("org")) {
            throw ApiError.badRequest("Invalid value for field 'ownedBy'.");
        }
        w.name = name;
        w.targetUrl = url;
        if (body.has("secret")) {
            String secret = Json.str(body, "secret");
            w.secret = secret == null || secret.isEmpty() ? null : secret;
        }
        if (status != null) {
            w.status = status;
        }
        if (ownedBy != null) {
            w.ownedBy = ownedBy;
        }
        return Replies.ok(ResourceJson.webhook(w));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        Webhook w = own(ctx, id);
        ctx.store.webhooks.remove(w.id);
        return Replies.noContent();
    }
}
