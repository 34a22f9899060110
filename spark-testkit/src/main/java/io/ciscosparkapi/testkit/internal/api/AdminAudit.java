package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.Entities.AuditEvent;
import io.ciscosparkapi.testkit.internal.state.Entities.Org;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records the admin audit events of spec §2.14: one for each person an admin creates, updates or
 * deletes, one more when an update changes the person's licenses or roles, and the events a test
 * seeds. Callers hold the store's lock.
 */
public final class AdminAudit {

    /** The address the fake reports for every actor: it does not see the client's. */
    static final String ACTOR_IP = "127.0.0.1";

    private AdminAudit() {
    }

    /**
     * An admin created a person.
     *
     * @param ctx the request
     * @param target the new person
     */
    static void personCreated(RequestContext ctx, Person target) {
        person(ctx, target, "USERS", "A user was created", "created user");
    }

    /**
     * An admin updated a person, and perhaps changed its licenses or roles.
     *
     * @param ctx the request
     * @param target the person, as it is now
     * @param licensesChanged whether its licenses changed
     * @param rolesChanged whether its roles changed
     */
    static void personUpdated(RequestContext ctx, Person target, boolean licensesChanged, boolean rolesChanged) {
        person(ctx, target, "USERS", "A user was modified", "modified user");
        if (licensesChanged) {
            person(ctx, target, "LICENSES", "User licenses were changed", "changed the licenses of user");
        }
        if (rolesChanged) {
            person(ctx, target, "ROLES", "User roles were changed", "changed the roles of user");
        }
    }

    /**
     * An admin deleted a person (call before removing it).
     *
     * @param ctx the request
     * @param target the person
     */
    static void personDeleted(RequestContext ctx, Person target) {
        person(ctx, target, "USERS", "A user was deleted", "deleted user");
    }

    private static void person(RequestContext ctx, Person target, String category, String description, String verb) {
        Person actor = ctx.caller;
        String userAgent = ctx.request.header("User-Agent");
        record(ctx.store, ctx.store.now(), actor, "USER", target.id, target.displayName, target.orgId, category,
                description, actor.displayName + " " + verb + " " + target.displayName + " (" + target.email() + ")",
                ctx.trackingId, userAgent == null ? "unknown" : userAgent);
    }

    /**
     * Records an event that a test seeds, aimed at the actor's org.
     *
     * @param store the state
     * @param created when it happened
     * @param actor who acted
     * @param category the {@code eventCategory}
     * @param description the {@code eventDescription}
     * @return the event id
     */
    public static String seed(Store store, Instant created, Person actor, String category, String description) {
        Org org = store.orgs.get(actor.orgId);
        return record(store, created, actor, "ORG", actor.orgId, org == null ? "" : org.displayName, actor.orgId,
                category, description, actor.displayName + ": " + description,
                "SEED_" + Ids.uuid().toUpperCase(Locale.ROOT), "unknown").id;
    }

    private static AuditEvent record(Store store, Instant created, Person actor, String targetType, String targetId,
            String targetName, String targetOrgId, String category, String description, String actionText,
            String trackingId, String userAgent) {
        Org actorOrg = store.orgs.get(actor.orgId);
        Org targetOrg = store.orgs.get(targetOrgId);
        ObjectNode data = Json.object();
        data.put("actorOrgName", actorOrg == null ? "" : actorOrg.displayName);
        data.put("targetName", targetName);
        data.put("eventDescription", description);
        data.put("actorName", actor.displayName);
        data.put("actorEmail", actor.email());
        ArrayNode roles = data.putArray("adminRoles");
        adminRoles(actor).forEach(roles::add);
        data.put("trackingId", trackingId);
        data.put("targetType", targetType);
        data.put("targetId", targetId);
        data.put("eventCategory", category);
        data.put("actorUserAgent", userAgent);
        data.put("actorIp", ACTOR_IP);
        data.put("targetOrgId", targetOrgId);
        data.put("actionText", actionText);
        data.put("targetOrgName", targetOrg == null ? "" : targetOrg.displayName);
        AuditEvent e = new AuditEvent();
        e.id = Ids.encode("ADMIN_AUDIT_EVENT", Ids.uuid());
        e.actorId = actor.id;
        e.orgId = targetOrgId;
        e.created = created;
        e.data = data;
        store.auditEvents.put(e.id, e);
        return e;
    }

    /** Role names as the audit log writes them: {@code id_full_admin} is {@code Full_Admin}. */
    private static List<String> adminRoles(Person actor) {
        List<String> out = new ArrayList<>();
        for (String roleId : actor.roles) {
            String local = Ids.decode("ROLE", roleId);
            if (local == null) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (String word : local.replaceFirst("^id_", "").split("_")) {
                if (!word.isEmpty()) {
                    name.append(name.length() == 0 ? "" : "_")
                            .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
                }
            }
            out.add(name.toString());
        }
        return out;
    }
}
