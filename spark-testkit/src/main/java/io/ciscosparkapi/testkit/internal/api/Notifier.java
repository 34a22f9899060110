package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.Entities.AttachmentAction;
import io.ciscosparkapi.testkit.internal.state.Entities.Event;
import io.ciscosparkapi.testkit.internal.state.Entities.Membership;
import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.Entities.Webhook;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns state changes into compliance events and webhook deliveries (spec §2.11, §3). Called
 * with the store's lock held; deliveries are handed to the sink, which sends them later.
 */
public final class Notifier {

    /** Receives deliveries to send. */
    @FunctionalInterface
    public interface DeliverySink {
        /**
         * Queues one delivery.
         *
         * @param webhookId the webhook
         * @param targetUrl where to POST
         * @param secret the webhook secret, or {@code null}
         * @param body the exact body bytes
         */
        void deliver(String webhookId, String targetUrl, String secret, byte[] body);
    }

    private final DeliverySink sink;

    /**
     * Creates a notifier.
     *
     * @param sink where deliveries go
     */
    public Notifier(DeliverySink sink) {
        this.sink = sink;
    }

    /**
     * A message was created, updated or deleted (call before removing it).
     *
     * @param store the state
     * @param type {@code created}, {@code updated} or {@code deleted}
     * @param m the message
     * @param actor who acted
     */
    public void message(Store store, String type, Message m, Person actor) {
        Room room = store.rooms.get(m.roomId);
        ObjectNode data;
        if (type.equals("deleted")) {
            data = Json.object();
            data.put("id", m.id);
            data.put("roomId", m.roomId);
            data.put("roomType", room == null ? "group" : room.type);
            data.put("personId", m.personId);
        } else {
            data = ResourceJson.message(store, m);
        }
        record(store, "messages", type, actor, room, data);
        ObjectNode reduced = ResourceJson.messageData(store, m);
        Person author = store.people.get(m.personId);
        fire(store, "messages", type, room, actor,
                owner -> !(owner.isBot() && "group".equals(room.type) && !m.mentionedPeople.contains(owner.id)),
                (key, v, owner) -> switch (key) {
                    case "roomId" -> v.equals(m.roomId);
                    case "roomType" -> v.equals(room.type);
                    case "personId" -> v.equals(m.personId);
                    case "personEmail" -> author != null && v.equalsIgnoreCase(author.email());
                    case "mentionedPeople" -> m.mentionedPeople.contains(v.equals("me") ? owner.id : v);
                    case "hasFiles" -> Boolean.parseBoolean(v) == !m.files.isEmpty();
                    default -> false;
                },
                owner -> reduced);
    }

    /**
     * A membership was created, updated or deleted (call before removing it).
     *
     * @param store the state
     * @param type the event type
     * @param m the membership
     * @param actor who acted
     */
    public void membership(Store store, String type, Membership m, Person actor) {
        Room room = store.rooms.get(m.roomId);
        ObjectNode data = ResourceJson.membership(store, m);
        record(store, "memberships", type, actor, room, data);
        Person member = store.people.get(m.personId);
        fire(store, "memberships", type, room, actor, owner -> true,
                (key, v, owner) -> switch (key) {
                    case "roomId" -> v.equals(m.roomId);
                    case "personId" -> v.equals(m.personId);
                    case "personEmail" -> member != null && v.equalsIgnoreCase(member.email());
                    case "isModerator" -> Boolean.parseBoolean(v) == m.isModerator;
                    default -> false;
                },
                owner -> data);
    }

    /**
     * A room was created or updated.
     *
     * @param store the state
     * @param type the event type
     * @param room the room
     * @param actor who acted
     */
    public void room(Store store, String type, Room room, Person actor) {
        fire(store, "rooms", type, room, actor, owner -> true,
                (key, v, owner) -> switch (key) {
                    case "type" -> v.equals(room.type);
                    case "isLocked" -> Boolean.parseBoolean(v) == room.isLocked;
                    default -> false;
                },
                owner -> ResourceJson.room(store, room, owner));
    }

    /**
     * A card was submitted: a compliance event with the inputs, webhooks without them.
     *
     * @param store the state
     * @param a the attachment action
     * @param actor who submitted
     */
    public void attachmentAction(Store store, AttachmentAction a, Person actor) {
        Room room = store.rooms.get(a.roomId);
        record(store, "attachmentActions", "created", actor, room, ResourceJson.attachmentAction(a));
        ObjectNode reduced = ResourceJson.attachmentActionData(a);
        fire(store, "attachmentActions", "created", room, actor, owner -> true,
                (key, v, owner) -> switch (key) {
                    case "messageId" -> v.equals(a.messageId);
                    case "personId" -> v.equals(a.personId);
                    case "roomId" -> v.equals(a.roomId);
                    default -> false;
                },
                owner -> reduced);
    }

    /** Tests one filter pair of a webhook against the event. */
    @FunctionalInterface
    private interface FilterMatch {
        boolean test(String key, String value, Person owner);
    }

    /**
     * Sends the event to every webhook that matches it: resource, event type, an owner who can see
     * the room and may receive it, and every filter pair.
     */
    private void fire(Store store, String resource, String type, Room room, Person actor,
                      Predicate<Person> ownerReceives, FilterMatch filter, Function<Person, ObjectNode> data) {
        for (Webhook w : List.copyOf(store.webhooks.values())) {
            Person owner = matches(store, w, resource, type, room);
            if (owner == null || !ownerReceives.test(owner)) {
                continue;
            }
            boolean ok = true;
            for (Map.Entry<String, String> f : w.filters.entrySet()) {
                ok &= filter.test(f.getKey(), f.getValue(), owner);
            }
            if (ok) {
                send(w, resource, type, actor, data.apply(owner));
            }
        }
    }

    private static Person matches(Store store, Webhook w, String resource, String type, Room room) {
        if (!"active".equals(w.status)) {
            return null;
        }
        if (!(w.resource.equals(resource) || w.resource.equals("all"))) {
            return null;
        }
        if (!(w.event.equals(type) || w.event.equals("all"))) {
            return null;
        }
        Person owner = store.people.get(w.createdBy);
        if (owner == null || room == null || !Visibility.canSee(store, owner, room)) {
            return null;
        }
        return owner;
    }

    private void send(Webhook w, String resource, String type, Person actor, ObjectNode data) {
        ObjectNode o = Json.object();
        o.put("id", w.id);
        o.put("name", w.name);
        o.put("targetUrl", w.targetUrl);
        o.put("resource", resource);
        o.put("event", type);
        if (w.filter != null) {
            o.put("filter", w.filter);
        }
        o.put("orgId", w.orgId);
        o.put("createdBy", w.createdBy);
        o.put("appId", Store.APP_ID);
        o.put("ownedBy", w.ownedBy);
        o.put("status", w.status);
        o.put("created", ResourceJson.ts(w.created));
        o.put("actorId", actor.id);
        o.set("data", data);
        sink.deliver(w.id, w.targetUrl, w.secret, Json.bytes(o));
    }

    private static void record(Store store, String resource, String type, Person actor, Room room, ObjectNode data) {
        Set<String> orgs = new LinkedHashSet<>();
        orgs.add(actor.orgId);
        if (room != null) {
            for (Membership m : store.membershipsOf(room.id)) {
                Person p = store.people.get(m.personId);
                if (p != null) {
                    orgs.add(p.orgId);
                }
            }
        }
        Instant now = store.now();
        List<String> list = new ArrayList<>(orgs);
        for (String orgId : list) {
            Event e = new Event();
            e.id = Ids.encode("EVENT", Ids.uuid());
            e.resource = resource;
            e.type = type;
            e.actorId = actor.id;
            e.orgId = orgId;
            e.created = now;
            e.data = data.deepCopy();
            store.events.put(e.id, e);
        }
    }
}
