package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.Entities.AttachmentAction;
import io.ciscosparkapi.testkit.internal.state.Entities.AuditEvent;
import io.ciscosparkapi.testkit.internal.state.Entities.Event;
import io.ciscosparkapi.testkit.internal.state.Entities.License;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.testkit.internal.state.Entities.Org;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Role;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.RoomTab;
import io.ciscosparkapi.testkit.internal.state.Entities.Team;
import io.ciscosparkapi.testkit.internal.state.Entities.TeamMembership;
import io.ciscosparkapi.testkit.internal.state.Entities.Webhook;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.databind.node.ObjectNode;

/** Renders stored objects as the API's JSON. */
public final class ResourceJson {

    private ResourceJson() {
    }

    /**
     * A timestamp as the API writes it. The stored instants are written on every rendering of
     * their object: the text of the ones written lately is kept, by the instant's identity, so
     * that the same text (and its JSON, see {@link TreeWriter}) serves again.
     */
    static String ts(Instant i) {
        int slot = System.identityHashCode(i) & (TIMESTAMPS.length() - 1);
        Timestamp kept = TIMESTAMPS.getPlain(slot);
        if (kept != null && kept.instant == i) {
            return kept.text;
        }
        String text = FakeClock.format(i);
        TIMESTAMPS.setPlain(slot, new Timestamp(i, text));
        return text;
    }

    /** An instant and its text. Immutable, so it may be shared without locks. */
    private static final class Timestamp {
        final Instant instant;
        final String text;

        Timestamp(Instant instant, String text) {
            this.instant = instant;
            this.text = text;
        }
    }

    /** The timestamps written lately, each in the slot its instant's identity hash picks. */
    private static final AtomicReferenceArray<Timestamp> TIMESTAMPS = new AtomicReferenceArray<>(4096);

    /** How long after a person's last activity its status stays {@code active} (spec §2.1). */
    static final Duration ACTIVE_FOR = Duration.ofMinutes(10);

    /**
     * A person as {@code viewer} sees it. Presence ({@code lastActivity}, {@code status}) is shown
     * to viewers of the same org only: {@code pending} for someone who never logged in,
     * {@code active} within 10 minutes of its last activity on the fake's clock, else
     * {@code inactive}. Activity is a successful change made through the API (a read is not).
     *
     * @param p the person
     * @param viewer who asks ({@code null}: nobody in particular, who sees no presence)
     * @param now the fake's time
     * @param presence whether presence may be shown at all (not for {@code people?id=...})
     * @return the JSON
     */
    public static ObjectNode person(Person p, Person viewer, Instant now, boolean presence) {
        ObjectNode o = Json.object();
        o.put("id", p.id);
        o.set("emails", Json.strings(p.emails));
        o.put("displayName", p.displayName);
        p.attributes.forEach(o::set);
        o.put("orgId", p.orgId);
        if (viewer != null && (viewer.isAdmin() || viewer.id.equals(p.id))) {
            o.set("roles", Json.strings(p.roles));
            o.set("licenses", Json.strings(p.licenses));
        }
        o.put("created", ts(p.created));
        if (p.lastModified != null) {
            o.put("lastModified", ts(p.lastModified));
        }
        if (p.invitePending) {
            o.put("invitePending", true);
        }
        if (presence && viewer != null && viewer.orgId.equals(p.orgId)) {
            if (p.lastActivity != null) {
                o.put("lastActivity", ts(p.lastActivity));
            }
            o.put("status", !p.loggedIn ? "pending"
                    : p.lastActivity != null && now.isBefore(p.lastActivity.plus(ACTIVE_FOR)) ? "active" : "inactive");
        }
        o.put("type", p.type);
        return o;
    }

    /**
     * A room as {@code viewer} sees it (direct rooms are titled with the other member's name).
     *
     * @param store the state
     * @param r the room
     * @param viewer who asks
     * @return the JSON
     */
    public static ObjectNode room(Store store, Room r, Person viewer) {
        ObjectNode o = Json.object();
        o.put("id", r.id);
        String title = r.title;
        if ("direct".equals(r.type)) {
            Person other = store.otherMember(r, viewer);
            title = other == null ? (r.title == null ? "" : r.title) : other.displayName;
        }
        o.put("title", title);
        o.put("type", r.type);
        o.put("isLocked", r.isLocked);
        if (r.teamId != null) {
            o.put("teamId", r.teamId);
        }
        o.put("lastActivity", ts(r.lastActivity));
        o.put("creatorId", r.creatorId);
        o.put("created", ts(r.created));
        Person creator = store.people.get(r.creatorId);
        if (creator != null) {
            o.put("ownerId", creator.orgId);
        }
        o.put("isPublic", false);
        o.put("isAnnouncementOnly", false);
        o.put("isReadOnly", false);
        r.attributes.forEach(o::set);
        return o;
    }

    /**
     * A membership.
     *
     * @param store the state
     * @param m the membership
     * @return the JSON
     */
    public static ObjectNode membership(Store store, Membership m) {
        ObjectNode o = Json.object();
        Person p = store.people.get(m.personId);
        Room r = store.rooms.get(m.roomId);
        o.put("id", m.id);
        o.put("roomId", m.roomId);
        o.put("personId", m.personId);
        o.put("personEmail", p == null ? "" : p.email());
        if (p != null) {
            o.put("personDisplayName", p.displayName);
            o.put("personOrgId", p.orgId);
        }
        o.put("isModerator", m.isModerator);
        o.put("isMonitor", false);
        if (r != null) {
            if ("direct".equals(r.type)) {
                o.put("isRoomHidden", m.isRoomHidden);
            }
            o.put("roomType", r.type);
        }
        o.put("created", ts(m.created));
        return o;
    }

    /**
     * A message with every field.
     *
     * @param store the state
     * @param m the message
     * @return the JSON
     */
    public static ObjectNode message(Store store, Message m) {
        ObjectNode o = messageData(store, m);
        if (m.toPersonId != null) {
            o.put("toPersonId", m.toPersonId);
        }
        if (m.toPersonEmail != null) {
            o.put("toPersonEmail", m.toPersonEmail);
        }
        if (m.text != null) {
            o.put("text", m.text);
        }
        if (m.markdown != null) {
            o.put("markdown", m.markdown);
        }
        if (m.html != null) {
            o.put("html", m.html);
        }
        if (m.attachments != null) {
            o.set("attachments", m.attachments);
        }
        if (m.updated != null) {
            o.put("updated", ts(m.updated));
        }
        return o;
    }

    /**
     * A message reduced as in webhook payloads: no text, markdown or html.
     *
     * @param store the state
     * @param m the message
     * @return the JSON
     */
    public static ObjectNode messageData(Store store, Message m) {
        ObjectNode o = Json.object();
        Room r = store.rooms.get(m.roomId);
        Person author = store.people.get(m.personId);
        o.put("id", m.id);
        if (m.parentId != null) {
            o.put("parentId", m.parentId);
        }
        o.put("roomId", m.roomId);
        o.put("roomType", r == null ? "group" : r.type);
        if (!m.files.isEmpty()) {
            o.set("files", Json.strings(m.files));
        }
        o.put("personId", m.personId);
        o.put("personEmail", author == null ? "" : author.email());
        if (!m.mentionedPeople.isEmpty()) {
            o.set("mentionedPeople", Json.strings(m.mentionedPeople));
        }
        if (!m.mentionedGroups.isEmpty()) {
            o.set("mentionedGroups", Json.strings(m.mentionedGroups));
        }
        o.put("created", ts(m.created));
        return o;
    }

    /**
     * A team.
     *
     * @param t the team
     * @return the JSON
     */
    public static ObjectNode team(Team t) {
        ObjectNode o = Json.object();
        o.put("id", t.id);
        o.put("name", t.name);
        if (t.description != null) {
            o.put("description", t.description);
        }
        o.put("creatorId", t.creatorId);
        o.put("created", ts(t.created));
        return o;
    }

    /**
     * A team membership.
     *
     * @param store the state
     * @param m the membership
     * @return the JSON
     */
    public static ObjectNode teamMembership(Store store, TeamMembership m) {
        ObjectNode o = Json.object();
        Person p = store.people.get(m.personId);
        o.put("id", m.id);
        o.put("teamId", m.teamId);
        o.put("personId", m.personId);
        o.put("personEmail", p == null ? "" : p.email());
        if (p != null) {
            o.put("personDisplayName", p.displayName);
            o.put("personOrgId", p.orgId);
        }
        o.put("isModerator", m.isModerator);
        o.put("created", ts(m.created));
        return o;
    }

    /**
     * A webhook.
     *
     * @param w the webhook
     * @return the JSON
     */
    public static ObjectNode webhook(Webhook w) {
        ObjectNode o = Json.object();
        o.put("id", w.id);
        o.put("name", w.name);
        o.put("targetUrl", w.targetUrl);
        o.put("resource", w.resource);
        o.put("event", w.event);
        if (w.filter != null) {
            o.put("filter", w.filter);
        }
        if (w.secret != null) {
            o.put("secret", w.secret);
        }
        o.put("status", w.status);
        o.put("created", ts(w.created));
        o.put("orgId", w.orgId);
        o.put("createdBy", w.createdBy);
        o.put("appId", Store.APP_ID);
        o.put("ownedBy", w.ownedBy);
        return o;
    }

    /**
     * An organization.
     *
     * @param org the org
     * @return the JSON
     */
    public static ObjectNode org(Org org) {
        ObjectNode o = Json.object();
        o.put("id", org.id);
        o.put("displayName", org.displayName);
        o.put("created", ts(org.created));
        return o;
    }

    /**
     * A license, its consumed units counted now.
     *
     * @param store the state
     * @param l the license
     * @return the JSON
     */
    public static ObjectNode license(Store store, License l) {
        ObjectNode o = Json.object();
        o.put("id", l.id);
        o.put("name", l.name);
        o.put("totalUnits", l.totalUnits);
        o.put("consumedUnits", store.consumedUnits(l.id));
        o.put("subscriptionId", l.subscriptionId);
        if (l.siteUrl != null) {
            o.put("siteUrl", l.siteUrl);
            o.put("siteType", l.siteType);
        }
        return o;
    }

    /**
     * A role.
     *
     * @param r the role
     * @return the JSON
     */
    public static ObjectNode role(Role r) {
        ObjectNode o = Json.object();
        o.put("id", r.id);
        o.put("name", r.name);
        return o;
    }

    /**
     * A compliance event.
     *
     * @param e the event
     * @return the JSON
     */
    public static ObjectNode event(Event e) {
        ObjectNode o = Json.object();
        o.put("id", e.id);
        o.put("resource", e.resource);
        o.put("type", e.type);
        o.put("appId", Store.APP_ID);
        o.put("actorId", e.actorId);
        o.put("orgId", e.orgId);
        o.put("created", ts(e.created));
        o.set("data", e.data);
        return o;
    }

    // ---- v2 messaging additions (spec §2.13-2.16) -----------------------------------------

    /**
     * An attachment action with its inputs.
     *
     * @param a the action
     * @return the JSON
     */
    public static ObjectNode attachmentAction(AttachmentAction a) {
        return attachmentAction(a, true);
    }

    /**
     * An attachment action as in webhook payloads: no inputs (spec §3.1).
     *
     * @param a the action
     * @return the JSON
     */
    public static ObjectNode attachmentActionData(AttachmentAction a) {
        return attachmentAction(a, false);
    }

    private static ObjectNode attachmentAction(AttachmentAction a, boolean inputs) {
        ObjectNode o = Json.object();
        o.put("id", a.id);
        o.put("type", a.type);
        o.put("messageId", a.messageId);
        if (inputs) {
            o.set("inputs", a.inputs.deepCopy());
        }
        o.put("personId", a.personId);
        o.put("roomId", a.roomId);
        o.put("created", ts(a.created));
        return o;
    }

    /**
     * A room tab.
     *
     * @param store the state
     * @param t the tab
     * @return the JSON
     */
    public static ObjectNode roomTab(Store store, RoomTab t) {
        ObjectNode o = Json.object();
        Room r = store.rooms.get(t.roomId);
        o.put("id", t.id);
        o.put("roomId", t.roomId);
        o.put("roomType", r == null ? "group" : r.type);
        o.put("displayName", t.displayName);
        o.put("contentUrl", t.contentUrl);
        o.put("creatorId", t.creatorId);
        o.put("created", ts(t.created));
        return o;
    }

    /**
     * An admin audit event.
     *
     * @param e the event
     * @return the JSON
     */
    public static ObjectNode auditEvent(AuditEvent e) {
        ObjectNode o = Json.object();
        o.put("id", e.id);
        o.put("actorId", e.actorId);
        o.put("orgId", e.orgId);
        o.put("created", ts(e.created));
        o.set("data", e.data.deepCopy());
        return o;
    }
}
