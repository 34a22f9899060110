package io.ciscosparkapi.testkit.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.ciscosparkapi.Attempt;
import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.FileDownload;
import io.ciscosparkapi.FileInfo;
import io.ciscosparkapi.GuestIssuer;
import io.ciscosparkapi.Page;
import io.ciscosparkapi.PagedIterable;
import io.ciscosparkapi.SparkApiException;
import io.ciscosparkapi.SparkInterceptor;
import io.ciscosparkapi.SparkSession;
import io.ciscosparkapi.SparkUnscannableFileException;
import io.ciscosparkapi.cards.AdaptiveCard;
import io.ciscosparkapi.cards.Card;
import io.ciscosparkapi.cards.SubmitAction;
import io.ciscosparkapi.cards.TextBlock;
import io.ciscosparkapi.cards.TextInput;
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
import io.ciscosparkapi.model.MeetingTemplateType;
import io.ciscosparkapi.model.Membership;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Organization;
import io.ciscosparkapi.model.Person;
import io.ciscosparkapi.model.PersonStatus;
import io.ciscosparkapi.model.PersonType;
import io.ciscosparkapi.model.Recording;
import io.ciscosparkapi.model.RegistrantStatus;
import io.ciscosparkapi.model.Role;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.model.RoomMeetingInfo;
import io.ciscosparkapi.model.RoomTab;
import io.ciscosparkapi.model.RoomType;
import io.ciscosparkapi.model.Team;
import io.ciscosparkapi.model.TeamMembership;
import io.ciscosparkapi.model.Webhook;
import io.ciscosparkapi.model.WebhookEvent;
import io.ciscosparkapi.model.WebhookStatus;
import io.ciscosparkapi.testkit.FakeGuestIssuer;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.testkit.FakeUser;
import io.ciscosparkapi.testkit.RecordedRequest;
import io.ciscosparkapi.testkit.WebhookDelivery;
import io.ciscosparkapi.testkit.junit.SparkClients;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every resource operation of the SDK (spec §2.1-2.17), run through the SDK against the fake Spark,
 * with strict models: a field the fake sends that a model does not know fails the call. The
 * subclasses run the same cases in-process and over loopback HTTP.
 */
abstract class EndToEndSuite {

    private static final String REDIRECT_URI = "https://app.example.com/oauth/callback";

    private final List<CiscoSparkAPI> clients = new ArrayList<>();

    FakeSpark fake;
    CiscoSparkAPI api;

    @BeforeEach
    void setUp(FakeSpark fake) {
        this.fake = fake;
        this.api = clientFor(fake.admin());
    }

    @AfterEach
    void closeClients() {
        clients.forEach(CiscoSparkAPI::close);
        clients.clear();
    }

    /**
     * A builder of a strict client acting as {@code user}: every client of the suite, the admin's
     * {@link #api} included, starts here, so a subclass decides how they all reach the fake.
     */
    CiscoSparkAPI.Builder builderFor(FakeUser user) {
        return SparkClients.builderFor(fake, user).strictModels(true);
    }

    /** A new strict client acting as {@code user}, closed after the test. */
    CiscoSparkAPI clientFor(FakeUser user) {
        return keep(builderFor(user).build());
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

    /** The bytes of a download through the SDK, read whole. */
    static byte[] bytesOf(FileDownload download) throws IOException {
        try (download) {
            return download.body().readAllBytes();
        }
    }

    /** Bytes holding every byte value, in an order that is not simply repeating. */
    static byte[] binary(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i ^ (i >>> 8) * 37);
        }
        return bytes;
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
    void presenceReadsAsAStatusForPeopleOfTheSameOrg() {
        Person invited = api.people().create(p -> p.emails("dana@example.com").displayName("Dana"));
        FakeUser bob = fake.createUser("Bob");

        assertThat(api.people().get(invited.id()).status()).as("never logged in").isEqualTo(PersonStatus.PENDING);
        assertThat(api.people().get(bob.id()).status()).isEqualTo(PersonStatus.INACTIVE);
        clientFor(bob).rooms().create("Bob's room");
        Person active = api.people().get(bob.id());
        assertThat(active.status()).isEqualTo(PersonStatus.ACTIVE);
        assertThat(active.lastActivity()).isNotNull();
        assertThat(api.people().list(q -> q.id(bob.id())).toList()).singleElement().satisfies(p -> {
            assertThat(p.status()).as("no presence in a listing by id").isNull();
            assertThat(p.lastActivity()).isNull();
        });
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
    void aRoomHasMeetingDetailsForItsMembersOnly() {
        Room room = api.rooms().create("Meet here");

        RoomMeetingInfo info = api.rooms().meetingInfo(room.id());

        assertThat(info.roomId()).isEqualTo(room.id());
        assertThat(info.meetingLink()).startsWith("https://");
        assertThat(info.meetingNumber()).isNotBlank();
        assertThat(info.sipAddress()).startsWith(info.meetingNumber() + "@");
        assertThat(info.callInTollFreeNumber()).isNotBlank();
        assertThat(info.callInTollNumber()).isNotBlank();
        assertThat(api.rooms().meetingInfo(room.id())).isEqualTo(info);
        CiscoSparkAPI outsider = clientFor(fake.createUser("Outsider"));
        assertThat(apiError(() -> outsider.rooms().meetingInfo(room.id())).statusCode()).isEqualTo(404);
    }

    @Test
    void aPublicAnnouncementRoomKeepsItsDescriptionAndIsAmongTheOrgsPublicSpaces() {
        Room hall = api.rooms().create(r -> r.title("Town hall").isPublic(true).description("News for everyone")
                .isAnnouncementOnly(true));
        api.rooms().create("Private");

        assertThat(hall.isPublic()).isTrue();
        assertThat(hall.description()).isEqualTo("News for everyone");
        assertThat(hall.isAnnouncementOnly()).isTrue();
        assertThat(hall.madePublic()).isNotNull();
        assertThat(hall.isReadOnly()).isFalse();
        Room readOnly = api.rooms().update(hall.id(), r -> r.title("Town hall").isReadOnly(true));
        assertThat(readOnly.isReadOnly()).isTrue();
        assertThat(readOnly.description()).as("a field not sent keeps its value").isEqualTo("News for everyone");
        assertThat(readOnly.isPublic()).isTrue();

        CiscoSparkAPI asBob = clientFor(fake.createUser("Bob"));
        assertThat(asBob.rooms().list(q -> q.orgPublicSpaces(true)).toList()).extracting(Room::id)
                .containsExactly(hall.id());
        assertThat(asBob.rooms().list(q -> q.orgPublicSpaces(true).from(hall.madePublic().plusSeconds(1))).toList())
                .isEmpty();
        assertThat(asBob.rooms().list().toList()).as("Bob is a member of neither").isEmpty();
    }

    @Test
    void aRoomMadePublicWithoutADescriptionIsRefusedOnBothSides() {
        fake.journal().clear();
        assertThatThrownBy(() -> api.rooms().create(r -> r.title("Open").isPublic(true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("description");
        assertThat(fake.journal().requests()).isEmpty();
        assertThat(apiError(() -> api.session().post("rooms", Map.of("title", "Open", "isPublic", true))).statusCode())
                .isEqualTo(400);
        assertThat(api.rooms().list().toList()).isEmpty();
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

    @Test
    void onlyADirectRoomIsHiddenAndItStaysHidden() {
        FakeUser bob = fake.createUser("Bob");
        Message hello = api.messages().create(m -> m.toPersonId(bob.id()).text("hi"));
        Membership own = api.memberships().list(q -> q.roomId(hello.roomId()).personId(fake.admin().id())).toList()
                .get(0);
        assertThat(own.roomType()).isEqualTo(RoomType.DIRECT);
        assertThat(own.isRoomHidden()).isFalse();

        Membership hidden = api.memberships().update(own.id(), m -> m.isModerator(false).isRoomHidden(true));

        assertThat(hidden.isRoomHidden()).isTrue();
        assertThat(api.memberships().get(own.id()).isRoomHidden()).isTrue();
        assertThat(clientFor(bob).memberships().list(q -> q.roomId(hello.roomId()).personId(bob.id())).toList())
                .extracting(Membership::isRoomHidden).as("hiding is the member's own").containsExactly(false);
        Room group = api.rooms().create("Group");
        Membership inGroup = api.memberships().list(group.id()).toList().get(0);
        assertThat(inGroup.roomType()).isEqualTo(RoomType.GROUP);
        assertThat(apiError(() -> api.memberships().update(inGroup.id(), m -> m.isModerator(false).isRoomHidden(true)))
                .statusCode()).isEqualTo(400);
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

    // ---------------------------------------------------------------- threads

    @Test
    void aReplyToAReplyJoinsTheThreadThatListRepliesLists() {
        Room room = api.rooms().create("Release thread");
        Message parent = api.messages().create(room.id(), "Ship 1.2?");
        Message first = api.messages().reply(parent, m -> m.text("tests are green"));
        Message second = api.messages().reply(first, m -> m.markdown("**ship it**"));
        api.messages().create(room.id(), "unrelated");

        assertThat(first.parentId()).isEqualTo(parent.id());
        assertThat(second.parentId()).as("a reply to a reply joins the thread").isEqualTo(parent.id());
        assertThat(second.roomId()).isEqualTo(room.id());
        assertThat(api.messages().listReplies(parent).toList()).extracting(Message::id)
                .containsExactly(second.id(), first.id());
        assertThat(api.messages().listReplies(first).toList()).extracting(Message::id)
                .containsExactly(second.id(), first.id());
        assertThat(api.messages().listReplies(room.id(), parent.id()).toList()).extracting(Message::id)
                .containsExactly(second.id(), first.id());
        assertThat(api.messages().list(room.id()).toList()).as("replies are in the room's listing too").hasSize(4);
    }

    @Test
    void aReplyToAReplySentAsARawBodyIsRefused() {
        Room room = api.rooms().create("Flat threads");
        Message parent = api.messages().create(room.id(), "question");
        Message reply = api.messages().reply(parent, m -> m.text("answer"));

        SparkApiException refused = apiError(() -> api.session().post("messages",
                Map.of("roomId", room.id(), "parentId", reply.id(), "text", "nested")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(api.messages().listReplies(parent).toList()).extracting(Message::id).containsExactly(reply.id());
    }

    @Test
    void aThreadInADirectRoomIsRepliedToByAddressAndListedByBothSides() {
        FakeUser bob = fake.createUser("Bob");
        Message lunch = api.messages().create(m -> m.toPersonEmail(bob.email()).text("lunch?"));
        CiscoSparkAPI asBob = clientFor(bob);

        Message answer = asBob.messages().create(m -> m.toPersonEmail(fake.admin().email()).parentId(lunch.id())
                .text("sure"));
        Message time = api.messages().reply(answer, m -> m.text("12:30"));

        assertThat(answer.roomId()).isEqualTo(lunch.roomId());
        assertThat(answer.parentId()).isEqualTo(lunch.id());
        assertThat(time.parentId()).isEqualTo(lunch.id());
        assertThat(api.messages().listDirect(q -> q.personEmail(bob.email()).parentId(lunch.id())).toList())
                .extracting(Message::id).containsExactly(time.id(), answer.id());
        assertThat(asBob.messages().listReplies(lunch).toList()).extracting(Message::id)
                .containsExactly(time.id(), answer.id());
        assertThat(asBob.messages().listDirect(q -> q.personId(fake.admin().id())).toList()).extracting(Message::id)
                .containsExactly(time.id(), answer.id(), lunch.id());
    }

    // ---------------------------------------------------------------- files

    @Test
    void aLocalFileIsUploadedAsMultipartAndDownloadsByteForByte(@TempDir Path dir) throws Exception {
        byte[] bytes = binary(64 * 1024);
        Path file = Files.write(dir.resolve("trace.bin"), bytes);
        Room room = api.rooms().create("Uploads");

        Message message = api.messages().create(m -> m.roomId(room.id()).text("the trace").file(file));

        RecordedRequest sent = fake.journal().last();
        assertThat(sent.path()).isEqualTo("/v1/messages");
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(message.text()).isEqualTo("the trace");
        assertThat(message.files()).singleElement().asString().startsWith(api.baseUrl() + "contents/");
        String url = message.files().get(0);
        try (FileDownload download = api.contents().download(url)) {
            assertThat(download.info().fileName()).isEqualTo("trace.bin");
            assertThat(download.body().readAllBytes()).isEqualTo(bytes);
        }
        assertThat(api.contents().download(url, dir.resolve("copy.bin"))).hasBinaryContent(bytes);
        Path saved = api.contents().download(url, Files.createDirectory(dir.resolve("downloads")));
        assertThat(saved).hasFileName("trace.bin").hasBinaryContent(bytes);
    }

    @Test
    void aFilesNameTypeAndSizeAreReadWithoutDownloadingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes \"draft\" v2.csv"), "a,b\n1,2\n");
        Room room = api.rooms().create("Named uploads");
        String url = api.messages().create(m -> m.roomId(room.id()).file(file)).files().get(0);
        fake.journal().clear();

        FileInfo info = api.contents().info(url);

        assertThat(info.fileName()).isEqualTo("notes draft v2.csv");
        assertThat(info.contentType()).isEqualTo("text/csv");
        assertThat(info.size()).hasValue(8);
        assertThat(fake.journal().requests()).extracting(RecordedRequest::method).containsExactly("HEAD");
        String contentId = url.substring(url.lastIndexOf('/') + 1);
        assertThat(api.contents().info(contentId)).as("a content id works as well as its URL").isEqualTo(info);
        assertThat(new String(bytesOf(api.contents().download(contentId)), StandardCharsets.UTF_8))
                .isEqualTo("a,b\n1,2\n");
    }

    @Test
    void aFilePostedByUrlDownloadsWhatIsServedAtThatUrl(@TempDir Path dir) throws Exception {
        byte[] png = binary(5000);
        fake.serveFileAt("https://example.com/charts/a.png", png, "image/png", "a.png");
        Room room = api.rooms().create("Files");

        Message message = api.messages().create(m -> m.roomId(room.id()).text("see")
                .files("https://example.com/charts/a.png"));

        assertThat(message.files()).singleElement().asString().startsWith(api.baseUrl() + "contents/");
        assertThat(api.messages().get(message.id()).files()).isEqualTo(message.files());
        try (FileDownload download = api.contents().download(message.files().get(0))) {
            assertThat(download.info().fileName()).isEqualTo("a.png");
            assertThat(download.info().contentType()).isEqualTo("image/png");
            assertThat(download.body().readAllBytes()).isEqualTo(png);
        }
        assertThat(api.contents().download(message.files().get(0), dir)).hasFileName("a.png").hasBinaryContent(png);
    }

    @Test
    void aFileStillBeingScannedIsWaitedForAndThenDownloads() throws Exception {
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        CiscoSparkAPI watched = keep(builderFor(fake.admin()).interceptor(new SparkInterceptor() {
            @Override
            public void afterAttempt(Attempt attempt) {
                attempt.status().ifPresent(statuses::add);
                if (attempt.status().orElse(0) == 423) {
                    // while the SDK waits the Retry-After out, the fake's scan runs to its end
                    fake.advanceClock(Duration.ofMinutes(1));
                }
            }
        }).build());
        // The file is "being scanned" for a minute of the fake's clock. Moved on to the scan's last
        // second, the fake answers the download 423 with Retry-After: 1, and the scan ends (the
        // interceptor moves the fake's clock) while the SDK waits that second out.
        fake.faults().fileScanning(Duration.ofMinutes(1));
        byte[] bytes = binary(4000);
        fake.serveFileAt("https://example.com/new.bin", bytes, "application/octet-stream", "new.bin");
        Room room = watched.rooms().create("Fresh files");
        String url = watched.messages().create(m -> m.roomId(room.id()).files("https://example.com/new.bin"))
                .files().get(0);
        statuses.clear();
        fake.advanceClock(Duration.ofSeconds(59));

        byte[] downloaded = bytesOf(watched.contents().download(url));

        assertThat(downloaded).isEqualTo(bytes);
        assertThat(statuses).as("a 423 first, then the file").containsExactly(423, 200);
    }

    @Test
    void anUnscannableFileIsRefusedUntilTheCallerAcceptsTheRisk(@TempDir Path dir) throws Exception {
        fake.faults().unscannableFiles(1);
        byte[] bytes = binary(3000);
        fake.serveFileAt("https://example.com/macro.xlsm", bytes, "application/vnd.ms-excel", "macro.xlsm");
        Room room = api.rooms().create("Risky files");
        String url = api.messages().create(m -> m.roomId(room.id()).files("https://example.com/macro.xlsm"))
                .files().get(0);

        assertThatThrownBy(() -> api.contents().download(url)).isInstanceOfSatisfying(
                SparkUnscannableFileException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(428);
                    assertThat(e.getMessage()).contains("allowUnscannable(true)");
                });
        assertThatThrownBy(() -> api.contents().download(url, dir)).isInstanceOf(SparkUnscannableFileException.class);
        assertThat(dir).as("nothing half-written is left").isEmptyDirectory();

        assertThat(bytesOf(api.contents().download(url, d -> d.allowUnscannable(true)))).isEqualTo(bytes);
        assertThat(fake.journal().last().query()).contains("allow=unscannable");
        assertThat(api.contents().download(url, dir, d -> d.allowUnscannable(true))).hasFileName("macro.xlsm")
                .hasBinaryContent(bytes);
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

    /** A new strict client with a token of its own, closed after the test. */
    private CiscoSparkAPI actingAs(String token) {
        return keep(builderFor(fake.admin()).accessToken(token).build());
    }

    // ---------------------------------------------------------------- attachment actions

    @Test
    void aCardSubmittedByAnotherMemberIsGotBackWithItsInputs() {
        FakeUser bob = fake.createUser("Bob");
        Room room = api.rooms().create("Approvals");
        api.memberships().create(m -> m.roomId(room.id()).personId(bob.id()));
        AdaptiveCard card = AdaptiveCard.of(c -> c.body(TextBlock.of("Ship 1.2?"), TextInput.of("comment"))
                .actions(SubmitAction.of("Approve", a -> a.data(Map.of("choice", "yes")))));
        Message message = api.messages().create(m -> m.roomId(room.id()).text("Ship 1.2?")
                .attachment(card.toAttachment()));
        assertThat(message.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentType()).isEqualTo(Card.CONTENT_TYPE);
            assertThat(a.content()).isEqualTo(card.toMap());
        });

        AttachmentAction submitted = clientFor(bob).attachmentActions().create(message.id(),
                Map.of("choice", "yes", "comment", "ship it"));

        assertThat(submitted.type()).isEqualTo("submit");
        assertThat(submitted.messageId()).isEqualTo(message.id());
        assertThat(submitted.personId()).isEqualTo(bob.id());
        assertThat(submitted.roomId()).isEqualTo(room.id());
        assertThat(submitted.inputs()).isEqualTo(Map.of("choice", "yes", "comment", "ship it"));
        assertThat(submitted.created()).isNotNull();
        assertThat(api.attachmentActions().get(submitted.id())).isEqualTo(submitted);
    }

    @Test
    void aCardSubmissionIsRefusedOnAMessageWithoutACardAndToAnOutsider() {
        Room room = api.rooms().create("Plain");
        Message plain = api.messages().create(room.id(), "no card here");
        Message withCard = api.messages().create(m -> m.roomId(room.id()).text("Vote")
                .adaptiveCard(Map.of("type", "AdaptiveCard", "version", "1.3",
                        "body", List.of(Map.of("type", "Input.Text", "id", "vote")))));

        assertThat(apiError(() -> api.attachmentActions().create(plain.id(), Map.of("vote", "yes"))).statusCode())
                .isEqualTo(400);
        CiscoSparkAPI outsider = clientFor(fake.createUser("Outsider"));
        assertThat(apiError(() -> outsider.attachmentActions().create(withCard.id(), Map.of("vote", "no")))
                .statusCode()).isEqualTo(404);
        AttachmentAction vote = api.attachmentActions().create(withCard.id(), Map.of("vote", "yes"));
        assertThat(apiError(() -> outsider.attachmentActions().get(vote.id())).statusCode()).isEqualTo(404);
    }

    // ---------------------------------------------------------------- room tabs

    @Test
    void roomTabsAreCreatedGotUpdatedListedAndDeleted() {
        Room room = api.rooms().create("Dashboards");
        RoomTab ops = api.roomTabs().create(room.id(), "https://grafana.example.com/d/ops", "Ops");
        assertThat(ops.roomId()).isEqualTo(room.id());
        assertThat(ops.roomType()).isEqualTo(RoomType.GROUP);
        assertThat(ops.displayName()).isEqualTo("Ops");
        assertThat(ops.contentUrl()).isEqualTo("https://grafana.example.com/d/ops");
        assertThat(ops.creatorId()).isEqualTo(fake.admin().id());
        assertThat(ops.created()).isNotNull();
        assertThat(api.roomTabs().get(ops.id())).isEqualTo(ops);
        RoomTab runbook = api.roomTabs().create(t -> t.roomId(room.id()).contentUrl("https://wiki.example.com/runbook")
                .displayName("Runbook"));

        RoomTab renamed = api.roomTabs().update(ops.id(), t -> t.roomId(room.id())
                .contentUrl("https://grafana.example.com/d/ops-v2").displayName("Ops v2"));

        assertThat(renamed.id()).isEqualTo(ops.id());
        assertThat(renamed.displayName()).isEqualTo("Ops v2");
        assertThat(renamed.contentUrl()).isEqualTo("https://grafana.example.com/d/ops-v2");
        assertThat(api.roomTabs().list(room.id()).toList()).containsExactlyInAnyOrder(renamed, runbook);
        assertThat(apiError(() -> clientFor(fake.createUser("Outsider")).roomTabs().list(room.id()).toList())
                .statusCode()).isEqualTo(404);

        api.roomTabs().delete(ops.id());
        assertThat(apiError(() -> api.roomTabs().get(ops.id())).statusCode()).isEqualTo(404);
        assertThat(api.roomTabs().list(q -> q.roomId(room.id())).toList()).containsExactly(runbook);
    }

    @Test
    void aRoomTabShowsOnlyAnHttpsPage() {
        Room room = api.rooms().create("Tabs");
        fake.journal().clear();

        assertThatThrownBy(() -> api.roomTabs().create(room.id(), "http://intranet.example.com/", "Intranet"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contentUrl");
        assertThat(fake.journal().requests()).as("nothing is sent").isEmpty();
        assertThat(apiError(() -> api.session().post("room/tabs", Map.of("roomId", room.id(),
                "contentUrl", "http://intranet.example.com/", "displayName", "Intranet"))).statusCode()).isEqualTo(400);
        assertThat(api.roomTabs().list(room.id()).toList()).isEmpty();
    }

    // ---------------------------------------------------------------- admin audit events

    @Test
    void anAdminsChangesToPeopleAreListedAsAuditEventsOfAWindow() {
        Person carol = api.people().create(p -> p.emails("carol@example.com").displayName("Carol"));
        Person renamed = api.people().update(carol, p -> p.displayName("Caroline"));
        Instant from = carol.created().minusSeconds(1);
        Instant to = renamed.lastModified().plusSeconds(1);
        String login = fake.seedAuditEvent(from.minus(Duration.ofHours(1)), fake.admin(), "LOGINS", "An admin logged in");

        List<AdminAuditEvent> window = api.adminAuditEvents().list(fake.admin().orgId(), from, to).toList();

        assertThat(window).extracting(e -> e.data().eventDescription())
                .containsExactly("A user was modified", "A user was created");
        AdminAuditEvent created = window.get(1);
        assertThat(created.actorId()).isEqualTo(fake.admin().id());
        assertThat(created.orgId()).isEqualTo(fake.admin().orgId());
        assertThat(created.created()).isBetween(from, to);
        assertThat(created.data().targetId()).isEqualTo(carol.id());
        assertThat(created.data().targetName()).isEqualTo("Carol");
        assertThat(created.data().eventCategory()).isEqualTo("USERS");
        assertThat(created.data().actorEmail()).isEqualTo(fake.admin().email());
        assertThat(created.data().actorOrgName()).isEqualTo("Example Corp");
        assertThat(created.data().actorUserAgent()).startsWith("ciscosparkapi-java/");
        assertThat(created.data().adminRoles()).isNotEmpty();

        List<AdminAuditEvent> wider = api.adminAuditEvents().list(q -> q.orgId(fake.admin().orgId())
                .from(from.minus(Duration.ofHours(2))).to(to).actorId(fake.admin().id()).max(1)).toList();
        assertThat(wider).extracting(AdminAuditEvent::id).hasSize(3).endsWith(login);
        assertThat(api.adminAuditEvents().list(q -> q.orgId(fake.admin().orgId()).from(from.minus(Duration.ofHours(2)))
                .to(to).offset(2)).toList()).extracting(AdminAuditEvent::id).containsExactly(login);
    }

    @Test
    void auditEventsAreForAdminsOnly() {
        CiscoSparkAPI asBob = clientFor(fake.createUser("Bob"));
        Instant now = api.rooms().create("A moment").created();

        SparkApiException refused = apiError(() -> asBob.adminAuditEvents()
                .list(fake.admin().orgId(), now.minus(Duration.ofDays(1)), now).toList());

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- guest issuer

    @Test
    void aGuestTokenMintedByTheSdkIsAcceptedAndActsAsAnAppUser() {
        FakeGuestIssuer issuer = fake.addGuestIssuer();
        GuestIssuer guests = GuestIssuer.of(issuer.issuerId(), issuer.secret());
        String jwt = guests.jwt("customer-42", "Jo Customer", Instant.now().plus(Duration.ofHours(1)));

        GuestToken guest = api.guestIssuer().login(jwt);

        RecordedRequest login = fake.journal().last();
        assertThat(login.path()).isEqualTo("/v1/jwt/login");
        assertThat(login.authorization()).isEqualTo("Bearer " + jwt);
        assertThat(login.body()).isEmpty();
        assertThat(guest.expiresIn()).isPositive();
        CiscoSparkAPI asGuest = actingAs(guest.token());
        Person me = asGuest.people().me();
        assertThat(me.type()).isEqualTo(PersonType.APPUSER);
        assertThat(me.displayName()).isEqualTo("Jo Customer");
        Message hello = asGuest.messages().create(m -> m.toPersonEmail(fake.admin().email()).text("I need help"));
        assertThat(api.messages().get(hello.id()).personId()).isEqualTo(me.id());

        GuestToken again = api.guestIssuer().login(guests.jwt("customer-42", "Jo Customer",
                Instant.now().plus(Duration.ofHours(2))));
        assertThat(actingAs(again.token()).people().me().id()).as("the same guest at a later login").isEqualTo(me.id());
    }

    @Test
    void aForgedAnExpiredAndAnUnknownIssuersGuestJwtAreRefused() {
        FakeGuestIssuer issuer = fake.addGuestIssuer();
        Instant later = Instant.now().plus(Duration.ofHours(1));
        String wrongSecret = Base64.getEncoder().encodeToString("not the issuer's secret".getBytes(StandardCharsets.UTF_8));
        String forged = GuestIssuer.of(issuer.issuerId(), wrongSecret).jwt("customer-42", "Jo", later);
        String expired = GuestIssuer.of(issuer.issuerId(), issuer.secret()).jwt("customer-42", "Jo",
                Instant.now().minus(Duration.ofMinutes(5)));
        String unknown = GuestIssuer.of("not-an-issuer", issuer.secret()).jwt("customer-42", "Jo", later);

        for (String jwt : List.of(forged, expired, unknown)) {
            SparkApiException refused = apiError(() -> api.guestIssuer().login(jwt));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.getMessage()).doesNotContain(jwt);
        }
    }

    // ---------------------------------------------------------------- meetings

    /** The start of a meeting a week ahead, on a whole minute. */
    private static Instant nextWeek() {
        return Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    }

    private Meeting meeting(String title) {
        Instant start = nextWeek();
        return api.meetings().create(title, start, start.plus(Duration.ofHours(1)));
    }

    @Test
    void meetingsAreCreatedListedGotUpdatedAndDeleted() {
        Instant start = nextWeek();
        Meeting meeting = api.meetings().create(m -> m.title("Release review").agenda("Go or no go").start(start)
                .end(start.plus(Duration.ofHours(1))).timezone("Europe/Berlin"));
        assertThat(meeting.title()).isEqualTo("Release review");
        assertThat(meeting.agenda()).isEqualTo("Go or no go");
        assertThat(meeting.start()).isEqualTo(start);
        assertThat(meeting.end()).isEqualTo(start.plus(Duration.ofHours(1)));
        assertThat(meeting.timezone()).isEqualTo("Europe/Berlin");
        assertThat(meeting.password()).as("generated").isNotBlank();
        assertThat(meeting.meetingNumber()).isNotBlank();
        assertThat(meeting.meetingType()).isEqualTo("meetingSeries");
        assertThat(meeting.state()).isEqualTo("scheduled");
        assertThat(meeting.scheduledType()).isEqualTo(MeetingScheduledType.MEETING);
        assertThat(meeting.hostUserId()).isEqualTo(fake.admin().id());
        assertThat(meeting.hostEmail()).isEqualTo(fake.admin().email());
        assertThat(meeting.webLink()).startsWith("https://");
        assertThat(meeting.siteUrl()).isNotBlank();
        assertThat(meeting.integrationTags()).isEmpty();
        assertThat(api.meetings().get(meeting.id())).isEqualTo(meeting);
        Meeting other = meeting("Standup");
        assertThat(api.meetings().list().toList()).extracting(Meeting::id)
                .containsExactlyInAnyOrder(meeting.id(), other.id());
        assertThat(api.meetings().list(q -> q.from(start.minus(Duration.ofMinutes(1))).to(start.plusSeconds(1))
                .scheduledType(MeetingScheduledType.MEETING)).toList()).extracting(Meeting::id).contains(meeting.id());

        Meeting moved = api.meetings().update(meeting, m -> m.title("Release review (moved)")
                .start(start.plus(Duration.ofDays(1))).end(start.plus(Duration.ofDays(1)).plus(Duration.ofHours(1))));

        assertThat(moved.title()).isEqualTo("Release review (moved)");
        assertThat(moved.start()).isEqualTo(start.plus(Duration.ofDays(1)));
        assertThat(moved.agenda()).isEqualTo("Go or no go");
        assertThat(moved.password()).isEqualTo(meeting.password());
        assertThat(moved.timezone()).isEqualTo("Europe/Berlin");
        assertThat(api.meetings().get(meeting.id())).isEqualTo(moved);
        Meeting replaced = api.meetings().update(meeting.id(), m -> m.title("Release review").password(moved.password())
                .start(moved.start()).end(moved.end()));
        assertThat(replaced.title()).isEqualTo("Release review");
        assertThat(replaced.agenda()).as("an update by id replaces the whole meeting").isNull();
        assertThat(replaced.timezone()).isEqualTo("UTC");
        assertThat(replaced.start()).isEqualTo(moved.start());

        api.meetings().delete(meeting.id());
        assertThat(apiError(() -> api.meetings().get(meeting.id())).statusCode()).isEqualTo(404);
        assertThat(api.meetings().list().toList()).extracting(Meeting::id).containsExactly(other.id());
        CiscoSparkAPI asBob = clientFor(fake.createUser("Bob"));
        assertThat(apiError(() -> asBob.meetings().get(other.id())).statusCode()).isEqualTo(404);
    }

    @Test
    void meetingTemplatesAreListedByTypeAndGot() {
        List<MeetingTemplate> templates = api.meetingTemplates().list().toList();
        assertThat(templates).extracting(MeetingTemplate::templateType)
                .contains(MeetingTemplateType.MEETING, MeetingTemplateType.WEBINAR);

        List<MeetingTemplate> webinars = api.meetingTemplates()
                .list(q -> q.templateType(MeetingTemplateType.WEBINAR)).toList();

        assertThat(webinars).isNotEmpty().allSatisfy(t -> assertThat(t.templateType())
                .isEqualTo(MeetingTemplateType.WEBINAR));
        MeetingTemplate first = templates.get(0);
        MeetingTemplate got = api.meetingTemplates().get(first.id());
        assertThat(got.id()).isEqualTo(first.id());
        assertThat(got.name()).isEqualTo(first.name());
        assertThat(apiError(() -> api.meetingTemplates().get("nope")).statusCode()).isEqualTo(404);
    }

    @Test
    void inviteesAreAddedOneAtATimeAndInBulkUpdatedListedAndRemoved() {
        Meeting meeting = meeting("Planning");
        MeetingInvitee ann = api.meetingInvitees().create(meeting.id(), "ann@example.com");
        assertThat(ann.meetingId()).isEqualTo(meeting.id());
        assertThat(ann.email()).isEqualTo("ann@example.com");
        assertThat(ann.coHost()).isFalse();
        assertThat(api.meetingInvitees().get(ann.id())).isEqualTo(ann);

        MeetingInvitee coHost = api.meetingInvitees().update(ann.id(), i -> i.email("ann@example.com")
                .displayName("Ann Lee").coHost(true));
        List<MeetingInvitee> bulk = api.meetingInvitees().bulkInsert(meeting.id(), b -> b.invitee("ben@example.com")
                .invitee("cid@example.com", "Cid", false));

        assertThat(coHost.displayName()).isEqualTo("Ann Lee");
        assertThat(coHost.coHost()).isTrue();
        assertThat(bulk).extracting(MeetingInvitee::email).containsExactly("ben@example.com", "cid@example.com");
        assertThat(bulk).allSatisfy(i -> assertThat(i.meetingId()).isEqualTo(meeting.id()));
        assertThat(api.meetingInvitees().list(meeting.id()).toList()).extracting(MeetingInvitee::email)
                .containsExactlyInAnyOrder("ann@example.com", "ben@example.com", "cid@example.com");
        assertThat(apiError(() -> api.meetingInvitees().create(meeting.id(), "ben@example.com")).statusCode())
                .isEqualTo(409);

        api.meetingInvitees().delete(ann.id());
        assertThat(apiError(() -> api.meetingInvitees().get(ann.id())).statusCode()).isEqualTo(404);
        assertThat(api.meetingInvitees().list(q -> q.meetingId(meeting.id())).toList()).extracting(MeetingInvitee::id)
                .containsExactlyInAnyOrderElementsOf(bulk.stream().map(MeetingInvitee::id).toList());
    }

    @Test
    void aWebinarThatAcceptsRegistrationsAtOnceApprovesItsRegistrants() {
        Instant start = nextWeek();
        Meeting webinar = api.meetings().create(m -> m.title("Launch").start(start).end(start.plus(Duration.ofHours(2)))
                .scheduledType(MeetingScheduledType.WEBINAR).registration(r -> r.autoAcceptRequest(true)
                        .requireFirstName(true).requireLastName(true).requireEmail(true)));
        assertThat(webinar.scheduledType()).isEqualTo(MeetingScheduledType.WEBINAR);
        assertThat(webinar.registration().autoAcceptRequest()).isTrue();

        MeetingRegistrant ann = api.meetingRegistrants().create(webinar.id(), "Ann", "Lee", "ann@example.com");
        MeetingRegistrant ben = api.meetingRegistrants().create(webinar.id(), r -> r.firstName("Ben").lastName("Ode")
                .email("ben@example.com").jobTitle("CTO").companyName("Acme"));

        assertThat(ann.status()).isEqualTo(RegistrantStatus.APPROVED);
        assertThat(ann.firstName()).isEqualTo("Ann");
        assertThat(ann.lastName()).isEqualTo("Lee");
        assertThat(ann.email()).isEqualTo("ann@example.com");
        assertThat(ann.registrationTime()).isNotNull();
        assertThat(ben.jobTitle()).isEqualTo("CTO");
        assertThat(ben.companyName()).isEqualTo("Acme");
        assertThat(api.meetingRegistrants().get(webinar.id(), ann.id())).isEqualTo(ann);
        assertThat(api.meetingRegistrants().list(webinar.id()).toList()).containsExactlyInAnyOrder(ann, ben);

        api.meetingRegistrants().delete(webinar.id(), ann.id());
        assertThat(apiError(() -> api.meetingRegistrants().get(webinar.id(), ann.id())).statusCode()).isEqualTo(404);
        assertThat(api.meetingRegistrants().list(webinar.id(), q -> q.max(1)).toList()).containsExactly(ben);
    }

    @Test
    void aWebinarThatReviewsRegistrationsKeepsItsRegistrantsPending() {
        Instant start = nextWeek();
        Meeting webinar = api.meetings().create(m -> m.title("Deep dive").start(start).end(start.plus(Duration.ofHours(1)))
                .scheduledType(MeetingScheduledType.WEBINAR).registration(r -> r.autoAcceptRequest(false)));

        MeetingRegistrant ann = api.meetingRegistrants().create(webinar.id(), "Ann", "Lee", "ann@example.com");

        assertThat(ann.status()).isEqualTo(RegistrantStatus.PENDING);
    }

    @Test
    void registrationForAPlainMeetingIsRefused() {
        Meeting meeting = meeting("Standup");

        SparkApiException refused = apiError(() -> api.meetingRegistrants().create(meeting.id(), "Ann", "Lee",
                "ann@example.com"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.errors()).contains("Registration is not supported for this meeting series.");
    }

    @Test
    void aSeededRecordingIsListedGotAndDeleted() {
        Instant start = nextWeek();
        Meeting meeting = api.meetings().create(m -> m.title("All hands").start(start).end(start.plus(Duration.ofHours(1)))
                .field("integrationTags", List.of("crm-42")));
        assertThat(meeting.integrationTags()).containsExactly("crm-42");
        Meeting other = meeting("Unrecorded");
        String id = fake.seedRecording(meeting.id());

        List<Recording> recordings = api.recordings().list().toList();

        assertThat(recordings).extracting(Recording::id).containsExactly(id);
        Recording recording = recordings.get(0);
        assertThat(recording.meetingId()).isEqualTo(meeting.id());
        assertThat(recording.topic()).isEqualTo("All hands");
        assertThat(recording.createTime()).isEqualTo(meeting.end());
        assertThat(recording.hostEmail()).isEqualTo(fake.admin().email());
        assertThat(recording.siteUrl()).isEqualTo(meeting.siteUrl());
        assertThat(recording.durationSeconds()).isEqualTo(3600);
        assertThat(recording.password()).isEqualTo(meeting.password());
        assertThat(recording.format()).isEqualTo("MP4");
        assertThat(recording.status()).isEqualTo("available");
        assertThat(recording.downloadUrl()).startsWith("https://");
        assertThat(recording.playbackUrl()).startsWith("https://");
        assertThat(recording.sizeBytes()).isPositive();
        assertThat(api.recordings().get(id)).isEqualTo(recording);
        assertThat(api.recordings().get(id, q -> q.hostEmail(fake.admin().email()))).isEqualTo(recording);
        assertThat(api.recordings().list(q -> q.meetingId(meeting.id())).toList()).containsExactly(recording);
        assertThat(api.recordings().list(q -> q.meetingId(other.id())).toList()).isEmpty();
        assertThat(api.recordings().list(q -> q.integrationTag("crm-42").siteUrl(meeting.siteUrl())
                .hostEmail(fake.admin().email())).toList()).containsExactly(recording);
        assertThat(api.recordings().list(q -> q.integrationTag("crm-7")).toList()).isEmpty();
        assertThat(api.recordings().list(q -> q.from(meeting.end().plusSeconds(1))).toList()).isEmpty();
        CiscoSparkAPI asBob = clientFor(fake.createUser("Bob"));
        assertThat(apiError(() -> asBob.recordings().get(id)).statusCode()).isEqualTo(404);

        api.recordings().delete(id);
        assertThat(apiError(() -> api.recordings().get(id)).statusCode()).isEqualTo(404);
        assertThat(api.recordings().list().toList()).isEmpty();
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
                () -> api.roles().get("nope"), () -> api.events().get("nope"),
                () -> api.attachmentActions().get("nope"), () -> api.roomTabs().get("nope"),
                () -> api.meetings().get("nope"), () -> api.meetingTemplates().get("nope"),
                () -> api.meetingInvitees().get("nope"), () -> api.recordings().get("nope"),
                () -> api.contents().info("nope"));
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
