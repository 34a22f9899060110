package io.ciscosparkapi.testkit.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.AsyncCiscoSparkAPI;
import io.ciscosparkapi.AsyncPagedIterable;
import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.FileDownload;
import io.ciscosparkapi.GuestIssuer;
import io.ciscosparkapi.Page;
import io.ciscosparkapi.SparkApiException;
import io.ciscosparkapi.SparkException;
import io.ciscosparkapi.model.AccessToken;
import io.ciscosparkapi.model.AdminAuditEvent;
import io.ciscosparkapi.model.AttachmentAction;
import io.ciscosparkapi.model.Event;
import io.ciscosparkapi.model.GuestToken;
import io.ciscosparkapi.model.License;
import io.ciscosparkapi.model.Meeting;
import io.ciscosparkapi.model.MeetingInvitee;
import io.ciscosparkapi.model.MeetingRegistrant;
import io.ciscosparkapi.model.MeetingScheduledType;
import io.ciscosparkapi.model.MeetingTemplate;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Organization;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.PersonType;
import io.ciscosparkapi.model.Recording;
import io.ciscosparkapi.model.RegistrantStatus;
import io.ciscosparkapi.model.Role;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomTab;
import io.ciscosparkapi.model.RoomType;
import io.ciscosparkapi.model.Team;
import io.ciscosparkapi.model.TeamMembership;
import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookStatus;
import io.ciscosparkapi.testkit.FakeGuestIssuer;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import io.ciscosparkapi.testkit.RecordedRequest;
import io.ciscosparkapi.testkit.junit.SparkClients;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end scenarios run through {@code api.async()}: every group the fake serves, against
 * the fake Spark with strict models, with each call's future awaited (a wait that only bounds a
 * hang). The subclasses run them in-process and over loopback HTTP.
 */
abstract class AsyncEndToEndSuite {

    private static final String REDIRECT_URI = "https://app.example.com/oauth/callback";

    private final List<CiscoSparkAPI> clients = new ArrayList<>();

    FakeSpark fake;
    AsyncCiscoSparkAPI api;

    @BeforeEach
    void setUp(FakeSpark fake, CiscoSparkAPI api) {
        this.fake = fake;
        this.api = api.async();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(CiscoSparkAPI::close);
        clients.clear();
    }

    /** The async client of a new strict client acting as {@code user}, closed after the test. */
    AsyncCiscoSparkAPI asyncClientFor(FakeUser user) {
        CiscoSparkAPI client = SparkClients.builderFor(fake, user).strictModels(true).build();
        clients.add(client);
        return client.async();
    }

    /** The async client of a new strict client with another token, closed after the test. */
    AsyncCiscoSparkAPI actingAs(String token) {
        CiscoSparkAPI client = SparkClients.builderFor(fake, fake.admin()).accessToken(token).strictModels(true).build();
        clients.add(client);
        return client.async();
    }

    /** What a future completes with; the wait only bounds a hang. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new AssertionError(e.getCause());
        } catch (Exception e) {
            throw new AssertionError("the future did not complete", e);
        }
    }

    /** The API error a future fails with. */
    static SparkApiException apiError(CompletableFuture<?> future) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> future.get(30, TimeUnit.SECONDS));
        assertThat(thrown).isInstanceOf(ExecutionException.class);
        assertThat(thrown.getCause()).isInstanceOf(SparkApiException.class);
        return (SparkApiException) thrown.getCause();
    }

    /** The requests the fake received for a method and exact path, in order. */
    List<RecordedRequest> requests(String method, String path) {
        return fake.journal().requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    // ---------------------------------------------------------------- the quickstart

    @Test
    void theQuickstartRunsAsync() {
        Person me = await(api.people().me());
        assertThat(me.id()).isEqualTo(fake.admin().id());
        Room room = await(api.rooms().create("ciscosparkapi Test Room"));
        FakeUser bob = fake.createUser("Bob");
        Membership added = await(api.memberships().create(m -> m.roomId(room.id()).personEmail(bob.email())));
        assertThat(added.personId()).isEqualTo(bob.id());

        SparkApiException conflict = apiError(api.memberships().create(m -> m.roomId(room.id()).personId(me.id())));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(requests("POST", "/v1/memberships")).as("a 409 is not retried").hasSize(2);

        for (int i = 1; i <= 5; i++) {
            await(api.messages().create(room.id(), "message " + i));
        }
        fake.journal().clear();
        List<Message> listed = await(api.messages().list(q -> q.roomId(room.id()).max(2)).toList());
        assertThat(listed).extracting(Message::text)
                .containsExactly("message 5", "message 4", "message 3", "message 2", "message 1");
        assertThat(requests("GET", "/v1/messages")).hasSize(3);
        assertThat(await(api.memberships().list(room.id()).toList())).extracting(Membership::personId)
                .containsExactlyInAnyOrder(me.id(), bob.id());

        assertThat(await(api.rooms().delete(room.id()))).isNull();
        assertThat(apiError(api.rooms().get(room.id())).statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- people

    @Test
    void anAdminCreatesGetsListsUpdatesAndDeletesAPersonAsync() {
        Person carol = await(api.people().create(p -> p.emails("carol@example.com").displayName("Carol Jones")
                .firstName("Carol").lastName("Jones").title("Engineer")));
        assertThat(await(api.people().get(carol.id()))).isEqualTo(carol);
        assertThat(await(api.people().list(q -> q.email("carol@example.com")).toList())).containsExactly(carol);
        assertThat(await(api.people().list().toList())).extracting(Person::id).contains(fake.admin().id(), carol.id());

        Person renamed = await(api.people().update(carol, p -> p.displayName("Caroline Jones")));
        assertThat(renamed.displayName()).isEqualTo("Caroline Jones");
        assertThat(renamed.title()).as("kept by the pre-filled update").isEqualTo("Engineer");
        Person replaced = await(api.people().update(carol.id(), p -> p.emails("carol@example.com").displayName("C")));
        assertThat(replaced.title()).as("cleared by the update by id").isNull();

        assertThat(apiError(api.people().create(p -> p.emails(fake.admin().email()))).statusCode()).isEqualTo(409);
        await(api.people().delete(carol.id()));
        assertThat(apiError(api.people().get(carol.id())).statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- rooms and memberships

    @Test
    void roomsAreCreatedGotUpdatedListedAndDeletedAsync() {
        Room room = await(api.rooms().create("Ops"));
        assertThat(room.type()).isEqualTo(RoomType.GROUP);
        assertThat(await(api.rooms().get(room.id()))).isEqualTo(room);
        assertThat(await(api.rooms().update(room.id(), r -> r.title("Ops on call"))).title()).isEqualTo("Ops on call");
        Room other = await(api.rooms().create(r -> r.title("Public").description("For all").isPublic(true)));
        assertThat(await(api.rooms().list(q -> q.type(RoomType.GROUP).sortBy("created")).toList()))
                .extracting(Room::id).containsExactly(other.id(), room.id());
        assertThat(await(api.rooms().meetingInfo(room.id())).meetingLink()).startsWith("https://");

        await(api.rooms().delete(room.id()));
        assertThat(await(api.rooms().list().toList())).extracting(Room::id).containsExactly(other.id());
    }

    @Test
    void membershipsAreCreatedGotUpdatedListedAndDeletedAsync() {
        FakeUser bob = fake.createUser("Bob");
        Room room = await(api.rooms().create("Team room"));
        Membership added = await(api.memberships().create(m -> m.roomId(room.id()).personId(bob.id())));
        assertThat(await(api.memberships().get(added.id()))).isEqualTo(added);
        Membership own = await(api.memberships().list(q -> q.roomId(room.id()).personId(fake.admin().id())).first(1)).get(0);
        assertThat(await(api.memberships().update(own.id(), m -> m.isModerator(true))).isModerator()).isTrue();
        assertThat(await(api.memberships().update(added.id(), true)).isModerator()).isTrue();
        assertThat(await(api.memberships().update(added.id(), m -> m.isModerator(false))).isModerator()).isFalse();
        assertThat(await(api.memberships().list(q -> q.roomId(room.id()).personEmail(bob.email())).toList()))
                .extracting(Membership::id).containsExactly(added.id());
        assertThat(await(api.memberships().list().toList())).extracting(Membership::roomId).containsExactly(room.id());
        assertThat(await(asyncClientFor(bob).rooms().list().toList())).extracting(Room::id).containsExactly(room.id());

        await(api.memberships().delete(added.id()));
        assertThat(apiError(api.memberships().get(added.id())).statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- messages and files

    @Test
    void messagesArePostedEditedThreadedListedAndDeletedAsync() {
        FakeUser bob = fake.createUser("Bob");
        Room room = await(api.rooms().create("Chatter"));
        await(api.memberships().create(m -> m.roomId(room.id()).personId(bob.id())));
        Message mention = await(api.messages().create(m -> m.roomId(room.id())
                .markdown("Hi <@personEmail:" + bob.email() + ">, see **this**")));
        assertThat(mention.mentionedPeople()).containsExactly(bob.id());
        assertThat(await(asyncClientFor(bob).messages().list(q -> q.roomId(room.id()).mentionedPeople("me")).toList()))
                .extracting(Message::id).containsExactly(mention.id());

        Message fixed = await(api.messages().update(mention.id(), m -> m.roomId(room.id()).markdown("**hello**")));
        assertThat(fixed.text()).isEqualTo("hello");
        assertThat(await(api.messages().get(mention.id()))).isEqualTo(fixed);

        Message reply = await(api.messages().reply(fixed, m -> m.text("approved")));
        assertThat(reply.parentId()).isEqualTo(fixed.id());
        Message second = await(api.messages().reply(reply, m -> m.text("me too")));
        assertThat(second.parentId()).as("a reply to a reply joins the thread").isEqualTo(fixed.id());
        assertThat(await(api.messages().listReplies(fixed).toList())).extracting(Message::id)
                .containsExactly(second.id(), reply.id());
        assertThat(await(api.messages().listReplies(room.id(), fixed.id()).first(1))).extracting(Message::id)
                .containsExactly(second.id());

        await(api.messages().delete(reply.id()));
        assertThat(apiError(api.messages().get(reply.id())).statusCode()).isEqualTo(404);
        assertThat(await(api.messages().list(room.id()).toList())).extracting(Message::id)
                .containsExactly(second.id(), fixed.id());
    }

    @Test
    void aDirectMessageIsListedByBothSidesAsync() {
        FakeUser bob = fake.createUser("Bob");
        Message hello = await(api.messages().create(m -> m.toPersonEmail(bob.email()).text("hello Bob")));
        assertThat(hello.roomType()).isEqualTo(RoomType.DIRECT);
        assertThat(await(api.messages().listDirect(q -> q.personEmail(bob.email())).toList())).extracting(Message::id)
                .containsExactly(hello.id());
        assertThat(await(asyncClientFor(bob).messages().listDirect(q -> q.personId(fake.admin().id())).toList()))
                .extracting(Message::text).containsExactly("hello Bob");
    }

    @Test
    void aLocalFileIsUploadedAndDownloadedAsync(@TempDir Path dir) throws IOException {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("trace.bin"), bytes);
        Room room = await(api.rooms().create("Uploads"));

        Message message = await(api.messages().create(m -> m.roomId(room.id()).text("the trace").file(file)));

        assertThat(fake.journal().last().header("Content-Type")).startsWith("multipart/form-data; boundary=");
        String url = message.files().get(0);
        try (FileDownload download = await(api.contents().download(url))) {
            assertThat(download.info().fileName()).isEqualTo("trace.bin");
            assertThat(download.body().readAllBytes()).isEqualTo(bytes);
        }
        Path saved = await(api.contents().download(url, Files.createDirectory(dir.resolve("saved"))));
        assertThat(saved.getFileName()).hasToString("trace.bin");
        assertThat(Files.readAllBytes(saved)).isEqualTo(bytes);
        assertThat(await(api.contents().info(url)).fileName()).isEqualTo("trace.bin");
    }

    // ---------------------------------------------------------------- teams and webhooks

    @Test
    void teamsAndTheirMembershipsAreCreatedGotUpdatedListedAndDeletedAsync() {
        FakeUser bob = fake.createUser("Bob");
        Team team = await(api.teams().create(t -> t.name("Engineering").description("Builders")));
        assertThat(await(api.teams().get(team.id()))).isEqualTo(team);
        assertThat(await(api.teams().list().toList())).containsExactly(team);
        assertThat(await(api.teams().update(team.id(), t -> t.name("Platform"))).name()).isEqualTo("Platform");

        TeamMembership added = await(api.teamMemberships().create(m -> m.teamId(team.id()).personEmail(bob.email())));
        assertThat(await(api.teamMemberships().get(added.id()))).isEqualTo(added);
        assertThat(await(api.teamMemberships().update(added.id(), true)).isModerator()).isTrue();
        assertThat(await(api.teamMemberships().update(added.id(), m -> m.isModerator(false))).isModerator()).isFalse();
        assertThat(await(api.teamMemberships().list(team.id()).toList())).extracting(TeamMembership::personId)
                .containsExactlyInAnyOrder(fake.admin().id(), bob.id());
        assertThat(apiError(api.teamMemberships().create(m -> m.teamId(team.id()).personId(bob.id()))).statusCode())
                .isEqualTo(409);

        await(api.teamMemberships().delete(added.id()));
        await(api.teams().delete(team.id()));
        assertThat(apiError(api.teams().get(team.id())).statusCode()).isEqualTo(404);
        assertThat(await(api.teams().create("Second")).name()).isEqualTo("Second");
    }

    @Test
    void webhooksAreCreatedGotUpdatedListedAndDeletedAsync() {
        Webhook hook = await(api.webhooks().create(w -> w.name("bot").targetUrl("https://example.com/hook")
                .resource("messages").event("created").secret("s3cret")));
        assertThat(hook.status()).isEqualTo(WebhookStatus.ACTIVE);
        assertThat(await(api.webhooks().get(hook.id()))).isEqualTo(hook);
        assertThat(await(api.webhooks().list().toList())).containsExactly(hook);
        Webhook updated = await(api.webhooks().update(hook.id(), w -> w.name("renamed")
                .targetUrl("https://example.com/new")));
        assertThat(updated.name()).isEqualTo("renamed");

        await(api.webhooks().delete(hook.id()));
        assertThat(await(api.webhooks().list(q -> q.max(10)).toList())).isEmpty();
    }

    // ---------------------------------------------------------------- organizations, events, tokens

    @Test
    void organizationsLicensesRolesAndEventsAreListedAndGotAsync() {
        List<Organization> orgs = await(api.organizations().list().toList());
        assertThat(orgs).extracting(Organization::id).contains(fake.admin().orgId());
        assertThat(await(api.organizations().get(fake.admin().orgId())).displayName()).isEqualTo("Example Corp");
        List<License> licenses = await(api.licenses().list(q -> q.orgId(fake.admin().orgId())).toList());
        assertThat(await(api.licenses().get(licenses.get(0).id()))).isEqualTo(licenses.get(0));
        List<Role> roles = await(api.roles().list().toList());
        assertThat(await(api.roles().get(roles.get(0).id()))).isEqualTo(roles.get(0));

        Room room = await(api.rooms().create("Audited"));
        Message message = await(api.messages().create(room.id(), "for the record"));
        List<Event> created = await(api.events().list(q -> q.resource("messages").type("created")).toList());
        assertThat(created).singleElement().satisfies(e -> assertThat(e.data(Message::new).id()).isEqualTo(message.id()));
        assertThat(await(api.events().get(created.get(0).id()))).isEqualTo(created.get(0));
    }

    @Test
    void anAuthorizationCodeIsExchangedAndRefreshedAsync() {
        FakeUser bob = fake.createUser("Bob");
        fake.registerOAuthClient("integration-id", "integration-secret");
        String code = fake.issueAuthCode("integration-id", bob, REDIRECT_URI);

        AccessToken tokens = await(api.accessTokens().get("integration-id", "integration-secret", code, REDIRECT_URI));
        assertThat(fake.journal().last().authorization()).isNull();
        assertThat(await(actingAs(tokens.accessToken()).people().me()).id()).isEqualTo(bob.id());
        AccessToken refreshed = await(api.accessTokens().refresh("integration-id", "integration-secret",
                tokens.refreshToken()));
        assertThat(await(actingAs(refreshed.accessToken()).people().me()).id()).isEqualTo(bob.id());
        assertThat(apiError(api.accessTokens().get("integration-id", "integration-secret", code, REDIRECT_URI))
                .statusCode()).isEqualTo(400);
    }

    // ---------------------------------------------------------------- cards, tabs, audit events, guests

    @Test
    void aCardIsSubmittedAndGotBackAsync() {
        FakeUser bob = fake.createUser("Bob");
        Room room = await(api.rooms().create("Approvals"));
        await(api.memberships().create(m -> m.roomId(room.id()).personId(bob.id())));
        Message card = await(api.messages().create(m -> m.roomId(room.id()).text("Ship 1.2?")
                .adaptiveCard(Map.of("type", "AdaptiveCard", "version", "1.3",
                        "body", List.of(Map.of("type", "Input.Text", "id", "comment"))))));

        AttachmentAction submitted = await(asyncClientFor(bob).attachmentActions().create(card.id(),
                Map.of("comment", "ship it")));

        assertThat(submitted.personId()).isEqualTo(bob.id());
        assertThat(submitted.inputs()).isEqualTo(Map.of("comment", "ship it"));
        assertThat(await(api.attachmentActions().get(submitted.id()))).isEqualTo(submitted);
        Message plain = await(api.messages().create(room.id(), "no card here"));
        assertThat(apiError(api.attachmentActions().create(plain.id(), Map.of("comment", "no"))).statusCode())
                .isEqualTo(400);
    }

    @Test
    void roomTabsAreCreatedUpdatedListedAndDeletedAsync() {
        Room room = await(api.rooms().create("Dashboards"));
        RoomTab ops = await(api.roomTabs().create(room.id(), "https://grafana.example.com/d/ops", "Ops"));
        RoomTab renamed = await(api.roomTabs().update(ops.id(), t -> t.roomId(room.id())
                .contentUrl("https://grafana.example.com/d/ops-v2").displayName("Ops v2")));

        assertThat(renamed.displayName()).isEqualTo("Ops v2");
        assertThat(await(api.roomTabs().list(room.id()).toList())).containsExactly(renamed);
        await(api.roomTabs().delete(ops.id()));
        assertThat(apiError(api.roomTabs().get(ops.id())).statusCode()).isEqualTo(404);
    }

    @Test
    void anAdminsChangesAreListedAsAuditEventsAsync() {
        Person carol = await(api.people().create(p -> p.emails("carol@example.com").displayName("Carol")));
        Instant from = carol.created().minusSeconds(1);

        List<AdminAuditEvent> events = await(api.adminAuditEvents().list(fake.admin().orgId(), from,
                from.plus(1, ChronoUnit.HOURS)).toList());

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.data().eventDescription()).isEqualTo("A user was created");
            assertThat(e.data().targetId()).isEqualTo(carol.id());
        });
        AsyncCiscoSparkAPI bob = asyncClientFor(fake.createUser("Bob"));
        assertThat(apiError(bob.adminAuditEvents().list(fake.admin().orgId(), from, from.plusSeconds(60)).toList())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aGuestTokenMintedByTheSdkLogsInAsyncAndAForgedOneIsRefused() {
        FakeGuestIssuer issuer = fake.addGuestIssuer();
        Instant later = Instant.now().plus(1, ChronoUnit.HOURS);
        String jwt = GuestIssuer.of(issuer.issuerId(), issuer.secret()).jwt("customer-7", "Jo Customer", later);

        GuestToken guest = await(api.guestIssuer().login(jwt));

        assertThat(await(actingAs(guest.token()).people().me()).type()).isEqualTo(PersonType.APPUSER);
        String forged = GuestIssuer.of(issuer.issuerId(), Base64.getEncoder().encodeToString(
                "not the issuer's secret".getBytes(StandardCharsets.UTF_8))).jwt("customer-7", "Jo", later);
        assertThat(apiError(api.guestIssuer().login(forged)).statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- meetings

    /** An async client for the meetings family, with strict models like the rest of the suite. */
    AsyncCiscoSparkAPI meetingsClient() {
        CiscoSparkAPI client = SparkClients.builderFor(fake, fake.admin()).strictModels(true).build();
        clients.add(client);
        return client.async();
    }

    @Test
    void meetingsAreScheduledGotUpdatedListedAndCancelledAsync() {
        AsyncCiscoSparkAPI meetings = meetingsClient();
        Instant start = tomorrow();
        Meeting meeting = await(meetings.meetings().create("Review", start, start.plus(1, ChronoUnit.HOURS)));
        assertThat(meeting.password()).isNotBlank();
        assertThat(await(meetings.meetings().get(meeting.id()))).isEqualTo(meeting);
        assertThat(await(meetings.meetings().list().toList())).extracting(Meeting::id)
                .containsExactly(meeting.id());

        Meeting moved = await(meetings.meetings().update(meeting, m -> m.agenda("Moved")
                .start(start.plus(2, ChronoUnit.HOURS)).end(start.plus(3, ChronoUnit.HOURS))));
        assertThat(moved.agenda()).isEqualTo("Moved");
        assertThat(moved.start()).isEqualTo(start.plus(2, ChronoUnit.HOURS));
        assertThat(moved.password()).as("kept by the pre-filled update").isEqualTo(meeting.password());
        Meeting renamed = await(meetings.meetings().update(meeting.id(), m -> m.title("Renamed")
                .password(meeting.password()).start(start).end(start.plus(1, ChronoUnit.HOURS))));
        assertThat(renamed.title()).isEqualTo("Renamed");
        assertThat(renamed.agenda()).as("cleared by the update by id").isNull();

        await(meetings.meetings().delete(meeting.id()));
        assertThat(apiError(meetings.meetings().get(meeting.id())).statusCode()).isEqualTo(404);
    }

    @Test
    void meetingTemplatesAreListedAndGotAsync() {
        AsyncCiscoSparkAPI meetings = meetingsClient();
        List<MeetingTemplate> templates = await(meetings.meetingTemplates().list().toList());
        assertThat(templates).isNotEmpty();
        assertThat(await(meetings.meetingTemplates().get(templates.get(0).id()))).isEqualTo(templates.get(0));
        assertThat(await(meetings.meetingTemplates().list(q -> q.max(1)).first(1))).hasSize(1);
    }

    @Test
    void inviteesAreInvitedOneByOneAndInBulkAsync() {
        AsyncCiscoSparkAPI meetings = meetingsClient();
        Instant start = tomorrow();
        Meeting meeting = await(meetings.meetings().create("Invites", start, start.plus(1, ChronoUnit.HOURS)));
        MeetingInvitee bob = await(meetings.meetingInvitees().create(meeting.id(), "bob@example.com"));
        assertThat(await(meetings.meetingInvitees().get(bob.id()))).isEqualTo(bob);
        MeetingInvitee cohost = await(meetings.meetingInvitees().update(bob.id(),
                i -> i.email("bob@example.com").coHost(true)));
        assertThat(cohost.coHost()).isTrue();
        List<MeetingInvitee> bulk = await(meetings.meetingInvitees().bulkInsert(meeting.id(),
                b -> b.invitee("carol@example.com").invitee("dave@example.com", "Dave", false)));
        assertThat(bulk).extracting(MeetingInvitee::email).containsExactly("carol@example.com", "dave@example.com");
        MeetingInvitee erin = await(meetings.meetingInvitees().create(i -> i.meetingId(meeting.id())
                .email("erin@example.com").displayName("Erin")));
        assertThat(await(meetings.meetingInvitees().list(meeting.id()).toList()))
                .extracting(MeetingInvitee::email)
                .containsExactlyInAnyOrder("bob@example.com", "carol@example.com", "dave@example.com", "erin@example.com");
        assertThat(apiError(meetings.meetingInvitees().create(meeting.id(), "bob@example.com")).statusCode())
                .isEqualTo(409);

        await(meetings.meetingInvitees().delete(erin.id()));
        assertThat(await(meetings.meetingInvitees().list(q -> q.meetingId(meeting.id()).max(2)).toList()))
                .hasSize(3);
    }

    @Test
    void registrantsOfAWebinarAreCreatedListedGotAndDeletedAsync() {
        AsyncCiscoSparkAPI meetings = meetingsClient();
        Instant start = tomorrow();
        Meeting webinar = await(meetings.meetings().create(m -> m.title("Webinar").start(start)
                .end(start.plus(1, ChronoUnit.HOURS)).scheduledType(MeetingScheduledType.WEBINAR)
                .registration(r -> r.autoAcceptRequest(true))));
        MeetingRegistrant carol = await(meetings.meetingRegistrants().create(webinar.id(), "Carol", "Jones",
                "carol@example.org"));
        assertThat(carol.status()).isEqualTo(RegistrantStatus.APPROVED);
        MeetingRegistrant dave = await(meetings.meetingRegistrants().create(webinar.id(), r -> r.firstName("Dave")
                .lastName("Smith").email("dave@example.org").companyName("Acme")));
        assertThat(await(meetings.meetingRegistrants().get(webinar.id(), dave.id()))).isEqualTo(dave);
        assertThat(await(meetings.meetingRegistrants().list(webinar.id()).toList()))
                .extracting(MeetingRegistrant::id).containsExactlyInAnyOrder(carol.id(), dave.id());

        await(meetings.meetingRegistrants().delete(webinar.id(), carol.id()));
        assertThat(await(meetings.meetingRegistrants().list(webinar.id(), q -> q.max(5)).toList()))
                .extracting(MeetingRegistrant::id).containsExactly(dave.id());
    }

    @Test
    void aSeededRecordingIsListedGotAndDeletedAsync() {
        AsyncCiscoSparkAPI meetings = meetingsClient();
        Instant start = tomorrow();
        Meeting meeting = await(meetings.meetings().create("Recorded", start, start.plus(1, ChronoUnit.HOURS)));
        String recordingId = fake.seedRecording(meeting.id());

        List<Recording> recordings = await(meetings.recordings().list(q -> q.meetingId(meeting.id())).toList());
        assertThat(recordings).extracting(Recording::id).containsExactly(recordingId);
        assertThat(await(meetings.recordings().get(recordingId))).isEqualTo(recordings.get(0));
        assertThat(await(meetings.recordings().get(recordingId, q -> q.hostEmail(fake.admin().email()))))
                .isEqualTo(recordings.get(0));
        assertThat(await(meetings.recordings().list().toList())).extracting(Recording::id).contains(recordingId);

        await(meetings.recordings().delete(recordingId, q -> q.hostEmail(fake.admin().email())));
        assertThat(apiError(meetings.recordings().get(recordingId)).statusCode()).isEqualTo(404);
    }

    /** The start of the next hour a day from now: a time the fake schedules meetings at. */
    private static Instant tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
    }

    // ---------------------------------------------------------------- paging

    @Test
    void anAsyncListingPagesOnDemandAndStartsAfreshEachTime() throws InterruptedException {
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            titles.add(await(api.rooms().create("Room " + i)).title());
        }
        fake.journal().clear();

        AsyncPagedIterable<Room> rooms = api.rooms().list(q -> q.max(3));
        assertThat(fake.journal().requests()).as("nothing is fetched before use").isEmpty();
        assertThat(await(rooms.toList())).extracting(Room::title).containsExactlyInAnyOrderElementsOf(titles);
        assertThat(requests("GET", "/v1/rooms")).hasSize(3).allSatisfy(r -> assertThat(r.query()).contains("max=3"));

        List<Room> seen = new CopyOnWriteArrayList<>();
        await(rooms.forEach(seen::add));
        assertThat(seen).hasSize(7);
        fake.journal().clear();

        BlockingQueue<Page<Room>> pages = new LinkedBlockingQueue<>();
        Flow.Subscription[] subscription = new Flow.Subscription[1];
        CompletableFuture<Void> done = new CompletableFuture<>();
        rooms.pages().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription[0] = s;
                s.request(1);
            }

            @Override
            public void onNext(Page<Room> page) {
                pages.add(page);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        Page<Room> first = pages.poll(30, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(first.items()).hasSize(3);
        assertThat(requests("GET", "/v1/rooms")).as("one page asked for, one fetched").hasSize(1);
        subscription[0].request(2);
        assertThat(pages.poll(30, TimeUnit.SECONDS).items()).hasSize(3);
        assertThat(pages.poll(30, TimeUnit.SECONDS).items()).hasSize(1);
        await(done);
        assertThat(requests("GET", "/v1/rooms")).hasSize(3);

        URI next = first.nextLink().orElseThrow();
        assertThat(await(rooms.resumeAt(next).toList())).hasSize(4);
    }

    @Test
    void firstAsksForASinglePageOfThatSizeAndThePublisherHandsOutEveryItem() {
        for (int i = 1; i <= 5; i++) {
            await(api.rooms().create("Room " + i));
        }
        fake.journal().clear();
        assertThat(await(api.rooms().list().first(2))).hasSize(2);
        assertThat(requests("GET", "/v1/rooms")).singleElement().satisfies(r -> assertThat(r.query()).contains("max=2"));

        List<Room> items = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        api.rooms().list(q -> q.max(2)).publisher().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Room room) {
                items.add(room);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        await(done);
        assertThat(items).hasSize(5);
    }

    // ---------------------------------------------------------------- raw session, faults and errors

    @Test
    void theRawAsyncSessionReachesAnyPath() {
        Map<String, Object> created = await(api.session().post("rooms", Map.of("title", "Raw")));
        String roomId = (String) created.get("id");
        assertThat(await(api.session().put("rooms/" + roomId, Map.of("title", "Raw 2"))).get("title")).isEqualTo("Raw 2");
        await(api.session().post("messages", Map.of("roomId", roomId, "text", "raw")));
        assertThat(await(api.session().getItems("messages", Map.of("roomId", roomId)).toList())).hasSize(1);
        assertThat(await(api.session().get("rooms/" + roomId, Map.of())).get("title")).isEqualTo("Raw 2");
        await(api.session().delete("rooms/" + roomId));
        assertThat(apiError(api.session().get("rooms/" + roomId, Map.of())).statusCode()).isEqualTo(404);
    }

    @Test
    void aRateLimitIsWaitedOutAndA503OnAGetIsRetriedAsync() {
        fake.faults().rateLimit("GET", "^/v1/people/me$", 1, "1");
        assertThat(await(api.people().me()).id()).isEqualTo(fake.admin().id());
        assertThat(requests("GET", "/v1/people/me")).hasSize(2);

        await(api.rooms().create("Survivor"));
        fake.journal().clear();
        fake.faults().fail("GET", "^/v1/rooms$", 1, 503);
        assertThat(await(api.rooms().list().toList())).extracting(Room::title).containsExactly("Survivor");
        assertThat(requests("GET", "/v1/rooms")).hasSize(2);
    }

    @Test
    void a503OnAPostIsNotRetriedAsync() {
        fake.faults().fail("POST", "^/v1/rooms$", 1, 503);
        SparkApiException e = apiError(api.rooms().create("Maybe"));
        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(requests("POST", "/v1/rooms")).hasSize(1);
    }

    @Test
    void aBadTokenIsUnauthorizedAndAnUnknownIdNotFoundForEveryGroupAsync() {
        SparkApiException unauthorized = apiError(actingAs("not-a-token").people().me());
        assertThat(unauthorized.statusCode()).isEqualTo(401);
        assertThat(unauthorized.getMessage()).doesNotContain("not-a-token");

        List<CompletableFuture<?>> calls = List.of(api.people().get("nope"), api.rooms().get("nope"),
                api.memberships().get("nope"), api.messages().get("nope"), api.teams().get("nope"),
                api.teamMemberships().get("nope"), api.webhooks().get("nope"), api.organizations().get("nope"),
                api.licenses().get("nope"), api.roles().get("nope"), api.events().get("nope"),
                api.meetingInvitees().get("nope"), api.recordings().get("nope"));
        assertThat(calls).allSatisfy(call -> assertThat(apiError(call).statusCode()).isEqualTo(404));
    }

    @Test
    void aBadArgumentThrowsFromTheAsyncCallBeforeAnyRequest() {
        fake.journal().clear();
        assertThatThrownBy(() -> api.messages().create(m -> m.roomId("R1").html("<p>hi</p>")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> api.meetings().create("t", Instant.now().plusSeconds(60), Instant.now()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after start");
        assertThat(fake.journal().requests()).isEmpty();
    }

    @Test
    void aClosedClientFailsItsAsyncCalls() {
        CiscoSparkAPI client = SparkClients.builderFor(fake, fake.admin()).build();
        AsyncCiscoSparkAPI async = client.async();
        client.close();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> async.people().me().get(30, TimeUnit.SECONDS));
        assertThat(failure).isInstanceOf(ExecutionException.class).cause().isInstanceOf(SparkException.class)
                .hasMessageContaining("closed");
    }}
