package io.ciscosparkapi.testkit.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.Page;
import io.ciscosparkapi.PagedIterable;
import io.ciscosparkapi.SparkApiException;
import io.ciscosparkapi.SparkSession;
import io.ciscosparkapi.model.AccessToken;
import io.ciscosparkapi.model.Event;
import io.ciscosparkapi.model.License;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Organization;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.PersonType;
import io.ciscosparkapi.model.Role;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomType;
import io.ciscosparkapi.model.Team;
import io.ciscosparkapi.model.TeamMembership;
import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookEvent;
import io.ciscosparkapi.model.WebhookStatus;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import io.ciscosparkapi.testkit.RecordedRequest;
import io.ciscosparkapi.testkit.WebhookDelivery;
import io.ciscosparkapi.testkit.junit.SparkClients;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every resource operation of the SDK, run through the SDK against the fake Spark, with strict
 * models: a field the fake sends that a model does not know fails the call. The subclasses run
 * the same cases in-process and over loopback HTTP.
 */
abstract class EndToEndSuite {

    private static final String REDIRECT_URI = "https://app.example.com/oauth/callback";

    private final List<CiscoSparkAPI> clients = new ArrayList<>();

    FakeSpark fake;
    CiscoSparkAPI api;

    @BeforeEach
    void setUp(FakeSpark fake, CiscoSparkAPI api) {
        this.fake = fake;
        this.api = api;
    }

    @AfterEach
    void closeClients() {
        clients.forEach(CiscoSparkAPI::close);
        clients.clear();
    }

    /** A new strict client acting as {@code user}, closed after the test. */
    CiscoSparkAPI clientFor(FakeUser user) {
        return keep(SparkClients.builderFor(fake, user).strictModels(true).build());
    }

    CiscoSparkAPI keep(CiscoSparkAPI client) {
        clients.add(client);
        return client;
    }

    /** The requests the fake received for a method and exact path, in order. */
    List<RecordedRequest> requests(String method, String path) {
        return fake.journal().requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    static SparkApiException apiError(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(SparkApiException.class);
        return (SparkApiException) thrown;
    }

    /** A downloaded file. */
    record Download(byte[] bytes, String contentType, String disposition) {
    }

    /** GETs a URL the way a user of the SDK would fetch a file: with the bearer token. */
    Download download(String url, String token) throws Exception {
        if (fake.isServingHttp()) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return new Download(r.body(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Content-Disposition").orElse(null));
        }
        try (Transport transport = fake.transport();
             TransportResponse r = transport.execute(TransportRequest.builder("GET", URI.create(url))
                     .header("Authorization", "Bearer " + token).build())) {
            assertThat(r.status()).isEqualTo(200);
            return new Download(r.body().readAllBytes(), r.headers().first("Content-Type").orElse(null),
                    r.headers().first("Content-Disposition").orElse(null));
        }
    }

    // ---------------------------------------------------------------- people

    @Test
    void meIsTheAdminAndGettingItByIdGivesAnEqualPerson() {
        Person me = api.people().me();
        assertThat(me.id()).isEqualTo(fake.admin().id());
        assertThat(me.emails()).containsExactly(fake.admin().email());
        assertThat(me.displayName()).isEqualTo(fake.admin().displayName());
        assertThat(me.orgId()).isEqualTo(fake.admin().orgId());
        assertThat(me.type()).isEqualTo(PersonType.PERSON);
        assertThat(me.roles()).isNotEmpty();
        assertThat(me.created()).isNotNull();
        assertThat(api.people().get(me.id())).isEqualTo(me);
    }

    @Test
    void anAdminCreatesGetsListsUpdatesAndDeletesAPerson() {
        Person carol = api.people().create(p -> p.emails("carol@example.com").displayName("Carol Jones")
                .firstName("Carol").lastName("Jones"));
        assertThat(carol.id()).isNotBlank();
        assertThat(carol.emails()).containsExactly("carol@example.com");
        assertThat(carol.firstName()).isEqualTo("Carol");
        assertThat(api.people().get(carol.id())).isEqualTo(carol);

        assertThat(api.people().list(q -> q.email("carol@example.com")).toList()).containsExactly(carol);
        assertThat(api.people().list(q -> q.displayName("Carol")).toList()).extracting(Person::id)
                .containsExactly(carol.id());
        assertThat(api.people().list().toList()).extracting(Person::id).contains(fake.admin().id(), carol.id());

        Person renamed = api.people().update(carol, p -> p.displayName("Caroline Jones"));
        assertThat(renamed.displayName()).isEqualTo("Caroline Jones");
        assertThat(renamed.emails()).containsExactly("carol@example.com");
        assertThat(renamed.lastName()).isEqualTo("Jones");
        assertThat(renamed.lastModified()).isNotNull();

        api.people().delete(carol.id());
        assertThat(apiError(() -> api.people().get(carol.id())).statusCode()).isEqualTo(404);
        assertThat(api.people().list(q -> q.email("carol@example.com")).toList()).isEmpty();
    }

    @Test
    void anUpdateByIdReplacesThePersonWithExactlyTheFieldsSent() {
        Person dave = api.people().create(p -> p.emails("dave@example.com").displayName("Dave").title("Engineer"));
        assertThat(dave.title()).isEqualTo("Engineer");

        Person replaced = api.people().update(dave.id(), p -> p.emails("dave@example.com").displayName("David"));

        assertThat(replaced.displayName()).isEqualTo("David");
        assertThat(replaced.title()).as("a field not sent is cleared").isNull();
        assertThat(api.people().list(q -> q.id(dave.id(), fake.admin().id())).toList()).extracting(Person::id)
                .containsExactlyInAnyOrder(dave.id(), fake.admin().id());
    }

    @Test
    void nestedPersonFieldsAreKnownToTheModelAndKeptByAnUpdate() {
        Person erin = api.people().create(p -> p.emails("erin@example.com").displayName("Erin")
                .phoneNumbers(List.of(Map.of("type", "work", "value", "+1 555 0101", "primary", true)))
                .addresses(List.of(Map.of("type", "work", "country", "US", "locality", "Austin")))
                .siteUrls("example.webex.com#attendee").department("Support"));
        assertThat(erin.phoneNumbers()).singleElement().satisfies(n -> assertThat(n.value()).isEqualTo("+1 555 0101"));
        assertThat(erin.addresses()).singleElement().satisfies(a -> assertThat(a.locality()).isEqualTo("Austin"));

        Person moved = api.people().update(erin, p -> p.department("Platform"));

        assertThat(moved.department()).isEqualTo("Platform");
        assertThat(moved.phoneNumbers()).isEqualTo(erin.phoneNumbers());
        assertThat(moved.addresses()).isEqualTo(erin.addresses());
        assertThat(moved.siteUrls()).containsExactly("example.webex.com#attendee");
    }

    @Test
    void unicodeSurvivesTheRoundTrip() {
        String title = "Caf\u00e9 \u2615 \u65e5\u672c \ud83d\ude80";
        Room room = api.rooms().create(title);
        Message message = api.messages().create(room.id(), "na\u00efve \ud83d\ude00 \u00fcber");

        assertThat(api.rooms().get(room.id()).title()).isEqualTo(title);
        assertThat(api.messages().get(message.id()).text()).isEqualTo("na\u00efve \ud83d\ude00 \u00fcber");
        assertThat(api.rooms().list().toList()).extracting(Room::title).containsExactly(title);
    }

    @Test
    void creatingAPersonWhoExistsIsAConflict() {
        assertThat(apiError(() -> api.people().create(p -> p.emails(fake.admin().email()))).statusCode())
                .isEqualTo(409);
    }

    // ---------------------------------------------------------------- rooms

    @Test
    void roomsAreCreatedGotUpdatedListedAndDeleted() {
        Room room = api.rooms().create("Ops");
        assertThat(room.title()).isEqualTo("Ops");
        assertThat(room.type()).isEqualTo(RoomType.GROUP);
        assertThat(room.creatorId()).isEqualTo(fake.admin().id());
        assertThat(api.rooms().get(room.id())).isEqualTo(room);

        Room renamed = api.rooms().update(room.id(), r -> r.title("Ops on call"));
        assertThat(renamed.title()).isEqualTo("Ops on call");
        Room other = api.rooms().create(r -> r.title("Public").description("For all").isPublic(true));
        assertThat(other.description()).isEqualTo("For all");

        assertThat(api.rooms().list().toList()).extracting(Room::title).containsExactlyInAnyOrder("Ops on call", "Public");
        assertThat(api.rooms().list(q -> q.type(RoomType.GROUP).sortBy("created")).toList()).extracting(Room::id)
                .containsExactly(other.id(), room.id());
        assertThat(api.rooms().list(q -> q.type(RoomType.DIRECT)).toList()).isEmpty();

        api.rooms().delete(room.id());
        assertThat(apiError(() -> api.rooms().get(room.id())).statusCode()).isEqualTo(404);
        assertThat(api.rooms().list().toList()).extracting(Room::id).containsExactly(other.id());
    }

    @Test
    void aRoomHasMeetingDetails() {
        Room room = api.rooms().create("Meet here");
        var info = api.rooms().meetingInfo(room.id());
        assertThat(info.roomId()).isEqualTo(room.id());
        assertThat(info.meetingLink()).startsWith("https://");
        assertThat(info.sipAddress()).contains("@");
    }

    // ---------------------------------------------------------------- memberships

    @Test
    void theCreatorIsTheFirstMemberAndAddingYourselfAgainIsAConflictThatIsNotRetried() {
        Room room = api.rooms().create("Mine");
        List<Membership> members = api.memberships().list(room.id()).toList();
        assertThat(members).extracting(Membership::personId).containsExactly(fake.admin().id());
        assertThat(members.get(0).isModerator()).isFalse();
        assertThat(members.get(0).roomType()).isEqualTo(RoomType.GROUP);

        SparkApiException conflict = apiError(() -> api.memberships()
                .create(m -> m.roomId(room.id()).personId(fake.admin().id())));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.trackingId()).isNotBlank();
        assertThat(conflict.getMessage()).contains("Response Code [409]");
        assertThat(requests("POST", "/v1/memberships")).hasSize(1);
    }

    @Test
    void membershipsAreCreatedGotUpdatedListedAndDeleted() {
        FakeUser bob = fake.createUser("Bob");
        Room room = api.rooms().create("Team room");
        Membership added = api.memberships().create(m -> m.roomId(room.id()).personEmail(bob.email()));
        assertThat(added.personId()).isEqualTo(bob.id());
        assertThat(added.personEmail()).isEqualTo(bob.email());
        assertThat(added.personDisplayName()).isEqualTo("Bob");
        assertThat(added.isModerator()).isFalse();
        assertThat(api.memberships().get(added.id())).isEqualTo(added);

        Membership own = api.memberships().list(q -> q.roomId(room.id()).personId(fake.admin().id())).first(1).get(0);
        assertThat(api.memberships().update(own.id(), m -> m.isModerator(true)).isModerator()).isTrue();
        assertThat(api.rooms().get(room.id()).isLocked()).as("a room with a moderator is locked").isTrue();
        Membership promoted = api.memberships().update(added.id(), true);
        assertThat(promoted.isModerator()).isTrue();

        assertThat(api.memberships().list(room.id()).toList()).extracting(Membership::personId)
                .containsExactlyInAnyOrder(fake.admin().id(), bob.id());
        assertThat(api.memberships().list(q -> q.roomId(room.id()).personEmail(bob.email())).toList())
                .extracting(Membership::id).containsExactly(added.id());
        assertThat(api.memberships().list().toList()).extracting(Membership::roomId).containsExactly(room.id());
        assertThat(clientFor(bob).rooms().list().toList()).extracting(Room::id).containsExactly(room.id());

        api.memberships().delete(added.id());
        assertThat(apiError(() -> api.memberships().get(added.id())).statusCode()).isEqualTo(404);
        assertThat(api.memberships().list(room.id()).toList()).extracting(Membership::personId)
                .containsExactly(fake.admin().id());
    }

    // ---------------------------------------------------------------- messages

    @Test
    void messagesAreListedNewestFirstAndFilteredByTimeAndMessage() {
        Room room = api.rooms().create("Chatter");
        Message first = api.messages().create(room.id(), "one");
        Message second = api.messages().create(room.id(), "two");
        Message third = api.messages().create(room.id(), "three");
        assertThat(third.created()).isAfter(second.created());

        assertThat(api.messages().list(room.id()).toList()).extracting(Message::text)
                .containsExactly("three", "two", "one");
        assertThat(api.messages().list(q -> q.roomId(room.id()).before(second.created())).toList())
                .extracting(Message::id).containsExactly(first.id());
        assertThat(api.messages().list(q -> q.roomId(room.id()).beforeMessage(third.id())).toList())
                .extracting(Message::id).containsExactly(second.id(), first.id());
    }

    @Test
    void aMarkdownMentionIsFoundAndListedWithMentionedPeopleMe() {
        FakeUser bob = fake.createUser("Bob");
        Room room = api.rooms().create("Mentions");
        api.memberships().create(m -> m.roomId(room.id()).personId(bob.id()));
        api.messages().create(room.id(), "no mention");
        Message mention = api.messages().create(m -> m.roomId(room.id())
                .markdown("Hi <@personEmail:" + bob.email() + ">, see **this**"));
        assertThat(mention.markdown()).contains("**this**");
        assertThat(mention.mentionedPeople()).containsExactly(bob.id());
        assertThat(mention.text()).contains("Bob").doesNotContain("**");
        assertThat(mention.html()).contains("<strong>this</strong>");

        CiscoSparkAPI asBob = clientFor(bob);
        assertThat(asBob.messages().list(q -> q.roomId(room.id()).mentionedPeople("me")).toList())
                .extracting(Message::id).containsExactly(mention.id());
        assertThat(api.messages().list(q -> q.roomId(room.id()).mentionedPeople("me")).toList()).isEmpty();
    }

    @Test
    void aMessageIsEditedByItsAuthor() {
        Room room = api.rooms().create("Edits");
        Message typo = api.messages().create(room.id(), "helo");

        Message fixed = api.messages().update(typo.id(), m -> m.roomId(room.id()).markdown("**hello**"));

        assertThat(fixed.id()).isEqualTo(typo.id());
        assertThat(fixed.markdown()).isEqualTo("**hello**");
        assertThat(fixed.text()).isEqualTo("hello");
        assertThat(fixed.updated()).isNotNull();
        assertThat(api.messages().get(typo.id())).isEqualTo(fixed);
    }

    @Test
    void repliesFormAThreadAndCardsComeBackAsAttachments() {
        Room room = api.rooms().create("Threads");
        Map<String, Object> card = Map.of("type", "AdaptiveCard", "version", "1.2",
                "body", List.of(Map.of("type", "TextBlock", "text", "Approve?")));
        Message parent = api.messages().create(m -> m.roomId(room.id()).text("card fallback").adaptiveCard(card));
        assertThat(parent.attachments()).hasSize(1);
        assertThat(parent.attachments().get(0).contentType()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(parent.attachments().get(0).content()).isEqualTo(card);

        Message reply = api.messages().create(m -> m.roomId(room.id()).parentId(parent.id()).text("approved"));
        api.messages().create(room.id(), "unrelated");

        assertThat(reply.parentId()).isEqualTo(parent.id());
        assertThat(api.messages().list(q -> q.roomId(room.id()).parentId(parent.id())).toList())
                .extracting(Message::id).containsExactly(reply.id());
    }

    @Test
    void aMessageWithAFileUrlGetsAContentUrlServingThatFile() throws Exception {
        fake.serveFileAt("https://example.com/a.png", new byte[] {1, 2, 3}, "image/png", "a.png");
        Room room = api.rooms().create("Files");
        Message message = api.messages().create(m -> m.roomId(room.id()).text("see").files("https://example.com/a.png"));
        assertThat(message.files()).hasSize(1);
        assertThat(message.files().get(0)).startsWith(api.baseUrl() + "contents/");
        assertThat(api.messages().get(message.id()).files()).isEqualTo(message.files());
        Download fetched = download(message.files().get(0), fake.admin().token());
        assertThat(fetched.bytes()).containsExactly(1, 2, 3);
        assertThat(fetched.disposition()).isEqualTo("attachment; filename=\"a.png\"");
    }

    @Test
    void aLocalFileIsUploadedAsMultipartAndItsBytesCanBeFetched(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("trace.bin"), bytes);
        Room room = api.rooms().create("Uploads");

        Message message = api.messages().create(m -> m.roomId(room.id()).text("the trace").file(file));

        RecordedRequest sent = fake.journal().last();
        assertThat(sent.path()).isEqualTo("/v1/messages");
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(message.text()).isEqualTo("the trace");
        assertThat(message.files()).hasSize(1);
        String url = message.files().get(0);
        assertThat(url).startsWith(api.baseUrl().toString());
        Download fetched = download(url, fake.admin().token());
        assertThat(fetched.bytes()).isEqualTo(bytes);
        assertThat(fetched.disposition()).isEqualTo("attachment; filename=\"trace.bin\"");
    }

    @Test
    void anUploadedFileKeepsItsNameAndGuessedContentType(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes \"draft\" v2.csv"), "a,b\n1,2\n");
        Room room = api.rooms().create("Named uploads");

        Message message = api.messages().create(m -> m.roomId(room.id()).file(file));

        Download fetched = download(message.files().get(0), fake.admin().token());
        assertThat(new String(fetched.bytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        assertThat(fetched.contentType()).isEqualTo("text/csv");
        assertThat(fetched.disposition()).isEqualTo("attachment; filename=\"notes draft v2.csv\"");
    }

    @Test
    void htmlAloneIsNotContentOnEitherSide() {
        Room room = api.rooms().create("Html");
        assertThatThrownBy(() -> api.messages().create(m -> m.roomId(room.id()).html("<p>hi</p>")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(apiError(() -> api.session().post("messages", Map.of("roomId", room.id(), "html", "<p>hi</p>")))
                .statusCode()).isEqualTo(400);
        Message both = api.messages().create(m -> m.roomId(room.id()).text("hi").html("<p>hi</p>"));
        assertThat(both.html()).isEqualTo("<p>hi</p>");
    }

    @Test
    void aMessageIsGotAndAfterDeletionNotFound() {
        Room room = api.rooms().create("Ephemeral");
        Message message = api.messages().create(room.id(), "soon gone");
        assertThat(api.messages().get(message.id())).isEqualTo(message);

        api.messages().delete(message.id());

        assertThat(apiError(() -> api.messages().get(message.id())).statusCode()).isEqualTo(404);
        assertThat(api.messages().list(room.id()).toList()).isEmpty();
    }

    @Test
    void aDirectMessageByEmailOpensADirectRoomBothSidesSee() {
        FakeUser bob = fake.createUser("Bob");
        Message hello = api.messages().create(m -> m.toPersonEmail(bob.email()).text("hello Bob"));
        assertThat(hello.roomType()).isEqualTo(RoomType.DIRECT);
        assertThat(hello.toPersonEmail()).isEqualTo(bob.email());

        assertThat(api.messages().listDirect(q -> q.personEmail(bob.email())).toList()).extracting(Message::id)
                .containsExactly(hello.id());
        CiscoSparkAPI asBob = clientFor(bob);
        assertThat(asBob.messages().listDirect(q -> q.personId(fake.admin().id())).toList()).extracting(Message::text)
                .containsExactly("hello Bob");
        Room direct = asBob.rooms().get(hello.roomId());
        assertThat(direct.type()).isEqualTo(RoomType.DIRECT);
        assertThat(direct.title()).isEqualTo(fake.admin().displayName());

        Message byId = api.messages().create(m -> m.toPersonId(bob.id()).text("again"));
        assertThat(byId.roomId()).isEqualTo(hello.roomId());
        assertThat(byId.toPersonId()).isEqualTo(bob.id());

        Membership bobs = asBob.memberships().list(q -> q.roomId(direct.id()).personId(bob.id())).toList().get(0);
        assertThat(bobs.isRoomHidden()).isFalse();
        assertThat(asBob.memberships().update(bobs.id(), m -> m.isModerator(false).isRoomHidden(true)).isRoomHidden())
                .isTrue();
    }

    // ---------------------------------------------------------------- teams

    @Test
    void teamsAreCreatedWithAGeneralRoomGotUpdatedListedAndDeleted() {
        Team team = api.teams().create(t -> t.name("Engineering").description("Builders"));
        assertThat(team.name()).isEqualTo("Engineering");
        assertThat(team.description()).isEqualTo("Builders");
        assertThat(api.teams().get(team.id())).isEqualTo(team);
        assertThat(api.teams().list().toList()).containsExactly(team);

        List<Room> teamRooms = api.rooms().list(q -> q.teamId(team.id())).toList();
        assertThat(teamRooms).extracting(Room::title).containsExactly("Engineering");
        assertThat(teamRooms.get(0).teamId()).isEqualTo(team.id());

        Team renamed = api.teams().update(team.id(), t -> t.name("Platform"));
        assertThat(renamed.name()).isEqualTo("Platform");

        api.teams().delete(team.id());
        assertThat(apiError(() -> api.teams().get(team.id())).statusCode()).isEqualTo(404);
        assertThat(api.teams().list().toList()).isEmpty();
    }

    @Test
    void teamMembershipsAreCreatedGotUpdatedListedAndDeleted() {
        FakeUser bob = fake.createUser("Bob");
        Team team = api.teams().create("Support");
        List<TeamMembership> initial = api.teamMemberships().list(team.id()).toList();
        assertThat(initial).extracting(TeamMembership::personId).containsExactly(fake.admin().id());
        assertThat(initial.get(0).isModerator()).isTrue();

        TeamMembership added = api.teamMemberships().create(m -> m.teamId(team.id()).personEmail(bob.email()));
        assertThat(added.personId()).isEqualTo(bob.id());
        assertThat(added.isModerator()).isFalse();
        assertThat(api.teamMemberships().get(added.id())).isEqualTo(added);
        assertThat(apiError(() -> api.teamMemberships().create(m -> m.teamId(team.id()).personId(bob.id())))
                .statusCode()).isEqualTo(409);

        assertThat(api.teamMemberships().update(added.id(), true).isModerator()).isTrue();
        assertThat(clientFor(bob).teams().list().toList()).extracting(Team::id).containsExactly(team.id());

        api.teamMemberships().delete(added.id());
        assertThat(apiError(() -> api.teamMemberships().get(added.id())).statusCode()).isEqualTo(404);
        assertThat(api.teamMemberships().list(team.id()).toList()).extracting(TeamMembership::personId)
                .containsExactly(fake.admin().id());
    }

    // ---------------------------------------------------------------- webhooks

    @Test
    void webhooksAreCreatedGotUpdatedListedAndDeleted() {
        Room room = api.rooms().create("Hooked");
        Webhook hook = api.webhooks().create(w -> w.name("bot").targetUrl("https://example.com/hook")
                .resource("messages").event("created").filter("roomId=" + room.id()).secret("s3cret"));
        assertThat(hook.name()).isEqualTo("bot");
        assertThat(hook.resource()).isEqualTo("messages");
        assertThat(hook.event()).isEqualTo("created");
        assertThat(hook.filter()).isEqualTo("roomId=" + room.id());
        assertThat(hook.status()).isEqualTo(WebhookStatus.ACTIVE);
        assertThat(hook.createdBy()).isEqualTo(fake.admin().id());
        assertThat(api.webhooks().get(hook.id())).isEqualTo(hook);
        assertThat(api.webhooks().list().toList()).containsExactly(hook);

        Webhook updated = api.webhooks().update(hook.id(), w -> w.name("renamed").targetUrl("https://example.com/new")
                .status(WebhookStatus.ACTIVE));
        assertThat(updated.name()).isEqualTo("renamed");
        assertThat(updated.targetUrl()).isEqualTo("https://example.com/new");
        assertThat(updated.filter()).isEqualTo(hook.filter());

        api.webhooks().delete(hook.id());
        assertThat(apiError(() -> api.webhooks().get(hook.id())).statusCode()).isEqualTo(404);
        assertThat(api.webhooks().list().toList()).isEmpty();
    }

    // ---------------------------------------------------------------- organizations, licenses, roles

    @Test
    void organizationsLicensesAndRolesAreListedAndGot() {
        List<Organization> orgs = api.organizations().list().toList();
        assertThat(orgs).extracting(Organization::id).contains(fake.admin().orgId());
        Organization org = api.organizations().get(fake.admin().orgId());
        assertThat(org.displayName()).isEqualTo("Example Corp");

        List<License> licenses = api.licenses().list().toList();
        assertThat(licenses).isNotEmpty();
        License license = licenses.get(0);
        assertThat(license.totalUnits()).isNotNull();
        assertThat(api.licenses().get(license.id())).isEqualTo(license);
        assertThat(api.licenses().list(q -> q.orgId(fake.admin().orgId())).toList()).isEqualTo(licenses);

        List<Role> roles = api.roles().list().toList();
        assertThat(roles).isNotEmpty();
        assertThat(api.roles().get(roles.get(0).id())).isEqualTo(roles.get(0));
        assertThat(api.people().me().roles()).isSubsetOf(roles.stream().map(Role::id).toList());
    }

    // ---------------------------------------------------------------- events

    @Test
    void eventsRecordActivityAndAreGotById() {
        Room room = api.rooms().create("Audited");
        Message message = api.messages().create(room.id(), "for the record");

        List<Event> created = api.events().list(q -> q.resource("messages").type("created")).toList();
        assertThat(created).hasSize(1);
        Event event = created.get(0);
        assertThat(event.actorId()).isEqualTo(fake.admin().id());
        Message snapshot = event.data(Message::new);
        assertThat(snapshot.id()).isEqualTo(message.id());
        assertThat(snapshot.unknownFields()).isEmpty();
        assertThat(api.events().get(event.id())).isEqualTo(event);

        api.messages().delete(message.id());
        assertThat(api.events().list(q -> q.resource("messages").actorId(fake.admin().id())).toList())
                .extracting(Event::type).containsExactly("deleted", "created");
        assertThat(api.events().list(q -> q.resource("messages").from(event.created()).to(event.created().plusMillis(1)))
                .toList()).containsExactly(event);
        assertThat(api.events().list(q -> q.resource("messages").to(event.created())).toList()).isEmpty();
    }

    // ---------------------------------------------------------------- access tokens

    @Test
    void anAuthorizationCodeIsExchangedForTokensThatWorkAndRefresh() {
        FakeUser bob = fake.createUser("Bob");
        fake.registerOAuthClient("integration-id", "integration-secret");
        String code = fake.issueAuthCode("integration-id", bob, REDIRECT_URI);

        AccessToken tokens = api.accessTokens().get("integration-id", "integration-secret", code, REDIRECT_URI);
        assertThat(fake.journal().last().authorization()).isNull();
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.expiresIn()).isPositive();
        assertThat(tokens.refreshTokenExpiresIn()).isPositive();
        assertThat(actingAs(tokens.accessToken()).people().me().id()).isEqualTo(bob.id());

        AccessToken refreshed = api.accessTokens().refresh("integration-id", "integration-secret", tokens.refreshToken());
        assertThat(refreshed.accessToken()).isNotEqualTo(tokens.accessToken());
        assertThat(actingAs(refreshed.accessToken()).people().me().id()).isEqualTo(bob.id());

        assertThat(apiError(() -> api.accessTokens().get("integration-id", "integration-secret", code, REDIRECT_URI))
                .statusCode()).isEqualTo(400);
    }

    private CiscoSparkAPI actingAs(String token) {
        return keep(SparkClients.builderFor(fake, fake.admin()).accessToken(token).strictModels(true).build());
    }

    // ---------------------------------------------------------------- paging

    @Test
    void aListingWithASmallPageSizeFollowsNextLinksAcrossSeveralPages() {
        List<String> titles = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            titles.add(api.rooms().create("Room " + i).title());
        }
        fake.journal().clear();

        PagedIterable<Room> rooms = api.rooms().list(q -> q.max(3));
        assertThat(fake.journal().requests()).as("nothing is fetched before iteration").isEmpty();
        assertThat(rooms.toList()).extracting(Room::title).containsExactlyInAnyOrderElementsOf(titles);

        List<RecordedRequest> pages = requests("GET", "/v1/rooms");
        assertThat(pages).hasSize(3);
        assertThat(pages).allSatisfy(r -> assertThat(r.query()).contains("max=3"));
        List<Integer> sizes = new ArrayList<>();
        for (Page<Room> page : rooms.pages()) {
            sizes.add(page.items().size());
        }
        assertThat(sizes).containsExactly(3, 3, 1);
    }

    @Test
    void aListingResumesFromTheNextLinkOfAPageSeenEarlier() {
        Team team = api.teams().create("Big team");
        for (String name : List.of("Ann", "Ben", "Cid", "Dot")) {
            api.teamMemberships().create(m -> m.teamId(team.id()).personId(fake.createUser(name).id()));
        }
        PagedIterable<TeamMembership> members = api.teamMemberships().list(q -> q.teamId(team.id()).max(2));
        Page<TeamMembership> firstPage = members.pages().iterator().next();
        assertThat(firstPage.items()).hasSize(2);
        URI next = firstPage.nextLink().orElseThrow();

        List<TeamMembership> rest = members.resumeAt(next).toList();

        assertThat(rest).hasSize(3);
        List<String> all = new ArrayList<>(firstPage.items().stream().map(TeamMembership::personId).toList());
        rest.forEach(m -> all.add(m.personId()));
        assertThat(all).doesNotHaveDuplicates().hasSize(5).contains(fake.admin().id());
    }

    @Test
    void firstAsksForASinglePageOfThatSize() {
        for (int i = 1; i <= 5; i++) {
            api.rooms().create("Room " + i);
        }
        fake.journal().clear();

        assertThat(api.rooms().list().first(2)).hasSize(2);

        List<RecordedRequest> sent = requests("GET", "/v1/rooms");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).query()).contains("max=2");
    }

    @Test
    void iteratingAgainStartsAfreshAndSeesNewItems() {
        Room room = api.rooms().create("Growing");
        api.messages().create(room.id(), "first");
        PagedIterable<Message> messages = api.messages().list(q -> q.roomId(room.id()).max(1));
        assertThat(messages.toList()).extracting(Message::text).containsExactly("first");

        api.messages().create(room.id(), "second");

        assertThat(messages.toList()).extracting(Message::text).containsExactly("second", "first");
        assertThat(messages.stream().count()).isEqualTo(2);
    }

    @Test
    void everyItemArrivesDespiteTheServicesPagingDefects() {
        Room room = api.rooms().create("Busy");
        Room other = api.rooms().create("Other");
        for (int i = 1; i <= 5; i++) {
            api.messages().create(room.id(), "busy " + i);
            api.messages().create(other.id(), "other " + i);
        }
        fake.faults().pagingDefects(true, true);
        fake.journal().clear();

        List<Message> listed = api.messages().list(q -> q.roomId(room.id()).max(2)).toList();

        assertThat(listed).extracting(Message::text).containsExactly("busy 5", "busy 4", "busy 3", "busy 2", "busy 1");
        List<RecordedRequest> pages = requests("GET", "/v1/messages");
        assertThat(pages).hasSize(3);
        assertThat(pages).allSatisfy(r -> assertThat(r.query()).contains("roomId=").doesNotContain("max=null"));
    }

    // ---------------------------------------------------------------- raw session

    @Test
    void theRawSessionReachesAnyPathWithTheSameRules() {
        SparkSession session = api.session();
        assertThat(session.get("people/me", Map.of()).get("id")).isEqualTo(fake.admin().id());

        Map<String, Object> created = session.post("rooms", Map.of("title", "Raw"));
        String roomId = (String) created.get("id");
        assertThat(session.put(SparkSession.path("rooms", roomId), Map.of("title", "Raw 2")).get("title"))
                .isEqualTo("Raw 2");
        for (int i = 0; i < 3; i++) {
            session.post("messages", Map.of("roomId", roomId, "text", "raw " + i));
        }
        assertThat(session.getItems("messages", Map.of("roomId", roomId, "max", 2)).toList())
                .extracting(m -> m.get("text")).containsExactly("raw 2", "raw 1", "raw 0");

        session.delete(SparkSession.path("rooms", roomId));
        assertThat(apiError(() -> session.get(SparkSession.path("rooms", roomId), Map.of())).statusCode())
                .isEqualTo(404);
    }

    // ---------------------------------------------------------------- webhook deliveries

    @Test
    void aWebhookDeliveryParsesAsAWebhookEventWithNoUnknownFields() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Room room = api.rooms().create("Watched");
            Webhook hook = api.webhooks().create(w -> w.name("watch").resource("messages").event("created")
                    .targetUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook").secret("s3cret"));
            Message message = api.messages().create(room.id(), "ping");

            List<WebhookDelivery> deliveries = fake.awaitDeliveries(1, Duration.ofSeconds(10));

            assertThat(deliveries).hasSize(1);
            assertThat(deliveries.get(0).succeeded()).isTrue();
            assertThat(deliveries.get(0).signature()).isNotBlank();
            @SuppressWarnings("unchecked")
            Map<String, Object> json = JsonMapper.builder().build().readValue(deliveries.get(0).body(), Map.class);
            WebhookEvent event = new WebhookEvent(json);
            assertThat(event.unknownFields()).isEmpty();
            assertThat(event.id()).isEqualTo(hook.id());
            assertThat(event.actorId()).isEqualTo(fake.admin().id());
            Message data = event.data(Message::new);
            assertThat(data.unknownFields()).isEmpty();
            assertThat(data.id()).isEqualTo(message.id());
            assertThat(data.text()).as("payloads carry no message text").isNull();
        } finally {
            receiver.stop(0);
        }
    }

    // ---------------------------------------------------------------- faults and errors

    @Test
    void aRateLimitIsWaitedOutForAsLongAsRetryAfterSays() {
        fake.faults().rateLimit("GET", "^/v1/people/me$", 1, "1");
        long start = System.nanoTime();

        Person me = api.people().me();

        assertThat(me.id()).isEqualTo(fake.admin().id());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(requests("GET", "/v1/people/me")).hasSize(2);
    }

    @Test
    void a503OnAGetIsRetried() {
        api.rooms().create("Survivor");
        fake.journal().clear();
        fake.faults().fail("GET", "^/v1/rooms$", 1, 503);

        assertThat(api.rooms().list().toList()).extracting(Room::title).containsExactly("Survivor");
        assertThat(requests("GET", "/v1/rooms")).hasSize(2);
    }

    @Test
    void aPageThatFailsMidListingIsFetchedAgainWithoutRestartingTheListing() {
        for (int i = 1; i <= 4; i++) {
            api.rooms().create("Room " + i);
        }
        fake.journal().clear();
        Iterator<Page<Room>> pages = api.rooms().list(q -> q.max(2)).pages().iterator();
        List<Room> seen = new ArrayList<>(pages.next().items());

        fake.faults().fail("GET", "^/v1/rooms$", 1, 503);
        pages.forEachRemaining(p -> seen.addAll(p.items()));

        assertThat(seen).extracting(Room::title).containsExactlyInAnyOrder("Room 1", "Room 2", "Room 3", "Room 4");
        List<RecordedRequest> sent = requests("GET", "/v1/rooms");
        assertThat(sent).hasSize(3);
        assertThat(sent.get(2).query()).isEqualTo(sent.get(1).query()).contains("cursor=");
    }

    @Test
    void a503OnAPostIsNotRetried() {
        fake.faults().fail("POST", "^/v1/rooms$", 1, 503);

        SparkApiException e = apiError(() -> api.rooms().create("Maybe"));

        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.requestMethod()).isEqualTo("POST");
        assertThat(requests("POST", "/v1/rooms")).hasSize(1);
        assertThat(api.rooms().list().toList()).isEmpty();
    }

    @Test
    void aBadTokenIsUnauthorized() {
        CiscoSparkAPI stranger = actingAs("not-a-token");

        SparkApiException e = apiError(() -> stranger.people().me());

        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.serverMessage()).isNotBlank();
        assertThat(e.getMessage()).doesNotContain("not-a-token");
    }

    @Test
    void aBotMustFilterGroupRoomMessagesOnItsMentions() {
        FakeUser bot = fake.createBot("Helper");
        Room room = api.rooms().create("With a bot");
        api.memberships().create(m -> m.roomId(room.id()).personId(bot.id()));
        api.messages().create(room.id(), "not for the bot");
        Message forBot = api.messages().create(m -> m.roomId(room.id()).markdown("<@personId:" + bot.id() + "|Helper> ping"));
        CiscoSparkAPI asBot = clientFor(bot);
        assertThat(asBot.people().me().type()).isEqualTo(PersonType.BOT);

        assertThat(apiError(() -> asBot.messages().list(room.id()).toList()).statusCode()).isEqualTo(403);
        assertThat(asBot.messages().list(q -> q.roomId(room.id()).mentionedPeople("me")).toList())
                .extracting(Message::id).containsExactly(forBot.id());
    }

    @Test
    void anUnknownIdIsNotFoundForEveryResource() {
        List<ThrowingCallable> calls = List.of(
                () -> api.people().get("nope"), () -> api.rooms().get("nope"), () -> api.memberships().get("nope"),
                () -> api.messages().get("nope"), () -> api.teams().get("nope"), () -> api.teamMemberships().get("nope"),
                () -> api.webhooks().get("nope"), () -> api.organizations().get("nope"), () -> api.licenses().get("nope"),
                () -> api.roles().get("nope"), () -> api.events().get("nope"));
        Predicate<ThrowingCallable> notFound = call -> apiError(call).statusCode() == 404;
        assertThat(calls).allMatch(notFound);
    }

    @Test
    void aGroupRoomMessageListingNeedsMembership() {
        Room room = api.rooms().create("Private");
        CiscoSparkAPI outsider = clientFor(fake.createUser("Outsider"));
        assertThatThrownBy(() -> outsider.messages().list(room.id()).toList())
                .isInstanceOfSatisfying(SparkApiException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }
}
