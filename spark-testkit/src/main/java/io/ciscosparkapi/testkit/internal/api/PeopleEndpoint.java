package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.License;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code people} (spec §2.1). */
final class PeopleEndpoint {

    /** Optional attributes stored as given and cleared by a PUT that leaves them out. */
    private static final List<String> ATTRIBUTES = List.of("nickName", "firstName", "lastName", "avatar",
            "timezone", "phoneNumbers", "sipAddresses", "extension", "locationId", "department", "manager",
            "managerId", "title", "addresses", "siteUrls", "loginEnabled");

    private PeopleEndpoint() {
    }

    static Person person(RequestContext ctx, String id) {
        if ("me".equals(id)) {
            return ctx.caller;
        }
        return Replies.find(ctx.store.people, "PEOPLE", id, "person");
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Store store = ctx.store;
        Person caller = ctx.caller;
        String email = ctx.query.get("email");
        String displayName = ctx.query.get("displayName");
        String ids = ctx.query.get("id");
        String orgId = ctx.query.get("orgId");
        ctx.queryBool("callingData");
        boolean filtered = ctx.query.has("email") || ctx.query.has("displayName") || ctx.query.has("id");
        if (!filtered && !caller.isAdmin()) {
            throw ApiError.badRequest("Email, displayName, or id list should be specified.");
        }
        if (orgId != null && !orgId.equals(caller.orgId) && !store.orgs.containsKey(orgId)) {
            throw ApiError.notFound("The requested organization was not found.");
        }
        List<Person> candidates;
        if (ctx.query.has("id")) {
            candidates = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String id : ids.split(",")) {
                Person p = store.people.get(id.trim());
                if (p != null && seen.add(p.id)) {
                    candidates.add(p);
                }
            }
        } else {
            candidates = new ArrayList<>(store.people.values());
        }
        String org = orgId != null ? orgId : caller.orgId;
        Instant now = store.clock.peek();
        List<ObjectNode> out = new ArrayList<>();
        for (Person p : candidates) {
            if (!filtered && !p.orgId.equals(org)) {
                continue;
            }
            if (orgId != null && !p.orgId.equals(orgId)) {
                continue;
            }
            if (ctx.query.has("email") && p.emails.stream().noneMatch(e -> e.equalsIgnoreCase(email))) {
                continue;
            }
            if (ctx.query.has("email") && !caller.isAdmin() && !p.orgId.equals(caller.orgId)) {
                continue;
            }
            if (ctx.query.has("displayName") && !p.displayName.toLowerCase(Locale.ROOT)
                    .startsWith(displayName.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(ResourceJson.person(p, caller, now, !ctx.query.has("id")));
        }
        return Paging.page(ctx, out, 1000);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.person(person(ctx, id), ctx.caller, ctx.store.clock.peek(), true));
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        ctx.requireAdmin();
        JsonNode body = ctx.body();
        List<String> emails = Json.strList(body, "emails");
        if (emails == null || emails.isEmpty() || emails.stream().anyMatch(e -> !e.contains("@"))) {
            throw ApiError.badRequest("Missing or invalid required field 'emails'.");
        }
        for (String e : emails) {
            if (ctx.store.personByEmail(e) != null) {
                throw ApiError.conflict("A person with the email address " + e + " already exists.");
            }
        }
        String orgId = Json.str(body, "orgId");
        if (orgId == null) {
            orgId = ctx.caller.orgId;
        } else if (!ctx.store.orgs.containsKey(orgId)) {
            throw ApiError.badRequest("Invalid value for field 'orgId'.");
        }
        String displayName = Json.str(body, "displayName");
        if (displayName == null || displayName.isBlank()) {
            String first = Json.str(body, "firstName");
            String last = Json.str(body, "lastName");
            displayName = first != null || last != null
                    ? ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim() : emails.get(0);
        }
        List<String> licenses = licenses(body);
        if (licenses.isEmpty()) {
            // Created without licenses: the org's Messaging license, as the service assigns it.
            License messaging = ctx.store.messagingLicense(orgId);
            licenses = messaging == null ? List.of() : List.of(messaging.id);
        }
        checkRolesAndLicenses(ctx, body, licenses);
        Person p = ctx.store.addPerson(Ids.uuid(), displayName, emails.get(0), "person", orgId, null);
        p.emails.clear();
        p.emails.addAll(emails);
        applyAttributes(ctx, p, body, licenses);
        AdminAudit.personCreated(ctx, p);
        return Replies.ok(ResourceJson.person(p, ctx.caller, ctx.store.clock.peek(), true));
    }

    /**
     * Replaces a person's optional attributes, roles and licenses with the body's, as a full
     * replace does; {@link #checkRolesAndLicenses} has checked them before anything changed.
     */
    private static void applyAttributes(RequestContext ctx, Person p, JsonNode body, List<String> licenses) {
        List<String> roles = Json.strList(body, "roles");
        p.attributes.clear();
        for (String a : ATTRIBUTES) {
            JsonNode n = body.get(a);
            if (n != null && !n.isNull()) {
                p.attributes.put(a, n.deepCopy());
            }
        }
        p.roles.clear();
        if (roles != null) {
            p.roles.addAll(roles);
        }
        p.licenses.clear();
        p.licenses.addAll(licenses);
    }

    private static void checkRolesAndLicenses(RequestContext ctx, JsonNode body, List<String> licenses) {
        List<String> roles = Json.strList(body, "roles");
        for (String r : roles == null ? List.<String>of() : roles) {
            if (!ctx.store.roles.containsKey(r)) {
                throw ApiError.badRequest("Invalid value for field 'roles': " + r);
            }
        }
        for (String l : licenses) {
            if (!ctx.store.licenses.containsKey(l)) {
                throw ApiError.badRequest("Invalid value for field 'licenses': " + l);
            }
        }
    }

    private static List<String> licenses(JsonNode body) {
        List<String> licenses = Json.strList(body, "licenses");
        return licenses == null ? List.of() : licenses;
    }

    static ApiResponse update(RequestContext ctx, String id) {
        ctx.requireAdmin();
        Person p = person(ctx, id);
        JsonNode body = ctx.body();
        List<String> emails = Json.strList(body, "emails");
        if (emails != null) {
            Set<String> given = new HashSet<>();
            emails.forEach(e -> given.add(e.toLowerCase(Locale.ROOT)));
            Set<String> current = new HashSet<>();
            p.emails.forEach(e -> current.add(e.toLowerCase(Locale.ROOT)));
            if (!given.equals(current)) {
                throw ApiError.badRequest("The email address of a person cannot be changed.");
            }
        }
        List<String> licenses = licenses(body);
        checkRolesAndLicenses(ctx, body, licenses);
        String displayName = Json.str(body, "displayName");
        if (displayName != null && !displayName.isBlank()) {
            p.displayName = displayName;
        }
        Set<String> licensesBefore = new HashSet<>(p.licenses);
        Set<String> rolesBefore = new HashSet<>(p.roles);
        applyAttributes(ctx, p, body, licenses);
        p.lastModified = ctx.store.now();
        AdminAudit.personUpdated(ctx, p, !licensesBefore.equals(new HashSet<>(p.licenses)),
                !rolesBefore.equals(new HashSet<>(p.roles)));
        return Replies.ok(ResourceJson.person(p, ctx.caller, ctx.store.clock.peek(), true));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        ctx.requireAdmin();
        Person p = person(ctx, id);
        Store store = ctx.store;
        AdminAudit.personDeleted(ctx, p);
        for (Membership m : List.copyOf(store.memberships.values())) {
            if (m.personId.equals(p.id)) {
                RoomChanges.removeMembership(ctx, m);
            }
        }
        store.teamMemberships.values().removeIf(m -> m.personId.equals(p.id));
        store.webhooks.values().removeIf(w -> w.createdBy.equals(p.id));
        store.tokens.values().removeIf(grant -> grant.personId().equals(p.id));
        store.people.remove(p.id);
        return Replies.noContent();
    }

    /**
     * Creates a placeholder person (invite pending) for an unknown address.
     *
     * @param ctx the request
     * @param email the address
     * @return the person
     */
    static Person invite(RequestContext ctx, String email) {
        if (!email.contains("@")) {
            throw ApiError.badRequest("Invalid email address: " + email);
        }
        Person p = ctx.store.addPerson(Ids.uuid(), email, email, "person", ctx.caller.orgId, null);
        p.invitePending = true;
        return p;
    }
}
