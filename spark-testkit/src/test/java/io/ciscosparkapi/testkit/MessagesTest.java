package io.ciscosparkapi.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest extends FakeSparkHttpTestBase {

    @Test
    void listingRequiresARoomId() {
        assertThat(http.get(admin, "messages").status()).isEqualTo(400);
    }

    @Test
    void messagesAreListedNewestFirst() {
        String roomId = room(admin, "Chat");
        String m1 = say(admin, Map.of("roomId", roomId, "text", "one")).id();
        String m2 = say(admin, Map.of("roomId", roomId, "text", "two")).id();
        String m3 = say(admin, Map.of("roomId", roomId, "text", "three")).id();
        assertThat(http.get(admin, "messages?roomId=" + roomId).itemIds()).containsExactly(m3, m2, m1);
    }

    @Test
    void beforeAndBeforeMessageExcludeNewerMessages() {
        String roomId = room(admin, "Chat");
        Http.Resp first = say(admin, Map.of("roomId", roomId, "text", "one"));
        String m2 = say(admin, Map.of("roomId", roomId, "text", "two")).id();
        String m3 = say(admin, Map.of("roomId", roomId, "text", "three")).id();
        assertThat(http.get(admin, "messages?roomId=" + roomId + "&beforeMessage=" + m3).itemIds())
                .containsExactly(m2, first.id());
        String created2 = http.get(admin, "messages/" + m2).str("created");
        assertThat(http.get(admin, "messages?roomId=" + roomId + "&before=" + created2).itemIds())
                .containsExactly(first.id());
        assertThat(http.get(admin, "messages?roomId=" + roomId + "&before=yesterday").status()).isEqualTo(400);
    }

    @Test
    void mentionedPeopleMeListsOnlyMessagesMentioningTheCaller() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Mentions");
        addMember(admin, roomId, bob.id());
        String mention = say(admin, Map.of("roomId", roomId, "markdown", "Hi <@personId:" + bob.id() + "|Bob>")).id();
        say(admin, Map.of("roomId", roomId, "text", "no mention"));
        assertThat(http.get(bob.token(), "messages?roomId=" + roomId + "&mentionedPeople=me").itemIds())
                .containsExactly(mention);
        assertThat(http.get(bob.token(), "messages?roomId=" + roomId + "&mentionedPeople=" + spark.admin().id())
                .status()).isEqualTo(400);
    }

    @Test
    void botsInGroupRoomsMustAskForMentionsAndSeeOnlyThose() {
        FakeUser bot = spark.createBot("Helper");
        String roomId = room(admin, "Bots");
        addMember(admin, roomId, bot.id());
        String mention = say(admin, Map.of("roomId", roomId, "markdown", "<@personEmail:" + bot.email() + "> help")).id();
        String other = say(admin, Map.of("roomId", roomId, "text", "private chatter")).id();
        assertThat(http.get(bot.token(), "messages?roomId=" + roomId).status()).isEqualTo(403);
        assertThat(http.get(bot.token(), "messages?roomId=" + roomId + "&mentionedPeople=me").itemIds())
                .containsExactly(mention);
        assertThat(http.get(bot.token(), "messages/" + other).status()).isEqualTo(404);
        assertThat(http.get(bot.token(), "messages/" + mention).status()).isEqualTo(200);
    }

    @Test
    void botsSeeEverythingInDirectRooms() {
        FakeUser bot = spark.createBot("Helper");
        String roomId = say(admin, Map.of("toPersonId", bot.id(), "text", "hello bot")).str("roomId");
        assertThat(http.get(bot.token(), "messages?roomId=" + roomId).items()).hasSize(1);
    }

    @Test
    void exactlyOneDestinationIsRequired() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Dest");
        assertThat(say(admin, Map.of("text", "nowhere")).status()).isEqualTo(400);
        assertThat(say(admin, Map.of("roomId", roomId, "toPersonId", bob.id(), "text", "two")).status()).isEqualTo(400);
    }

    @Test
    void contentIsRequired() {
        String roomId = room(admin, "Empty");
        assertThat(say(admin, Map.of("roomId", roomId)).status()).isEqualTo(400);
        assertThat(say(admin, Map.of("roomId", roomId, "html", "<p>html rides along only</p>")).status())
                .isEqualTo(400);
    }

    @Test
    void textLongerThan7439BytesIsABadRequest() {
        String roomId = room(admin, "Long");
        assertThat(say(admin, Map.of("roomId", roomId, "text", "x".repeat(7439))).status()).isEqualTo(200);
        assertThat(say(admin, Map.of("roomId", roomId, "text", "x".repeat(7440))).status()).isEqualTo(400);
        assertThat(say(admin, Map.of("roomId", roomId, "markdown", "\u00e9".repeat(3720))).status()).isEqualTo(400);
    }

    @Test
    void postingToARoomYouAreNotInIsNotFound() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Closed");
        assertThat(say(bob.token(), Map.of("roomId", roomId, "text", "let me in")).status()).isEqualTo(404);
    }

    @Test
    void aDirectMessageCreatesTheDirectRoomOnceAndReusesIt() {
        FakeUser bob = spark.createUser("Bob");
        Http.Resp first = say(admin, Map.of("toPersonId", bob.id(), "text", "one"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.str("roomType")).isEqualTo("direct");
        assertThat(first.str("toPersonId")).isEqualTo(bob.id());
        Http.Resp second = say(admin, Map.of("toPersonEmail", bob.email(), "text", "two"));
        assertThat(second.str("roomId")).isEqualTo(first.str("roomId"));
        Http.Resp reply = say(bob.token(), Map.of("toPersonId", spark.admin().id(), "text", "back"));
        assertThat(reply.str("roomId")).isEqualTo(first.str("roomId"));
        assertThat(http.get(bob.token(), "messages/direct?personId=" + spark.admin().id()).items()).hasSize(3);
    }

    @Test
    void sendingADirectMessageToYourselfIsABadRequest() {
        assertThat(say(admin, Map.of("toPersonId", spark.admin().id(), "text", "me")).status()).isEqualTo(400);
        assertThat(say(admin, Map.of("toPersonEmail", spark.admin().email(), "text", "me")).status()).isEqualTo(400);
    }

    @Test
    void mentionsAreParsedFromMarkdownAndRendered() {
        FakeUser bob = spark.createUser("Bob Example");
        FakeUser carol = spark.createUser("Carol");
        String roomId = room(admin, "Render");
        addMember(admin, roomId, bob.id());
        addMember(admin, roomId, carol.id());
        Http.Resp r = say(admin, Map.of("roomId", roomId, "markdown",
                "<@personEmail:" + bob.email() + ">, the build is **green**. <@personId:" + carol.id() + "|Caz> <@all>"));
        assertThat(r.json().get("mentionedPeople").toString()).contains(bob.id(), carol.id());
        assertThat(r.json().get("mentionedGroups").get(0).asString()).isEqualTo("all");
        assertThat(r.str("text")).isEqualTo("Bob Example, the build is green. Caz All");
        assertThat(r.str("html")).contains("<strong>green</strong>").contains("spark-mention").contains(bob.id());
        assertThat(r.str("markdown")).contains("**green**");
    }

    @Test
    void onlyOneFileUrlIsAllowed() {
        String roomId = room(admin, "Files");
        Http.Resp ok = say(admin, Map.of("roomId", roomId, "files", List.of("https://example.com/a.png")));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("files")).hasSize(1);
        assertThat(say(admin, Map.of("roomId", roomId, "files",
                List.of("https://example.com/a.png", "https://example.com/b.png"))).status()).isEqualTo(400);
    }

    @Test
    void aMultipartUploadIsStoredAndServedFromItsContentUrl() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Upload");
        addMember(admin, roomId, bob.id());
        byte[] file = new byte[70_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31);
        }
        String boundary = "----fakeboundary123";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"roomId\"\r\n\r\n" + roomId + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nthe report\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"report.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        Http.Resp r = http.send("POST", admin, "messages", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.str("text")).isEqualTo("the report");
        String url = r.json().get("files").get(0).asString();
        assertThat(url).startsWith(http.base + "contents/");
        Http.Resp content = http.get(bob.token(), url);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.bytes()).isEqualTo(file);
        assertThat(content.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(content.header("Content-Disposition")).isEqualTo("attachment; filename=\"report.bin\"");
        Http.Resp head = http.send("HEAD", bob.token(), url, null, null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Disposition")).isEqualTo("attachment; filename=\"report.bin\"");
        assertThat(head.bytes()).isEmpty();
        FakeUser outsider = spark.createUser("Outsider");
        assertThat(http.get(outsider.token(), url).status()).isEqualTo(404);
    }

    @Test
    void getReturnsTheMessageWithItsFields() {
        String roomId = room(admin, "Get");
        String id = say(admin, Map.of("roomId", roomId, "text", "hello")).id();
        Http.Resp r = http.get(admin, "messages/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.str("roomId")).isEqualTo(roomId);
        assertThat(r.str("roomType")).isEqualTo("group");
        assertThat(r.str("personId")).isEqualTo(spark.admin().id());
        assertThat(r.str("personEmail")).isEqualTo(spark.admin().email());
        assertThat(r.str("text")).isEqualTo("hello");
    }

    @Test
    void onlyTheAuthorMayDeleteAndAfterwardsTheMessageIsGone() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(admin, "Delete");
        addMember(admin, roomId, bob.id());
        String id = say(admin, Map.of("roomId", roomId, "text", "mine")).id();
        assertThat(http.delete(bob.token(), "messages/" + id).status()).isEqualTo(403);
        assertThat(http.delete(admin, "messages/" + id).status()).isEqualTo(204);
        assertThat(http.get(admin, "messages/" + id).status()).isEqualTo(404);
        assertThat(http.delete(admin, "messages/" + id).status()).isEqualTo(404);
    }

    @Test
    void theAuthorMayEditAMessage() {
        String roomId = room(admin, "Edit");
        String id = say(admin, Map.of("roomId", roomId, "text", "draft")).id();
        Http.Resp r = http.put(admin, "messages/" + id, Map.of("roomId", roomId, "text", "final"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.str("text")).isEqualTo("final");
        assertThat(r.str("updated")).isNotNull();
    }

    @Test
    void repliesMustTargetATopLevelMessageOfTheSameRoom() {
        String roomId = room(admin, "Threads");
        String parent = say(admin, Map.of("roomId", roomId, "text", "parent")).id();
        Http.Resp reply = say(admin, Map.of("roomId", roomId, "parentId", parent, "text", "reply"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.str("parentId")).isEqualTo(parent);
        assertThat(say(admin, Map.of("roomId", roomId, "parentId", reply.id(), "text", "nested")).status())
                .isEqualTo(400);
        assertThat(http.get(admin, "messages?roomId=" + roomId + "&parentId=" + parent).itemIds())
                .containsExactly(reply.id());
    }

    @Test
    void aThreadListsItsRepliesNewestFirstWithoutTheParentOrOtherMessages() {
        String roomId = room(admin, "Thread order");
        String parent = say(admin, Map.of("roomId", roomId, "text", "parent")).id();
        String r1 = say(admin, Map.of("roomId", roomId, "parentId", parent, "text", "one")).id();
        say(admin, Map.of("roomId", roomId, "text", "unrelated"));
        String r2 = say(admin, Map.of("roomId", roomId, "parentId", parent, "text", "two")).id();
        String r3 = say(admin, Map.of("roomId", roomId, "parentId", parent, "text", "three")).id();
        assertThat(http.get(admin, "messages?roomId=" + roomId + "&parentId=" + parent).itemIds())
                .containsExactly(r3, r2, r1);
        Http.Resp page = http.get(admin, "messages?roomId=" + roomId + "&parentId=" + parent + "&max=2");
        assertThat(page.itemIds()).containsExactly(r3, r2);
        assertThat(http.get(admin, page.next()).itemIds()).containsExactly(r1);
        assertThat(http.get(admin, "messages?roomId=" + roomId).items()).hasSize(5);
    }

    @Test
    void aParentInAnotherRoomIsABadRequest() {
        String roomId = room(admin, "Here");
        String elsewhere = say(admin, Map.of("roomId", room(admin, "Elsewhere"), "text", "parent")).id();
        Http.Resp r = say(admin, Map.of("roomId", roomId, "parentId", elsewhere, "text", "reply"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.str("message")).contains("parentId");
    }

    @Test
    void anUnknownOrInvisibleParentIsNotFound() {
        FakeUser bob = spark.createUser("Bob");
        String roomId = room(bob.token(), "Bob's");
        String hidden = say(admin, Map.of("roomId", room(admin, "Hidden"), "text", "secret")).id();
        assertThat(say(bob.token(), Map.of("roomId", roomId, "parentId", hidden, "text", "re")).status())
                .isEqualTo(404);
        assertThat(say(bob.token(), Map.of("roomId", roomId, "parentId", "Y2lzY29zcGFyazovL3VzL01FU1NBR0Uvbm9uZQ",
                "text", "re")).status()).isEqualTo(404);
        assertThat(http.get(bob.token(), "messages?roomId=" + roomId).items()).isEmpty();
    }

    @Test
    void aDirectReplyByPersonLandsInTheDirectRoomsThread() {
        FakeUser bob = spark.createUser("Bob");
        Http.Resp parent = say(admin, Map.of("toPersonId", bob.id(), "text", "question"));
        String directRoom = parent.str("roomId");

        Http.Resp byId = say(bob.token(), Map.of("toPersonId", spark.admin().id(), "parentId", parent.id(),
                "text", "answer"));
        Http.Resp byEmail = say(admin, Map.of("toPersonEmail", bob.email(), "parentId", parent.id(), "text", "thanks"));

        assertThat(byId.status()).as(byId.toString()).isEqualTo(200);
        assertThat(byId.str("roomId")).isEqualTo(directRoom);
        assertThat(byId.str("parentId")).isEqualTo(parent.id());
        assertThat(byEmail.str("roomId")).isEqualTo(directRoom);
        assertThat(byEmail.str("parentId")).isEqualTo(parent.id());
        assertThat(http.get(admin, "messages?roomId=" + directRoom + "&parentId=" + parent.id()).itemIds())
                .containsExactly(byEmail.id(), byId.id());
        assertThat(http.get(bob.token(), "messages/direct?personId=" + spark.admin().id() + "&parentId=" + parent.id())
                .itemIds()).containsExactly(byEmail.id(), byId.id());
        assertThat(http.get(bob.token(), "messages/direct?personEmail=" + spark.admin().email()).items()).hasSize(3);
    }

    @Test
    void aDirectReplyToAParentOutsideThatDirectRoomIsABadRequestAndCreatesNothing() {
        FakeUser bob = spark.createUser("Bob");
        String groupParent = say(admin, Map.of("roomId", room(admin, "Group"), "text", "parent")).id();
        assertThat(say(admin, Map.of("toPersonId", bob.id(), "parentId", groupParent, "text", "re")).status())
                .isEqualTo(400);
        assertThat(say(admin, Map.of("toPersonEmail", "nobody@example.com", "parentId", groupParent, "text", "re"))
                .status()).isEqualTo(400);
        assertThat(http.get(admin, "rooms?type=direct").items()).isEmpty();
        assertThat(http.get(admin, "people?email=nobody@example.com").items()).isEmpty();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
