package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.state.ApiError;
import io.ciscosparkapi.testkit.internal.state.Entities.Content;
import io.ciscosparkapi.testkit.internal.state.Entities.Message;
import io.ciscosparkapi.testkit.internal.state.Entities.Person;
import io.ciscosparkapi.testkit.internal.state.Entities.Room;
import io.ciscosparkapi.testkit.internal.state.FakeClock;
import io.ciscosparkapi.testkit.internal.state.Ids;
import io.ciscosparkapi.testkit.internal.state.Store;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code messages} (spec §2.4). */
final class MessagesEndpoint {

    /** The largest text, markdown or html, in UTF-8 bytes. */
    static final int MAX_TEXT_BYTES = 7439;

    private MessagesEndpoint() {
    }

    /** A message the caller may see, else 404. */
    static Message visible(RequestContext ctx, String id) {
        Message m = Replies.find(ctx.store.messages, "MESSAGE", id, "message");
        if (!Visibility.canSee(ctx.store, ctx.caller, m)) {
            throw ApiError.notFound("The requested message was not found.");
        }
        return m;
    }

    static ApiResponse list(RequestContext ctx, String unused) {
        Store store = ctx.store;
        if (!ctx.query.has("roomId")) {
            throw ApiError.badRequest("The parameter 'roomId' is required.");
        }
        Room room = RoomsEndpoint.visibleRoom(ctx, ctx.query.get("roomId"));
        boolean mentioned = ctx.query.has("mentionedPeople");
        if (mentioned) {
            String who = ctx.query.get("mentionedPeople");
            if (!who.equals("me") && !who.equals(ctx.caller.id)) {
                throw ApiError.badRequest("mentionedPeople only accepts 'me' or your own person id.");
            }
        }
        if (ctx.caller.isBot() && "group".equals(room.type) && !mentioned) {
            throw ApiError.forbidden("Bots must list group room messages with mentionedPeople=me.");
        }
        return Paging.page(ctx, roomMessages(ctx, room, mentioned), m -> m.id, m -> ResourceJson.message(ctx.store, m),
                mentioned ? 100 : 1000);
    }

    private static List<Message> roomMessages(RequestContext ctx, Room room, boolean mentionedOnly) {
        Store store = ctx.store;
        Instant before = null;
        if (ctx.query.has("before")) {
            before = FakeClock.parse(ctx.query.get("before"));
            if (before == null) {
                throw ApiError.badRequest("Invalid value for 'before': " + ctx.query.get("before"));
            }
        }
        Instant beforeMessage = null;
        if (ctx.query.has("beforeMessage")) {
            String id = ctx.query.get("beforeMessage");
            Message b = Ids.decode("MESSAGE", id) == null ? null : store.messages.get(id);
            if (b == null || !b.roomId.equals(room.id) || !Visibility.canSee(store, ctx.caller, b)) {
                throw ApiError.badRequest("Invalid value for 'beforeMessage'.");
            }
            beforeMessage = b.created;
        }
        String parentId = ctx.query.get("parentId");
        List<Message> all = new ArrayList<>(store.messages.values());
        List<Message> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Message m = all.get(i);
            if (!m.roomId.equals(room.id) || !Visibility.botMaySee(ctx.caller, room, m)) {
                continue;
            }
            if (mentionedOnly && !m.mentionedPeople.contains(ctx.caller.id)) {
                continue;
            }
            if (before != null && !m.created.isBefore(before)) {
                continue;
            }
            if (beforeMessage != null && !m.created.isBefore(beforeMessage)) {
                continue;
            }
            if (parentId != null && !parentId.isEmpty() && !parentId.equals(m.parentId)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    static ApiResponse listDirect(RequestContext ctx, String unused) {
        Store store = ctx.store;
        String personId = ctx.query.get("personId");
        String personEmail = ctx.query.get("personEmail");
        if (ctx.query.has("personId") == ctx.query.has("personEmail")) {
            throw ApiError.badRequest("Exactly one of personId or personEmail is required.");
        }
        Person other = personId != null ? store.people.get(personId) : store.personByEmail(personEmail);
        Room room = other == null ? null : store.directRoom(ctx.caller, other);
        return Paging.page(ctx, room == null ? List.<Message>of() : roomMessages(ctx, room, false), m -> m.id,
                m -> ResourceJson.message(ctx.store, m), 1000);
    }

    static ApiResponse get(RequestContext ctx, String id) {
        return Replies.ok(ResourceJson.message(ctx.store, visible(ctx, id)));
    }

    private static String checkedText(JsonNode body, String field) {
        String s = Json.str(body, field);
        if (s != null && s.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw ApiError.badRequest("The '" + field + "' field is longer than " + MAX_TEXT_BYTES + " bytes.");
        }
        return s;
    }

    static ApiResponse create(RequestContext ctx, String unused) {
        Store store = ctx.store;
        String contentType = ctx.request.header("Content-Type");
        JsonNode body;
        Multipart.Part upload = null;
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            ObjectNode fields = Json.object();
            for (Multipart.Part p : Multipart.parse(contentType, ctx.request.body())) {
                if (p.filename() != null) {
                    if (upload != null) {
                        throw ApiError.badRequest("Only one file may be attached to a message.");
                    }
                    upload = p;
                } else if (p.name().equals("files")) {
                    fields.putArray("files").add(p.text());
                } else {
                    fields.put(p.name(), p.text());
                }
            }
            body = fields;
        } else {
            body = ctx.body();
        }
        String roomId = Json.str(body, "roomId");
        String toPersonId = Json.str(body, "toPersonId");
        String toPersonEmail = Json.str(body, "toPersonEmail");
        int destinations = (roomId != null ? 1 : 0) + (toPersonId != null ? 1 : 0) + (toPersonEmail != null ? 1 : 0);
        if (destinations != 1) {
            throw ApiError.badRequest("Exactly one of roomId, toPersonId or toPersonEmail is required.");
        }
        String text = checkedText(body, "text");
        String markdown = checkedText(body, "markdown");
        String html = checkedText(body, "html");
        List<String> files = Json.strList(body, "files");
        JsonNode attachments = body.get("attachments");
        if (attachments != null && attachments.isNull()) {
            attachments = null;
        }
        if (attachments != null && !attachments.isArray()) {
            throw ApiError.badRequest("Invalid value for field 'attachments': expected a list.");
        }
        if (files != null && files.size() + (upload != null ? 1 : 0) > 1 || upload != null && files != null) {
            throw ApiError.badRequest("Only one file may be attached to a message.");
        }
        if (files != null) {
            files.forEach(MessagesEndpoint::checkFileUrl);
        }
        // html alone is not content (spec §2.4.2): it only rides along with text or markdown.
        boolean hasContent = text != null || markdown != null
                || (files != null && !files.isEmpty()) || upload != null || attachments != null;
        if (!hasContent) {
            throw ApiError.badRequest("A message needs text, markdown, files or attachments.");
        }
        Room room;
        if (roomId != null) {
            room = Replies.find(store.rooms, "ROOM", roomId, "room");
            if (store.membership(ctx.caller, room) == null) {
                throw ApiError.notFound("The requested room was not found.");
            }
        } else {
            room = null;
        }
        String parentId = Json.str(body, "parentId");
        Message parent = parentId == null ? null : threadParent(ctx, parentId);
        if (parent != null && room != null && !parent.roomId.equals(room.id)) {
            throw ApiError.badRequest("Invalid value for field 'parentId': the parent is in another room.");
        }
        if (room == null) {
            Person to;
            if (toPersonId != null) {
                to = Replies.find(store.people, "PEOPLE", toPersonId, "person");
            } else {
                to = store.personByEmail(toPersonEmail);
                if (to == null && toPersonEmail.equalsIgnoreCase(ctx.caller.email())) {
                    to = ctx.caller;
                }
            }
            if (to == ctx.caller) {
                throw ApiError.badRequest("You cannot send a direct message to yourself.");
            }
            if (parent != null) {
                // A reply goes to the thread of the direct room that already holds its parent.
                Room direct = to == null ? null : store.directRoom(ctx.caller, to);
                if (direct == null || !parent.roomId.equals(direct.id)) {
                    throw ApiError.badRequest("Invalid value for field 'parentId': the parent is not in the direct"
                            + " room with that person.");
                }
            }
            room = RoomChanges.directRoom(ctx, to != null ? to : PeopleEndpoint.invite(ctx, toPersonEmail));
        }
        Message m = new Message();
        m.id = Ids.encode("MESSAGE", Ids.uuid());
        m.roomId = room.id;
        m.parentId = parentId;
        m.personId = ctx.caller.id;
        m.toPersonId = toPersonId;
        m.toPersonEmail = toPersonEmail;
        setText(store, m, text, markdown, html);
        m.created = store.now();
        if (files != null) {
            for (String url : files) {
                Store.ServedFile served = store.servedFiles.get(url);
                m.files.add(addContent(ctx, m, served != null ? served : placeholder(url)));
            }
        }
        if (upload != null) {
            m.files.add(addContent(ctx, m, new Store.ServedFile(upload.bytes(),
                    upload.contentType() == null ? "application/octet-stream" : upload.contentType(),
                    upload.filename())));
        }
        m.attachments = attachments == null ? null : attachments.deepCopy();
        store.messages.put(m.id, m);
        room.lastActivity = m.created;
        ctx.notifier.message(store, "created", m, ctx.caller);
        return Replies.ok(ResourceJson.message(store, m));
    }

    /**
     * The parent of a reply: a message the caller can see (404 otherwise) that is itself no reply
     * (400: the service keeps threads one level deep).
     */
    private static Message threadParent(RequestContext ctx, String parentId) {
        Message parent = Ids.decode("MESSAGE", parentId) == null ? null : ctx.store.messages.get(parentId);
        if (parent == null || !Visibility.canSee(ctx.store, ctx.caller, parent)) {
            throw ApiError.notFound("The parent message was not found.");
        }
        if (parent.parentId != null) {
            throw ApiError.badRequest("Invalid value for field 'parentId': a reply cannot be replied to.");
        }
        return parent;
    }

    /** A file URL must be an absolute http or https URL: the service fetches it. */
    private static void checkFileUrl(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ApiError.badRequest("Invalid value for field 'files': '" + url + "' is not an http or https URL.");
    }

    /**
     * What the fake serves for a file URL nobody registered, since it cannot fetch it: the URL's
     * own text as the bytes, named after the URL's last path segment ({@code file} when it has
     * none), with the content type that name suggests ({@code application/octet-stream} when none).
     */
    private static Store.ServedFile placeholder(String url) {
        String path = URI.create(url).getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty()) {
            name = "file";
        }
        String type = URLConnection.guessContentTypeFromName(name);
        return new Store.ServedFile(url.getBytes(StandardCharsets.UTF_8), type == null ? "application/octet-stream" : type,
                name);
    }

    /** Stores a message's file, scanned as the fake is told to scan files now, and answers its URL. */
    private static String addContent(RequestContext ctx, Message m, Store.ServedFile file) {
        Content c = new Content();
        c.id = Ids.encode("CONTENT", Ids.uuid());
        c.roomId = m.roomId;
        c.messageId = m.id;
        c.bytes = file.bytes();
        c.contentType = file.contentType();
        c.filename = file.filename();
        Duration scanning = ctx.fileScanning.period();
        c.scannedAt = scanning.isZero() ? null : m.created.plus(scanning);
        c.unscannable = ctx.fileScanning.takeUnscannable();
        ctx.store.contents.put(c.id, c);
        return ctx.baseUrl() + "contents/" + c.id;
    }

    private static void setText(Store store, Message m, String text, String markdown, String html) {
        m.markdown = markdown;
        if (markdown != null) {
            m.html = Markdown.toHtml(store, markdown);
        } else if (html != null) {
            m.html = html;
        } else {
            m.html = null;
        }
        if (text != null) {
            m.text = text;
        } else if (markdown != null) {
            m.text = Markdown.toText(store, markdown);
        } else if (html != null) {
            m.text = html.replaceAll("<[^>]*>", "");
        } else {
            m.text = null;
        }
        Markdown.Mentions found = Markdown.none();
        Markdown.mentions(store, markdown, found);
        Markdown.mentions(store, html, found);
        m.mentionedPeople = found.people();
        m.mentionedGroups = found.groups();
    }

    static ApiResponse edit(RequestContext ctx, String id) {
        Store store = ctx.store;
        Message m = visible(ctx, id);
        JsonNode body = ctx.body();
        String roomId = Json.required(body, "roomId");
        String text = checkedText(body, "text");
        String markdown = checkedText(body, "markdown");
        String html = checkedText(body, "html");
        if (!roomId.equals(m.roomId)) {
            throw ApiError.badRequest("Invalid value for field 'roomId'.");
        }
        if (text == null && markdown == null) {
            throw ApiError.badRequest("One of text or markdown is required.");
        }
        if (html != null && markdown != null) {
            throw ApiError.badRequest("html cannot be sent together with markdown.");
        }
        if (!m.personId.equals(ctx.caller.id)) {
            throw ApiError.forbidden("Only the author may edit a message.");
        }
        if (!m.files.isEmpty() || m.attachments != null) {
            throw ApiError.badRequest("Messages with files or attachments cannot be edited.");
        }
        if (m.edits >= 10) {
            throw ApiError.badRequest("A message can be edited at most 10 times.");
        }
        setText(store, m, text, markdown, html);
        m.edits++;
        m.updated = store.now();
        ctx.notifier.message(store, "updated", m, ctx.caller);
        return Replies.ok(ResourceJson.message(store, m));
    }

    static ApiResponse delete(RequestContext ctx, String id) {
        Store store = ctx.store;
        Message m = visible(ctx, id);
        Room room = store.rooms.get(m.roomId);
        if (!m.personId.equals(ctx.caller.id) && !RoomsEndpoint.isModerator(store, room, ctx.caller)
                && !ctx.caller.complianceOfficer) {
            throw ApiError.forbidden("Only the author may delete this message.");
        }
        ctx.notifier.message(store, "deleted", m, ctx.caller);
        store.messages.remove(m.id);
        store.contents.values().removeIf(c -> m.id.equals(c.messageId));
        return Replies.noContent();
    }
}
