package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.model.Meeting;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.SparkObject;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public method of every resource group, blocking and async, against a server that answers
 * every request in one hostile way after another: whatever the server does, what comes out of the
 * SDK is a result or one of its own exceptions (thrown, or failing the future), never a JDK,
 * Jackson or transport exception.
 */
class HostileServerTest {

    /** One way for a server to misbehave: the bytes it answers every request with. */
    private record Hostility(String name, ScriptedServer.Script script) {
    }

    private static final String ITEM = "{\"id\":5,\"created\":\"yesterday\",\"emails\":\"not-a-list\",\"items\":{}}";

    private static final List<Hostility> HOSTILITIES = List.of(
            new Hostility("closes without answering", (request, out) -> false),
            new Hostility("answers with a line that is not HTTP", (request, out) -> {
                out.write("NOT-HTTP 200 oops\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                return false;
            }),
            new Hostility("answers 200 with HTML", (request, out) -> {
                ScriptedServer.json(out, 200, "<html>maintenance</html>");
                return true;
            }),
            new Hostility("answers the expected status with an empty body", (request, out) -> {
                ScriptedServer.head(out, expectedStatus(request), 0);
                return true;
            }),
            new Hostility("cuts every body short", (request, out) -> {
                ScriptedServer.head(out, expectedStatus(request), 100);
                out.write("{\"items\":[{\"id\":".getBytes(StandardCharsets.UTF_8));
                return false;
            }),
            new Hostility("answers a JSON array", (request, out) -> {
                ScriptedServer.json(out, expectedStatus(request), "[1, 2, 3]");
                return true;
            }),
            new Hostility("answers fields of the wrong types", (request, out) -> {
                ScriptedServer.json(out, expectedStatus(request), "{\"items\":[" + ITEM + ",7,null]," + ITEM.substring(1));
                return true;
            }),
            new Hostility("answers JSON nested a hundred thousand deep", (request, out) -> {
                ScriptedServer.json(out, expectedStatus(request), "{\"items\":" + "[".repeat(100_000));
                return true;
            }),
            new Hostility("answers invalid UTF-8", (request, out) -> {
                byte[] body = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
                ScriptedServer.head(out, expectedStatus(request), body.length);
                out.write(body);
                return true;
            }),
            new Hostility("sends next links that are not URLs", (request, out) -> {
                ScriptedServer.json(out, expectedStatus(request), "{\"items\":[{\"id\":\"A\"}],\"id\":\"A\"}",
                        "Link: <http://[::1/::]>; rel=\"next\", <>; rel=next");
                return true;
            }),
            new Hostility("sends next links that loop", (request, out) -> {
                ScriptedServer.json(out, expectedStatus(request), "{\"items\":[{\"id\":\"A\"}],\"id\":\"A\"}",
                        "Link: <" + request.target() + ">; rel=\"next\"");
                return true;
            }),
            new Hostility("sends next links to another host", (request, out) -> {
                ScriptedServer.json(out, expectedStatus(request), "{\"items\":[{\"id\":\"A\"}],\"id\":\"A\"}",
                        "Link: <http://elsewhere.invalid/v1/rooms>; rel=\"next\"");
                return true;
            }),
            new Hostility("answers 503 for ever", (request, out) -> {
                ScriptedServer.json(out, 503, "{\"message\": 12, \"errors\": \"no\"}");
                return true;
            }),
            new Hostility("rate-limits for ever with a Retry-After that is not a number", (request, out) -> {
                ScriptedServer.head(out, 429, 0, "Retry-After: rand(30),add(30)");
                return true;
            }),
            new Hostility("redirects to another host", (request, out) -> {
                ScriptedServer.head(out, 302, 0, "Location: http://elsewhere.invalid/v1/people/me");
                return true;
            }),
            new Hostility("declares a body of a gigabyte", (request, out) -> {
                ScriptedServer.head(out, expectedStatus(request), 1L << 30);
                out.write("{\"id\":\"".getBytes(StandardCharsets.UTF_8));
                return false;
            }),
            new Hostility("declares a length that is not a number", (request, out) -> {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: lots\r\n\r\n{}")
                        .getBytes(StandardCharsets.ISO_8859_1));
                return false;
            }),
            new Hostility("sends a status code out of range", (request, out) -> {
                out.write("HTTP/1.1 999 Odd\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.ISO_8859_1));
                return true;
            }),
            new Hostility("never answers", (request, out) -> {
                try {
                    Thread.sleep(Duration.ofSeconds(30).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }));

    private static int expectedStatus(ScriptedServer.Received request) {
        return request.method().equals("DELETE") ? 204 : 200;
    }

    @TempDir
    static Path dir;
    private static Path file;
    private static Map<String, Function<CiscoSparkAPI, Object>> calls;
    private static Map<String, Function<CiscoSparkAPI, CompletableFuture<?>>> asyncCalls;

    @BeforeAll
    static void describeEveryCall() throws IOException {
        file = Files.writeString(dir.resolve("notes.txt"), "notes");
        Person person = new Person(Map.of("id", "P1", "emails", List.of("bob@example.com"), "displayName", "Bob"));
        Map<String, Function<CiscoSparkAPI, Object>> c = new LinkedHashMap<>();
        c.put("PeopleApi.list()", api -> api.people().list().toList());
        c.put("PeopleApi.list(Consumer)", api -> api.people().list(q -> q.displayName("Bo")).toList());
        c.put("PeopleApi.create(Consumer)", api -> api.people().create(p -> p.emails("bob@example.com")));
        c.put("PeopleApi.get(String)", api -> api.people().get("P1"));
        c.put("PeopleApi.me()", api -> api.people().me());
        c.put("PeopleApi.update(String,Consumer)", api -> api.people().update("P1", p -> p.displayName("B")));
        c.put("PeopleApi.update(Person,Consumer)", api -> api.people().update(person, p -> p.displayName("B")));
        c.put("PeopleApi.delete(String)", api -> run(() -> api.people().delete("P1")));
        c.put("RoomsApi.list()", api -> api.rooms().list().toList());
        c.put("RoomsApi.list(Consumer)", api -> api.rooms().list(q -> q.max(5)).toList());
        c.put("RoomsApi.create(String)", api -> api.rooms().create("t"));
        c.put("RoomsApi.create(Consumer)", api -> api.rooms().create(r -> r.title("t")));
        c.put("RoomsApi.get(String)", api -> api.rooms().get("R1"));
        c.put("RoomsApi.meetingInfo(String)", api -> api.rooms().meetingInfo("R1"));
        c.put("RoomsApi.update(String,Consumer)", api -> api.rooms().update("R1", r -> r.title("t")));
        c.put("RoomsApi.delete(String)", api -> run(() -> api.rooms().delete("R1")));
        c.put("MembershipsApi.list()", api -> api.memberships().list().toList());
        c.put("MembershipsApi.list(String)", api -> api.memberships().list("R1").toList());
        c.put("MembershipsApi.list(Consumer)", api -> api.memberships().list(q -> q.roomId("R1")).toList());
        c.put("MembershipsApi.create(Consumer)", api -> api.memberships().create(m -> m.roomId("R1").personId("P1")));
        c.put("MembershipsApi.get(String)", api -> api.memberships().get("M1"));
        c.put("MembershipsApi.update(String,boolean)", api -> api.memberships().update("M1", true));
        c.put("MembershipsApi.update(String,Consumer)", api -> api.memberships().update("M1", m -> m.isModerator(true)));
        c.put("MembershipsApi.delete(String)", api -> run(() -> api.memberships().delete("M1")));
        c.put("MessagesApi.list(String)", api -> api.messages().list("R1").toList());
        c.put("MessagesApi.list(Consumer)", api -> api.messages().list(q -> q.roomId("R1")).toList());
        c.put("MessagesApi.listDirect(Consumer)", api -> api.messages().listDirect(q -> q.personId("P1")).toList());
        c.put("MessagesApi.create(String,String)", api -> api.messages().create("R1", "hi"));
        c.put("MessagesApi.create(Consumer)", api -> api.messages().create(m -> m.roomId("R1").text("t").file(file)));
        c.put("MessagesApi.get(String)", api -> api.messages().get("M1"));
        c.put("MessagesApi.update(String,Consumer)", api -> api.messages().update("M1", m -> m.roomId("R1").text("t")));
        c.put("MessagesApi.delete(String)", api -> run(() -> api.messages().delete("M1")));
        Message parent = new Message(Map.of("id", "M1", "roomId", "R1"));
        c.put("MessagesApi.listReplies(Message)", api -> api.messages().listReplies(parent).toList());
        c.put("MessagesApi.listReplies(String,String)", api -> api.messages().listReplies("R1", "M1").toList());
        c.put("MessagesApi.reply(Message,Consumer)", api -> api.messages().reply(parent, m -> m.text("t")));
        c.put("ContentsApi.info(String)", api -> api.contents().info("C1"));
        c.put("ContentsApi.download(String)", api -> readAll(api.contents().download("C1")));
        c.put("ContentsApi.download(String,Consumer)",
                api -> readAll(api.contents().download("C1", d -> d.allowUnscannable(true))));
        c.put("ContentsApi.download(String,Path)", api -> api.contents().download("C1", dir));
        c.put("ContentsApi.download(String,Path,Consumer)",
                api -> api.contents().download("C1", dir.resolve("c1.bin"), d -> d.allowUnscannable(true)));
        c.put("GuestIssuerApi.login(String)", api -> api.guestIssuer().login("a.b.c"));
        c.put("TeamsApi.list()", api -> api.teams().list().toList());
        c.put("TeamsApi.list(Consumer)", api -> api.teams().list(q -> q.max(2)).toList());
        c.put("TeamsApi.create(String)", api -> api.teams().create("t"));
        c.put("TeamsApi.create(Consumer)", api -> api.teams().create(t -> t.name("t")));
        c.put("TeamsApi.get(String)", api -> api.teams().get("T1"));
        c.put("TeamsApi.update(String,Consumer)", api -> api.teams().update("T1", t -> t.name("t")));
        c.put("TeamsApi.delete(String)", api -> run(() -> api.teams().delete("T1")));
        c.put("TeamMembershipsApi.list(String)", api -> api.teamMemberships().list("T1").toList());
        c.put("TeamMembershipsApi.list(Consumer)", api -> api.teamMemberships().list(q -> q.teamId("T1")).toList());
        c.put("TeamMembershipsApi.create(Consumer)",
                api -> api.teamMemberships().create(m -> m.teamId("T1").personEmail("bob@example.com")));
        c.put("TeamMembershipsApi.get(String)", api -> api.teamMemberships().get("TM1"));
        c.put("TeamMembershipsApi.update(String,boolean)", api -> api.teamMemberships().update("TM1", false));
        c.put("TeamMembershipsApi.update(String,Consumer)",
                api -> api.teamMemberships().update("TM1", m -> m.isModerator(false)));
        c.put("TeamMembershipsApi.delete(String)", api -> run(() -> api.teamMemberships().delete("TM1")));
        c.put("WebhooksApi.list()", api -> api.webhooks().list().toList());
        c.put("WebhooksApi.list(Consumer)", api -> api.webhooks().list(q -> q.max(3)).toList());
        c.put("WebhooksApi.create(Consumer)", api -> api.webhooks().create(w -> w.name("w")
                .targetUrl("https://bot.example.com/hook").resource("messages").event("created")));
        c.put("WebhooksApi.get(String)", api -> api.webhooks().get("W1"));
        c.put("WebhooksApi.update(String,Consumer)", api -> api.webhooks().update("W1", w -> w.name("w")
                .targetUrl("https://bot.example.com/hook")));
        c.put("WebhooksApi.delete(String)", api -> run(() -> api.webhooks().delete("W1")));
        c.put("OrganizationsApi.list()", api -> api.organizations().list().toList());
        c.put("OrganizationsApi.list(Consumer)", api -> api.organizations().list(q -> q.max(1)).toList());
        c.put("OrganizationsApi.get(String)", api -> api.organizations().get("O1"));
        c.put("LicensesApi.list()", api -> api.licenses().list().toList());
        c.put("LicensesApi.list(Consumer)", api -> api.licenses().list(q -> q.max(1)).toList());
        c.put("LicensesApi.get(String)", api -> api.licenses().get("L1"));
        c.put("RolesApi.list()", api -> api.roles().list().toList());
        c.put("RolesApi.list(Consumer)", api -> api.roles().list(q -> q.max(1)).toList());
        c.put("RolesApi.get(String)", api -> api.roles().get("RO1"));
        c.put("EventsApi.list()", api -> api.events().list().toList());
        c.put("EventsApi.list(Consumer)", api -> api.events().list(q -> q.max(1)).toList());
        c.put("EventsApi.get(String)", api -> api.events().get("E1"));
        c.put("AccessTokensApi.get(String,String,String,String)",
                api -> api.accessTokens().get("client", "secret", "code", "https://app.example.com/cb"));
        c.put("AccessTokensApi.refresh(String,String,String)",
                api -> api.accessTokens().refresh("client", "secret", "refresh"));
        c.put("AttachmentActionsApi.create(String,Map)",
                api -> api.attachmentActions().create("M1", Map.of("choice", "yes")));
        c.put("AttachmentActionsApi.create(Consumer)",
                api -> api.attachmentActions().create(a -> a.messageId("M1").inputs(Map.of())));
        c.put("AttachmentActionsApi.get(String)", api -> api.attachmentActions().get("AA1"));
        c.put("RoomTabsApi.list(String)", api -> api.roomTabs().list("R1").toList());
        c.put("RoomTabsApi.list(Consumer)", api -> api.roomTabs().list(q -> q.roomId("R1").max(2)).toList());
        c.put("RoomTabsApi.create(String,String,String)",
                api -> api.roomTabs().create("R1", "https://dash.example.com", "Dashboard"));
        c.put("RoomTabsApi.create(Consumer)", api -> api.roomTabs().create(t -> t.roomId("R1")
                .contentUrl("https://dash.example.com").displayName("Dashboard")));
        c.put("RoomTabsApi.get(String)", api -> api.roomTabs().get("RT1"));
        c.put("RoomTabsApi.update(String,Consumer)", api -> api.roomTabs().update("RT1", t -> t.roomId("R1")
                .contentUrl("https://dash.example.com/2").displayName("Dashboard")));
        c.put("RoomTabsApi.delete(String)", api -> run(() -> api.roomTabs().delete("RT1")));
        c.put("AdminAuditEventsApi.list(String,Instant,Instant)", api -> api.adminAuditEvents()
                .list("O1", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-02-01T00:00:00Z")).toList());
        c.put("AdminAuditEventsApi.list(Consumer)", api -> api.adminAuditEvents().list(q -> q.orgId("O1")
                .from(Instant.parse("2020-01-01T00:00:00Z")).to(Instant.parse("2020-02-01T00:00:00Z")).offset(10))
                .toList());
        Instant start = Instant.parse("2026-12-02T09:00:00Z");
        Instant end = Instant.parse("2026-12-02T10:00:00Z");
        Meeting meeting = new Meeting(Map.of("id", "MT1", "title", "t", "password", "p",
                "start", "2026-12-02T09:00:00Z", "end", "2026-12-02T10:00:00Z"));
        c.put("MeetingsApi.list()", api -> api.meetings().list().toList());
        c.put("MeetingsApi.list(Consumer)", api -> api.meetings().list(q -> q.state("scheduled").max(5)).toList());
        c.put("MeetingsApi.create(String,Instant,Instant)", api -> api.meetings().create("t", start, end));
        c.put("MeetingsApi.create(Consumer)", api -> api.meetings().create(m -> m.title("t").start(start).end(end)
                .invitee("bob@example.com")));
        c.put("MeetingsApi.get(String)", api -> api.meetings().get("MT1"));
        c.put("MeetingsApi.update(String,Consumer)", api -> api.meetings().update("MT1", m -> m.title("t")
                .password("p").start(start).end(end)));
        c.put("MeetingsApi.update(Meeting,Consumer)", api -> api.meetings().update(meeting, m -> m.agenda("a")));
        c.put("MeetingsApi.delete(String)", api -> run(() -> api.meetings().delete("MT1")));
        c.put("MeetingTemplatesApi.list()", api -> api.meetingTemplates().list().toList());
        c.put("MeetingTemplatesApi.list(Consumer)", api -> api.meetingTemplates().list(q -> q.max(3)).toList());
        c.put("MeetingTemplatesApi.get(String)", api -> api.meetingTemplates().get("TP1"));
        c.put("MeetingInviteesApi.list(String)", api -> api.meetingInvitees().list("MT1").toList());
        c.put("MeetingInviteesApi.list(Consumer)",
                api -> api.meetingInvitees().list(q -> q.meetingId("MT1").max(3)).toList());
        c.put("MeetingInviteesApi.create(String,String)", api -> api.meetingInvitees().create("MT1", "bob@example.com"));
        c.put("MeetingInviteesApi.create(Consumer)", api -> api.meetingInvitees().create(i -> i.meetingId("MT1")
                .email("bob@example.com").coHost(true)));
        c.put("MeetingInviteesApi.get(String)", api -> api.meetingInvitees().get("IN1"));
        c.put("MeetingInviteesApi.update(String,Consumer)",
                api -> api.meetingInvitees().update("IN1", i -> i.email("bob@example.com")));
        c.put("MeetingInviteesApi.delete(String)", api -> run(() -> api.meetingInvitees().delete("IN1")));
        c.put("MeetingInviteesApi.bulkInsert(String,Consumer)", api -> api.meetingInvitees().bulkInsert("MT1",
                b -> b.invitee("bob@example.com").invitee("carol@example.com", "Carol", false)));
        c.put("MeetingRegistrantsApi.create(String,String,String,String)",
                api -> api.meetingRegistrants().create("MT1", "Bob", "Example", "bob@example.com"));
        c.put("MeetingRegistrantsApi.create(String,Consumer)", api -> api.meetingRegistrants().create("MT1",
                r -> r.firstName("Bob").lastName("Example").email("bob@example.com")));
        c.put("MeetingRegistrantsApi.list(String)", api -> api.meetingRegistrants().list("MT1").toList());
        c.put("MeetingRegistrantsApi.list(String,Consumer)",
                api -> api.meetingRegistrants().list("MT1", q -> q.max(2)).toList());
        c.put("MeetingRegistrantsApi.get(String,String)", api -> api.meetingRegistrants().get("MT1", "RG1"));
        c.put("MeetingRegistrantsApi.delete(String,String)",
                api -> run(() -> api.meetingRegistrants().delete("MT1", "RG1")));
        c.put("RecordingsApi.list()", api -> api.recordings().list().toList());
        c.put("RecordingsApi.list(Consumer)", api -> api.recordings().list(q -> q.meetingId("MT1")).toList());
        c.put("RecordingsApi.get(String)", api -> api.recordings().get("RC1"));
        c.put("RecordingsApi.get(String,Consumer)",
                api -> api.recordings().get("RC1", q -> q.hostEmail("bob@example.com")));
        c.put("RecordingsApi.delete(String)", api -> run(() -> api.recordings().delete("RC1")));
        c.put("RecordingsApi.delete(String,Consumer)",
                api -> run(() -> api.recordings().delete("RC1", q -> q.siteUrl("example.webex.com"))));
        c.put("SparkSession.get(String,Map)", api -> api.session().get("people/me", Map.of("a", 1)));
        c.put("SparkSession.getItems(String,Map)", api -> api.session().getItems("rooms", Map.of()).toList());
        c.put("SparkSession.post(String,Map)", api -> api.session().post("rooms", Map.of("title", "t")));
        c.put("SparkSession.put(String,Map)", api -> api.session().put("rooms/R1", Map.of("title", "t")));
        c.put("SparkSession.delete(String)", api -> run(() -> api.session().delete("rooms/R1")));
        c.put("PagedIterable.first(int)", api -> api.rooms().list().first(2));
        c.put("PagedIterable.pages()", api -> {
            List<Object> pages = new ArrayList<>();
            api.rooms().list().pages().forEach(pages::add);
            return pages;
        });
        c.put("PagedIterable.stream()", api -> api.rooms().list().stream().count());
        c.put("PagedIterable.resumeAt(URI)",
                api -> api.rooms().list().resumeAt(api.baseUrl().resolve("rooms?cursor=2")).toList());
        calls = c;

        Map<String, Function<CiscoSparkAPI, CompletableFuture<?>>> twins = new LinkedHashMap<>();
        twins.put("AsyncPeopleApi.list()", api -> api.async().people().list().toList());
        twins.put("AsyncPeopleApi.list(Consumer)", api -> api.async().people().list(q -> q.displayName("Bo")).toList());
        twins.put("AsyncPeopleApi.create(Consumer)", api -> api.async().people().create(p -> p.emails("bob@example.com")));
        twins.put("AsyncPeopleApi.get(String)", api -> api.async().people().get("P1"));
        twins.put("AsyncPeopleApi.me()", api -> api.async().people().me());
        twins.put("AsyncPeopleApi.update(String,Consumer)", api -> api.async().people().update("P1", p -> p.displayName("B")));
        twins.put("AsyncPeopleApi.update(Person,Consumer)", api -> api.async().people().update(person, p -> p.displayName("B")));
        twins.put("AsyncPeopleApi.delete(String)", api -> api.async().people().delete("P1"));
        twins.put("AsyncRoomsApi.list()", api -> api.async().rooms().list().toList());
        twins.put("AsyncRoomsApi.list(Consumer)", api -> api.async().rooms().list(q -> q.max(5)).toList());
        twins.put("AsyncRoomsApi.create(String)", api -> api.async().rooms().create("t"));
        twins.put("AsyncRoomsApi.create(Consumer)", api -> api.async().rooms().create(r -> r.title("t")));
        twins.put("AsyncRoomsApi.get(String)", api -> api.async().rooms().get("R1"));
        twins.put("AsyncRoomsApi.meetingInfo(String)", api -> api.async().rooms().meetingInfo("R1"));
        twins.put("AsyncRoomsApi.update(String,Consumer)", api -> api.async().rooms().update("R1", r -> r.title("t")));
        twins.put("AsyncRoomsApi.delete(String)", api -> api.async().rooms().delete("R1"));
        twins.put("AsyncMembershipsApi.list()", api -> api.async().memberships().list().toList());
        twins.put("AsyncMembershipsApi.list(String)", api -> api.async().memberships().list("R1").toList());
        twins.put("AsyncMembershipsApi.list(Consumer)", api -> api.async().memberships().list(q -> q.roomId("R1")).toList());
        twins.put("AsyncMembershipsApi.create(Consumer)", api -> api.async().memberships().create(m -> m.roomId("R1").personId("P1")));
        twins.put("AsyncMembershipsApi.get(String)", api -> api.async().memberships().get("M1"));
        twins.put("AsyncMembershipsApi.update(String,boolean)", api -> api.async().memberships().update("M1", true));
        twins.put("AsyncMembershipsApi.update(String,Consumer)", api -> api.async().memberships().update("M1", m -> m.isModerator(true)));
        twins.put("AsyncMembershipsApi.delete(String)", api -> api.async().memberships().delete("M1"));
        twins.put("AsyncMessagesApi.list(String)", api -> api.async().messages().list("R1").toList());
        twins.put("AsyncMessagesApi.list(Consumer)", api -> api.async().messages().list(q -> q.roomId("R1")).toList());
        twins.put("AsyncMessagesApi.listDirect(Consumer)", api -> api.async().messages().listDirect(q -> q.personId("P1")).toList());
        twins.put("AsyncMessagesApi.create(String,String)", api -> api.async().messages().create("R1", "hi"));
        twins.put("AsyncMessagesApi.create(Consumer)", api -> api.async().messages().create(m -> m.roomId("R1").text("t").file(file)));
        twins.put("AsyncMessagesApi.get(String)", api -> api.async().messages().get("M1"));
        twins.put("AsyncMessagesApi.update(String,Consumer)", api -> api.async().messages().update("M1", m -> m.roomId("R1").text("t")));
        twins.put("AsyncMessagesApi.delete(String)", api -> api.async().messages().delete("M1"));
        twins.put("AsyncMessagesApi.listReplies(Message)", api -> api.async().messages().listReplies(parent).toList());
        twins.put("AsyncMessagesApi.listReplies(String,String)", api -> api.async().messages().listReplies("R1", "M1").toList());
        twins.put("AsyncMessagesApi.reply(Message,Consumer)", api -> api.async().messages().reply(parent, m -> m.text("t")));
        twins.put("AsyncContentsApi.info(String)", api -> api.async().contents().info("C1"));
        twins.put("AsyncContentsApi.download(String)", api -> api.async().contents().download("C1").thenApply(HostileServerTest::readAll));
        twins.put("AsyncContentsApi.download(String,Consumer)",
                api -> api.async().contents().download("C1", d -> d.allowUnscannable(true)).thenApply(HostileServerTest::readAll));
        twins.put("AsyncContentsApi.download(String,Path)", api -> api.async().contents().download("C1", dir));
        twins.put("AsyncContentsApi.download(String,Path,Consumer)",
                api -> api.async().contents().download("C1", dir.resolve("c1.bin"), d -> d.allowUnscannable(true)));
        twins.put("AsyncGuestIssuerApi.login(String)", api -> api.async().guestIssuer().login("a.b.c"));
        twins.put("AsyncTeamsApi.list()", api -> api.async().teams().list().toList());
        twins.put("AsyncTeamsApi.list(Consumer)", api -> api.async().teams().list(q -> q.max(2)).toList());
        twins.put("AsyncTeamsApi.create(String)", api -> api.async().teams().create("t"));
        twins.put("AsyncTeamsApi.create(Consumer)", api -> api.async().teams().create(t -> t.name("t")));
        twins.put("AsyncTeamsApi.get(String)", api -> api.async().teams().get("T1"));
        twins.put("AsyncTeamsApi.update(String,Consumer)", api -> api.async().teams().update("T1", t -> t.name("t")));
        twins.put("AsyncTeamsApi.delete(String)", api -> api.async().teams().delete("T1"));
        twins.put("AsyncTeamMembershipsApi.list(String)", api -> api.async().teamMemberships().list("T1").toList());
        twins.put("AsyncTeamMembershipsApi.list(Consumer)", api -> api.async().teamMemberships().list(q -> q.teamId("T1")).toList());
        twins.put("AsyncTeamMembershipsApi.create(Consumer)",
                api -> api.async().teamMemberships().create(m -> m.teamId("T1").personEmail("bob@example.com")));
        twins.put("AsyncTeamMembershipsApi.get(String)", api -> api.async().teamMemberships().get("TM1"));
        twins.put("AsyncTeamMembershipsApi.update(String,boolean)", api -> api.async().teamMemberships().update("TM1", false));
        twins.put("AsyncTeamMembershipsApi.update(String,Consumer)",
                api -> api.async().teamMemberships().update("TM1", m -> m.isModerator(false)));
        twins.put("AsyncTeamMembershipsApi.delete(String)", api -> api.async().teamMemberships().delete("TM1"));
        twins.put("AsyncWebhooksApi.list()", api -> api.async().webhooks().list().toList());
        twins.put("AsyncWebhooksApi.list(Consumer)", api -> api.async().webhooks().list(q -> q.max(3)).toList());
        twins.put("AsyncWebhooksApi.create(Consumer)", api -> api.async().webhooks().create(w -> w.name("w")
                .targetUrl("https://bot.example.com/hook").resource("messages").event("created")));
        twins.put("AsyncWebhooksApi.get(String)", api -> api.async().webhooks().get("W1"));
        twins.put("AsyncWebhooksApi.update(String,Consumer)", api -> api.async().webhooks().update("W1", w -> w.name("w")
                .targetUrl("https://bot.example.com/hook")));
        twins.put("AsyncWebhooksApi.delete(String)", api -> api.async().webhooks().delete("W1"));
        twins.put("AsyncOrganizationsApi.list()", api -> api.async().organizations().list().toList());
        twins.put("AsyncOrganizationsApi.list(Consumer)", api -> api.async().organizations().list(q -> q.max(1)).toList());
        twins.put("AsyncOrganizationsApi.get(String)", api -> api.async().organizations().get("O1"));
        twins.put("AsyncLicensesApi.list()", api -> api.async().licenses().list().toList());
        twins.put("AsyncLicensesApi.list(Consumer)", api -> api.async().licenses().list(q -> q.max(1)).toList());
        twins.put("AsyncLicensesApi.get(String)", api -> api.async().licenses().get("L1"));
        twins.put("AsyncRolesApi.list()", api -> api.async().roles().list().toList());
        twins.put("AsyncRolesApi.list(Consumer)", api -> api.async().roles().list(q -> q.max(1)).toList());
        twins.put("AsyncRolesApi.get(String)", api -> api.async().roles().get("RO1"));
        twins.put("AsyncEventsApi.list()", api -> api.async().events().list().toList());
        twins.put("AsyncEventsApi.list(Consumer)", api -> api.async().events().list(q -> q.max(1)).toList());
        twins.put("AsyncEventsApi.get(String)", api -> api.async().events().get("E1"));
        twins.put("AsyncAccessTokensApi.get(String,String,String,String)",
                api -> api.async().accessTokens().get("client", "secret", "code", "https://app.example.com/cb"));
        twins.put("AsyncAccessTokensApi.refresh(String,String,String)",
                api -> api.async().accessTokens().refresh("client", "secret", "refresh"));
        twins.put("AsyncAttachmentActionsApi.create(String,Map)",
                api -> api.async().attachmentActions().create("M1", Map.of("choice", "yes")));
        twins.put("AsyncAttachmentActionsApi.create(Consumer)",
                api -> api.async().attachmentActions().create(a -> a.messageId("M1").inputs(Map.of())));
        twins.put("AsyncAttachmentActionsApi.get(String)", api -> api.async().attachmentActions().get("AA1"));
        twins.put("AsyncRoomTabsApi.list(String)", api -> api.async().roomTabs().list("R1").toList());
        twins.put("AsyncRoomTabsApi.list(Consumer)", api -> api.async().roomTabs().list(q -> q.roomId("R1").max(2)).toList());
        twins.put("AsyncRoomTabsApi.create(String,String,String)",
                api -> api.async().roomTabs().create("R1", "https://dash.example.com", "Dashboard"));
        twins.put("AsyncRoomTabsApi.create(Consumer)", api -> api.async().roomTabs().create(t -> t.roomId("R1")
                .contentUrl("https://dash.example.com").displayName("Dashboard")));
        twins.put("AsyncRoomTabsApi.get(String)", api -> api.async().roomTabs().get("RT1"));
        twins.put("AsyncRoomTabsApi.update(String,Consumer)", api -> api.async().roomTabs().update("RT1", t -> t.roomId("R1")
                .contentUrl("https://dash.example.com/2").displayName("Dashboard")));
        twins.put("AsyncRoomTabsApi.delete(String)", api -> api.async().roomTabs().delete("RT1"));
        twins.put("AsyncAdminAuditEventsApi.list(String,Instant,Instant)", api -> api.async().adminAuditEvents()
                .list("O1", Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-02-01T00:00:00Z")).toList());
        twins.put("AsyncAdminAuditEventsApi.list(Consumer)", api -> api.async().adminAuditEvents().list(q -> q.orgId("O1")
                .from(Instant.parse("2020-01-01T00:00:00Z")).to(Instant.parse("2020-02-01T00:00:00Z")).offset(10))
                .toList());
        twins.put("AsyncMeetingsApi.list()", api -> api.async().meetings().list().toList());
        twins.put("AsyncMeetingsApi.list(Consumer)", api -> api.async().meetings().list(q -> q.state("scheduled").max(5)).toList());
        twins.put("AsyncMeetingsApi.create(String,Instant,Instant)", api -> api.async().meetings().create("t", start, end));
        twins.put("AsyncMeetingsApi.create(Consumer)", api -> api.async().meetings().create(m -> m.title("t").start(start).end(end)
                .invitee("bob@example.com")));
        twins.put("AsyncMeetingsApi.get(String)", api -> api.async().meetings().get("MT1"));
        twins.put("AsyncMeetingsApi.update(String,Consumer)", api -> api.async().meetings().update("MT1", m -> m.title("t")
                .password("p").start(start).end(end)));
        twins.put("AsyncMeetingsApi.update(Meeting,Consumer)", api -> api.async().meetings().update(meeting, m -> m.agenda("a")));
        twins.put("AsyncMeetingsApi.delete(String)", api -> api.async().meetings().delete("MT1"));
        twins.put("AsyncMeetingTemplatesApi.list()", api -> api.async().meetingTemplates().list().toList());
        twins.put("AsyncMeetingTemplatesApi.list(Consumer)", api -> api.async().meetingTemplates().list(q -> q.max(3)).toList());
        twins.put("AsyncMeetingTemplatesApi.get(String)", api -> api.async().meetingTemplates().get("TP1"));
        twins.put("AsyncMeetingInviteesApi.list(String)", api -> api.async().meetingInvitees().list("MT1").toList());
        twins.put("AsyncMeetingInviteesApi.list(Consumer)",
                api -> api.async().meetingInvitees().list(q -> q.meetingId("MT1").max(3)).toList());
        twins.put("AsyncMeetingInviteesApi.create(String,String)", api -> api.async().meetingInvitees().create("MT1", "bob@example.com"));
        twins.put("AsyncMeetingInviteesApi.create(Consumer)", api -> api.async().meetingInvitees().create(i -> i.meetingId("MT1")
                .email("bob@example.com").coHost(true)));
        twins.put("AsyncMeetingInviteesApi.get(String)", api -> api.async().meetingInvitees().get("IN1"));
        twins.put("AsyncMeetingInviteesApi.update(String,Consumer)",
                api -> api.async().meetingInvitees().update("IN1", i -> i.email("bob@example.com")));
        twins.put("AsyncMeetingInviteesApi.delete(String)", api -> api.async().meetingInvitees().delete("IN1"));
        twins.put("AsyncMeetingInviteesApi.bulkInsert(String,Consumer)", api -> api.async().meetingInvitees().bulkInsert("MT1",
                b -> b.invitee("bob@example.com").invitee("carol@example.com", "Carol", false)));
        twins.put("AsyncMeetingRegistrantsApi.create(String,String,String,String)",
                api -> api.async().meetingRegistrants().create("MT1", "Bob", "Example", "bob@example.com"));
        twins.put("AsyncMeetingRegistrantsApi.create(String,Consumer)", api -> api.async().meetingRegistrants().create("MT1",
                r -> r.firstName("Bob").lastName("Example").email("bob@example.com")));
        twins.put("AsyncMeetingRegistrantsApi.list(String)", api -> api.async().meetingRegistrants().list("MT1").toList());
        twins.put("AsyncMeetingRegistrantsApi.list(String,Consumer)",
                api -> api.async().meetingRegistrants().list("MT1", q -> q.max(2)).toList());
        twins.put("AsyncMeetingRegistrantsApi.get(String,String)", api -> api.async().meetingRegistrants().get("MT1", "RG1"));
        twins.put("AsyncMeetingRegistrantsApi.delete(String,String)",
                api -> api.async().meetingRegistrants().delete("MT1", "RG1"));
        twins.put("AsyncRecordingsApi.list()", api -> api.async().recordings().list().toList());
        twins.put("AsyncRecordingsApi.list(Consumer)", api -> api.async().recordings().list(q -> q.meetingId("MT1")).toList());
        twins.put("AsyncRecordingsApi.get(String)", api -> api.async().recordings().get("RC1"));
        twins.put("AsyncRecordingsApi.get(String,Consumer)",
                api -> api.async().recordings().get("RC1", q -> q.hostEmail("bob@example.com")));
        twins.put("AsyncRecordingsApi.delete(String)", api -> api.async().recordings().delete("RC1"));
        twins.put("AsyncRecordingsApi.delete(String,Consumer)",
                api -> api.async().recordings().delete("RC1", q -> q.siteUrl("example.webex.com")));
        twins.put("AsyncSparkSession.get(String,Map)", api -> api.async().session().get("people/me", Map.of("a", 1)));
        twins.put("AsyncSparkSession.getItems(String,Map)", api -> api.async().session().getItems("rooms", Map.of()).toList());
        twins.put("AsyncSparkSession.post(String,Map)", api -> api.async().session().post("rooms", Map.of("title", "t")));
        twins.put("AsyncSparkSession.put(String,Map)", api -> api.async().session().put("rooms/R1", Map.of("title", "t")));
        twins.put("AsyncSparkSession.delete(String)", api -> api.async().session().delete("rooms/R1"));
        twins.put("AsyncPagedIterable.forEach(Consumer)", api -> {
            List<Object> items = new CopyOnWriteArrayList<>();
            return api.async().rooms().list().forEach(items::add).thenApply(done -> items);
        });
        twins.put("AsyncPagedIterable.toList()", api -> api.async().rooms().list().toList());
        twins.put("AsyncPagedIterable.first(int)", api -> api.async().rooms().list().first(2));
        twins.put("AsyncPagedIterable.pages()", api -> collect(api.async().rooms().list().pages()));
        twins.put("AsyncPagedIterable.publisher()", api -> collect(api.async().rooms().list().publisher()));
        twins.put("AsyncPagedIterable.resumeAt(URI)",
                api -> api.async().rooms().list().resumeAt(api.baseUrl().resolve("rooms?cursor=2")).toList());
        asyncCalls = twins;
    }

    /** Everything a publisher hands out, once it completes. */
    private static <T> CompletableFuture<List<T>> collect(Flow.Publisher<T> publisher) {
        CompletableFuture<List<T>> all = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<T>() {
            private final List<T> items = new ArrayList<>();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(T item) {
                items.add(item);
            }

            @Override
            public void onError(Throwable failure) {
                all.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                all.complete(items);
            }
        });
        return all;
    }

    /** Reads a streamed download to its end; the stream's own IOException is its documented failure. */
    private static Object readAll(FileDownload download) {
        try (download) {
            return download.body().readAllBytes();
        } catch (IOException e) {
            return e;
        }
    }

    private static Object run(Runnable call) {
        call.run();
        return null;
    }

    @AfterAll
    static void forget() {
        calls = null;
        asyncCalls = null;
    }

    @Test
    void everyPublicMethodOfEveryResourceGroupIsDriven() {
        TreeSet<String> methods = new TreeSet<>();
        for (Method group : CiscoSparkAPI.class.getMethods()) {
            Class<?> type = group.getReturnType();
            if (group.getParameterCount() == 0 && type.getPackage() == CiscoSparkAPI.class.getPackage()
                    && (type.getSimpleName().endsWith("Api") || type == SparkSession.class)) {
                methods.addAll(publicMethods(type));
            }
        }
        methods.addAll(publicMethods(PagedIterable.class));
        methods.removeAll(List.of("SparkSession.baseUrl()", "SparkSession.path(String[])", "SparkSession.toString()",
                "PagedIterable.toList()"));
        assertThat(calls.keySet()).containsAll(methods);
    }

    @Test
    void everyPublicMethodOfEveryAsyncGroupIsDriven() {
        TreeSet<String> methods = new TreeSet<>();
        for (Method group : AsyncCiscoSparkAPI.class.getMethods()) {
            Class<?> type = group.getReturnType();
            if (group.getParameterCount() == 0 && type.getPackage() == AsyncCiscoSparkAPI.class.getPackage()
                    && (type.getSimpleName().endsWith("Api") || type == AsyncSparkSession.class)) {
                methods.addAll(publicMethods(type));
            }
        }
        methods.addAll(publicMethods(AsyncPagedIterable.class));
        methods.removeAll(List.of("AsyncSparkSession.baseUrl()", "AsyncSparkSession.toString()"));
        assertThat(methods).contains("AsyncPeopleApi.me()", "AsyncRecordingsApi.delete(String,Consumer)",
                "AsyncPagedIterable.publisher()");
        assertThat(asyncCalls.keySet()).containsAll(methods);
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(m -> type.getSimpleName() + "." + m.getName() + "(" + Arrays.stream(m.getParameterTypes())
                        .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")")
                .collect(Collectors.toList());
    }

    @Test
    void whateverTheServerDoesOnlyTheSdksOwnExceptionsComeOut() throws Exception {
        List<String> escaped = new ArrayList<>();
        for (Hostility hostility : HOSTILITIES) {
            try (ScriptedServer server = new ScriptedServer(hostility.script()); CiscoSparkAPI api = client(server, hostility)) {
                for (Map.Entry<String, Function<CiscoSparkAPI, Object>> call : calls.entrySet()) {
                    try {
                        readEveryGetter(call.getValue().apply(api));
                    } catch (SparkException expected) {
                        assertThat(expected.getMessage()).doesNotContain(WireMockSpark.TOKEN);
                    } catch (RuntimeException | Error e) {
                        escaped.add(call.getKey() + " when the server " + hostility.name() + ": " + e);
                    }
                }
            }
        }
        assertThat(escaped).isEmpty();
    }

    @Test
    void whateverTheServerDoesAsyncCallsRunningTogetherFailWithTheSdksOwnExceptionsOnly() throws Exception {
        List<String> escaped = new ArrayList<>();
        for (Hostility hostility : HOSTILITIES) {
            try (ScriptedServer server = new ScriptedServer(hostility.script()); CiscoSparkAPI api = client(server, hostility)) {
                Map<String, CompletableFuture<?>> started = new LinkedHashMap<>();
                for (Map.Entry<String, Function<CiscoSparkAPI, CompletableFuture<?>>> call : asyncCalls.entrySet()) {
                    try {
                        started.put(call.getKey(), call.getValue().apply(api));
                    } catch (RuntimeException | Error e) {
                        escaped.add(call.getKey() + " when the server " + hostility.name()
                                + ": thrown by the call instead of failing its future: " + e);
                    }
                }
                for (Map.Entry<String, CompletableFuture<?>> call : started.entrySet()) {
                    String what = call.getKey() + " when the server " + hostility.name();
                    CompletableFuture<?> future = call.getValue();
                    try {
                        readEveryGetter(future.get(30, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof SparkException expected) {
                            assertThat(expected.getMessage()).doesNotContain(WireMockSpark.TOKEN);
                        } else {
                            escaped.add(what + ": the future failed with " + e.getCause());
                        }
                    } catch (TimeoutException e) {
                        future.cancel(true);
                        escaped.add(what + ": the future never completed");
                    } catch (RuntimeException | Error e) {
                        escaped.add(what + ": " + e);
                    }
                }
            }
        }
        assertThat(escaped).isEmpty();
    }

    /** A client of the hostile server that waits for nothing and gives up on a silent one at once. */
    private static CiscoSparkAPI client(ScriptedServer server, Hostility hostility) {
        return CiscoSparkAPI.builder().accessToken(WireMockSpark.TOKEN).baseUrl(server.baseUrl())
                .transport("jdk").environment(name -> null).sleeper(wait -> { }).random(() -> 0.5)
                .singleRequestTimeout(Duration.ofMillis(50)).maxRateLimitWait(Duration.ofSeconds(30))
                .retryPolicy(hostility.name().equals("never answers") ? RetryPolicy.none() : RetryPolicy.defaults())
                .build();
    }

    /** What the SDK returned is read through every getter, as a caller would. */
    private static void readEveryGetter(Object result) throws Exception {
        if (result instanceof List<?> list) {
            for (Object item : list) {
                readEveryGetter(item);
            }
        } else if (result instanceof Page<?> page) {
            readEveryGetter(page.items());
        } else if (result instanceof SparkObject model) {
            for (Method getter : model.getClass().getMethods()) {
                if (getter.getParameterCount() == 0 && getter.getDeclaringClass() != Object.class) {
                    getter.invoke(model);
                }
            }
        }
    }
}
