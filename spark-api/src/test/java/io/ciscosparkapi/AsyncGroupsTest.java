package io.ciscosparkapi;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.ciscosparkapi.model.Meeting;
import io.ciscosparkapi.model.Message;
import io.ciscosparkapi.model.Person;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The async groups run the blocking methods' own calls: for a sample of every group family, the
 * async twin sends exactly the request the blocking method sends (method, path, query, body and
 * credentials, as WireMock received them) and completes with an equal result; it fails with the
 * exception the blocking method throws; and bad arguments throw from the async method itself,
 * before any request.
 */
class AsyncGroupsTest {

    @RegisterExtension
    static WireMockExtension spark = WireMockSpark.server();

    private static final Person BOB = new Person(Map.of("id", "P1", "emails", List.of("bob@example.com"),
            "displayName", "Bob"));
    private static final Message ROOT = new Message(Map.of("id", "ROOT", "roomId", "ROOM"));
    private static final Meeting MEETING = new Meeting(Map.of("id", "MT1", "title", "Review", "password", "pw",
            "start", "2026-12-02T09:00:00Z", "end", "2026-12-02T10:00:00Z"));
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-01T00:00:00Z");

    /**
     * One operation run both ways against the same answer.
     *
     * @param name what it is, shown as the test's name
     * @param method the HTTP method the answer is for
     * @param path the path below {@code /v1/} (a regular expression)
     * @param status the status answered
     * @param answer the JSON body answered, or {@code null} for none
     * @param blocking the blocking call
     * @param async its async twin
     */
    private record Case(String name, String method, String path, int status, String answer,
                        Function<CiscoSparkAPI, Object> blocking, Function<CiscoSparkAPI, CompletableFuture<?>> async) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A call Spark answers with 200 and {@code answer}, or with 204 when {@code answer} is {@code null}. */
    private static Case call(String name, String method, String path, String answer,
                             Function<CiscoSparkAPI, Object> blocking, Function<CiscoSparkAPI, CompletableFuture<?>> async) {
        return new Case(name, method, path, answer == null ? 204 : 200, answer, blocking, async);
    }

    /** A call Spark answers with {@code status} and {@code answer}. */
    private static Case failing(String name, int status, String method, String path, String answer,
                                Function<CiscoSparkAPI, Object> blocking,
                                Function<CiscoSparkAPI, CompletableFuture<?>> async) {
        return new Case(name, method, path, status, answer, blocking, async);
    }

    private static void stub(Case c) {
        spark.stubFor(request(c.method(), urlPathMatching("/v1/" + c.path())).willReturn(c.answer() == null
                ? aResponse().withStatus(c.status())
                : aResponse().withStatus(c.status()).withHeader("Content-Type", "application/json").withBody(c.answer())));
    }

    static Stream<Case> operations() {
        String items = "{\"items\":[{\"id\":\"A\"},{\"id\":\"B\"}]}";
        return Stream.of(
                call("people.me()", "GET", "people/me", "{\"id\":\"ME\",\"displayName\":\"Me\"}",
                        api -> api.people().me(), api -> api.async().people().me()),
                call("people.update(Person, Consumer) sends the pre-filled body", "PUT", "people/P1",
                        "{\"id\":\"P1\",\"displayName\":\"Robert\"}",
                        api -> api.people().update(BOB, p -> p.displayName("Robert")),
                        api -> api.async().people().update(BOB, p -> p.displayName("Robert"))),
                call("people.list(Consumer).toList()", "GET", "people", items,
                        api -> api.people().list(q -> q.displayName("Bo").max(2)).toList(),
                        api -> api.async().people().list(q -> q.displayName("Bo").max(2)).toList()),
                call("rooms.create(String)", "POST", "rooms", "{\"id\":\"R1\",\"title\":\"Ops\"}",
                        api -> api.rooms().create("Ops"), api -> api.async().rooms().create("Ops")),
                call("rooms.meetingInfo(String)", "GET", "rooms/R1/meetingInfo",
                        "{\"roomId\":\"R1\",\"meetingLink\":\"https://meet.example.com/r1\"}",
                        api -> api.rooms().meetingInfo("R1"), api -> api.async().rooms().meetingInfo("R1")),
                call("rooms.list().first(1)", "GET", "rooms", "{\"items\":[{\"id\":\"A\"}]}",
                        api -> api.rooms().list().first(1), api -> api.async().rooms().list().first(1)),
                call("rooms.delete(String)", "DELETE", "rooms/R1", null,
                        api -> run(() -> api.rooms().delete("R1")), api -> api.async().rooms().delete("R1")),
                call("memberships.update(String, boolean)", "PUT", "memberships/M1", "{\"id\":\"M1\",\"isModerator\":true}",
                        api -> api.memberships().update("M1", true), api -> api.async().memberships().update("M1", true)),
                call("memberships.list(String).toList()", "GET", "memberships", items,
                        api -> api.memberships().list("R1").toList(), api -> api.async().memberships().list("R1").toList()),
                call("messages.reply(Message, Consumer)", "POST", "messages", "{\"id\":\"M2\",\"parentId\":\"ROOT\"}",
                        api -> api.messages().reply(ROOT, m -> m.text("On it")),
                        api -> api.async().messages().reply(ROOT, m -> m.text("On it"))),
                call("messages.listReplies(Message).toList()", "GET", "messages", items,
                        api -> api.messages().listReplies(ROOT).toList(),
                        api -> api.async().messages().listReplies(ROOT).toList()),
                call("messages.listDirect(Consumer).toList()", "GET", "messages/direct", items,
                        api -> api.messages().listDirect(q -> q.personEmail("bob@example.com")).toList(),
                        api -> api.async().messages().listDirect(q -> q.personEmail("bob@example.com")).toList()),
                call("messages.update(String, Consumer)", "PUT", "messages/M1", "{\"id\":\"M1\",\"markdown\":\"**hi**\"}",
                        api -> api.messages().update("M1", m -> m.roomId("ROOM").markdown("**hi**")),
                        api -> api.async().messages().update("M1", m -> m.roomId("ROOM").markdown("**hi**"))),
                call("teams.create(String)", "POST", "teams", "{\"id\":\"T1\",\"name\":\"Ops\"}",
                        api -> api.teams().create("Ops"), api -> api.async().teams().create("Ops")),
                call("teamMemberships.update(String, boolean)", "PUT", "team/memberships/TM1", "{\"id\":\"TM1\"}",
                        api -> api.teamMemberships().update("TM1", false),
                        api -> api.async().teamMemberships().update("TM1", false)),
                call("webhooks.create(Consumer)", "POST", "webhooks", "{\"id\":\"W1\",\"name\":\"w\"}",
                        api -> api.webhooks().create(w -> w.name("w").targetUrl("https://bot.example.com/hook")
                                .resource("messages").event("created")),
                        api -> api.async().webhooks().create(w -> w.name("w").targetUrl("https://bot.example.com/hook")
                                .resource("messages").event("created"))),
                call("organizations.get(String)", "GET", "organizations/O1", "{\"id\":\"O1\"}",
                        api -> api.organizations().get("O1"), api -> api.async().organizations().get("O1")),
                call("licenses.list(Consumer).toList()", "GET", "licenses", items,
                        api -> api.licenses().list(q -> q.orgId("O1")).toList(),
                        api -> api.async().licenses().list(q -> q.orgId("O1")).toList()),
                call("roles.get(String)", "GET", "roles/RO1", "{\"id\":\"RO1\"}",
                        api -> api.roles().get("RO1"), api -> api.async().roles().get("RO1")),
                call("events.list(Consumer).toList()", "GET", "events", items,
                        api -> api.events().list(q -> q.resource("messages").from(FROM)).toList(),
                        api -> api.async().events().list(q -> q.resource("messages").from(FROM)).toList()),
                call("accessTokens.get(...) is sent without the client's token", "POST", "access_token",
                        "{\"access_token\":\"AT\",\"expires_in\":1209600}",
                        api -> api.accessTokens().get("client", "secret", "code", "https://app.example.com/cb"),
                        api -> api.async().accessTokens().get("client", "secret", "code", "https://app.example.com/cb")),
                call("accessTokens.refresh(...)", "POST", "access_token", "{\"access_token\":\"AT2\"}",
                        api -> api.accessTokens().refresh("client", "secret", "refresh"),
                        api -> api.async().accessTokens().refresh("client", "secret", "refresh")),
                call("guestIssuer.login(String) is sent with the JWT as its token", "POST", "jwt/login",
                        "{\"token\":\"GT\",\"expiresIn\":3600}",
                        api -> api.guestIssuer().login("a.b.c"), api -> api.async().guestIssuer().login("a.b.c")),
                call("attachmentActions.create(String, Map)", "POST", "attachment/actions", "{\"id\":\"AA1\"}",
                        api -> api.attachmentActions().create("M1", Map.of("choice", "yes")),
                        api -> api.async().attachmentActions().create("M1", Map.of("choice", "yes"))),
                call("roomTabs.create(String, String, String)", "POST", "room/tabs", "{\"id\":\"RT1\"}",
                        api -> api.roomTabs().create("R1", "https://dash.example.com", "Dashboard"),
                        api -> api.async().roomTabs().create("R1", "https://dash.example.com", "Dashboard")),
                call("adminAuditEvents.list(String, Instant, Instant).toList()", "GET", "adminAudit/events", items,
                        api -> api.adminAuditEvents().list("O1", FROM, TO).toList(),
                        api -> api.async().adminAuditEvents().list("O1", FROM, TO).toList()),
                call("meetings.create(String, Instant, Instant)", "POST", "meetings", "{\"id\":\"MT1\",\"title\":\"t\"}",
                        api -> api.meetings().create("t", FROM, TO), api -> api.async().meetings().create("t", FROM, TO)),
                call("meetings.update(Meeting, Consumer) sends the pre-filled body", "PUT", "meetings/MT1",
                        "{\"id\":\"MT1\",\"agenda\":\"a\"}",
                        api -> api.meetings().update(MEETING, m -> m.agenda("a")),
                        api -> api.async().meetings().update(MEETING, m -> m.agenda("a"))),
                call("meetingTemplates.list().toList()", "GET", "meetings/templates", items,
                        api -> api.meetingTemplates().list().toList(),
                        api -> api.async().meetingTemplates().list().toList()),
                call("meetingInvitees.bulkInsert(String, Consumer) reads each invitee", "POST", "meetingInvitees/bulkInsert",
                        "{\"items\":[{\"id\":\"I1\",\"email\":\"bob@example.com\"},{\"id\":\"I2\",\"email\":\"carol@example.com\"}]}",
                        api -> api.meetingInvitees().bulkInsert("MT1", b -> b.invitee("bob@example.com")
                                .invitee("carol@example.com", "Carol", true)),
                        api -> api.async().meetingInvitees().bulkInsert("MT1", b -> b.invitee("bob@example.com")
                                .invitee("carol@example.com", "Carol", true))),
                call("meetingRegistrants.create(String, String, String, String)", "POST", "meetings/MT1/registrants",
                        "{\"id\":\"RG1\"}",
                        api -> api.meetingRegistrants().create("MT1", "Bob", "Example", "bob@example.com"),
                        api -> api.async().meetingRegistrants().create("MT1", "Bob", "Example", "bob@example.com")),
                call("recordings.get(String, Consumer)", "GET", "recordings/RC1", "{\"id\":\"RC1\"}",
                        api -> api.recordings().get("RC1", q -> q.hostEmail("bob@example.com")),
                        api -> api.async().recordings().get("RC1", q -> q.hostEmail("bob@example.com"))),
                call("recordings.delete(String, Consumer)", "DELETE", "recordings/RC1", null,
                        api -> run(() -> api.recordings().delete("RC1", q -> q.siteUrl("example.webex.com"))),
                        api -> api.async().recordings().delete("RC1", q -> q.siteUrl("example.webex.com"))),
                call("session().getItems(String, Map).toList()", "GET", "rooms", items,
                        api -> api.session().getItems("rooms", Map.of("max", 2)).toList(),
                        api -> api.async().session().getItems("rooms", Map.of("max", 2)).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void theAsyncTwinSendsTheBlockingRequestAndCompletesWithAnEqualResult(Case c) throws Exception {
        stub(c);
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertTwins(api, c.blocking(), c.async());
        }
    }

    @Test
    void anAsyncListingFollowsNextLinksAsTheBlockingOneDoes() throws Exception {
        spark.stubFor(get(urlPathEqualTo("/v1/rooms")).withQueryParam("cursor", absent()).willReturn(
                okJson("{\"items\":[{\"id\":\"A\"},{\"id\":\"B\"}]}")
                        .withHeader("Link", "<" + WireMockSpark.baseUrl(spark) + "rooms?max=2&cursor=2>; rel=\"next\"")));
        spark.stubFor(get(urlPathEqualTo("/v1/rooms")).withQueryParam("cursor", equalTo("2"))
                .willReturn(okJson("{\"items\":[{\"id\":\"C\"}]}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            List<?> rooms = (List<?>) assertTwins(api, a -> a.rooms().list(q -> q.max(2)).toList(),
                    a -> a.async().rooms().list(q -> q.max(2)).toList());
            assertThat(rooms).hasSize(3);
            assertThat(spark.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
        }
    }

    @Test
    void aLocalFileIsUploadedAsTheBlockingCallUploadsIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "the notes");
        spark.stubFor(post(urlPathEqualTo("/v1/messages")).willReturn(okJson("{\"id\":\"M1\",\"text\":\"see\"}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertTwins(api, a -> a.messages().create(m -> m.roomId("ROOM").text("see").file(file)),
                    a -> a.async().messages().create(m -> m.roomId("ROOM").text("see").file(file)));
        }
    }

    @Test
    void aFileIsDownloadedToAStreamOrToDiskAsTheBlockingCallDownloadsIt(@TempDir Path dir) throws Exception {
        spark.stubFor(request("GET", urlPathEqualTo("/v1/contents/C1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain")
                .withHeader("Content-Disposition", "attachment; filename=\"chart.txt\"")
                .withBody("bytes of the chart")));
        spark.stubFor(request("HEAD", urlPathEqualTo("/v1/contents/C1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain").withHeader("Content-Length", "18")
                .withHeader("Content-Disposition", "attachment; filename=\"chart.txt\"")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            assertThat(((FileInfo) assertTwins(api, a -> a.contents().info("C1"), a -> a.async().contents().info("C1")))
                    .fileName()).isEqualTo("chart.txt");
            assertThat(assertTwins(api, a -> a.contents().download("C1"), a -> a.async().contents().download("C1")))
                    .isEqualTo(List.of("chart.txt", "bytes of the chart"));
            assertThat(assertTwins(api, a -> a.contents().download("C1", d -> d.allowUnscannable(true)),
                    a -> a.async().contents().download("C1", d -> d.allowUnscannable(true))))
                    .isEqualTo(List.of("chart.txt", "bytes of the chart"));
            assertThat(assertTwins(api, a -> a.contents().download("C1", dir), a -> a.async().contents().download("C1", dir)))
                    .isEqualTo(List.of(dir.resolve("chart.txt"), "bytes of the chart"));
            Path target = dir.resolve("saved.txt");
            assertThat(assertTwins(api, a -> a.contents().download("C1", target, d -> { }),
                    a -> a.async().contents().download("C1", target, d -> { })))
                    .isEqualTo(List.of(target, "bytes of the chart"));
        }
    }

    static Stream<Case> failures() {
        String error = "{\"message\":\"No.\",\"trackingId\":\"T-1\"}";
        return Stream.of(
                failing("a 404 is a SparkApiException", 404, "GET", "people/NOPE", error,
                        api -> api.people().get("NOPE"), api -> api.async().people().get("NOPE")),
                failing("a 409 on a POST is a SparkApiException", 409, "POST", "memberships", error,
                        api -> api.memberships().create(m -> m.roomId("R1").personId("ME")),
                        api -> api.async().memberships().create(m -> m.roomId("R1").personId("ME"))),
                failing("a page that fails is a SparkApiException", 503, "GET", "webhooks", error,
                        api -> api.webhooks().list().toList(), api -> api.async().webhooks().list().toList()),
                failing("a body that is not JSON is a SparkException", 200, "GET", "rooms/R1", "not json",
                        api -> api.rooms().get("R1"), api -> api.async().rooms().get("R1")),
                failing("a field the strict model does not know is a SparkException", 200, "GET", "teams/T1",
                        "{\"id\":\"T1\",\"surprise\":1}", api -> api.teams().get("T1"), api -> api.async().teams().get("T1")),
                failing("a bulk insert answer without items is a SparkException", 200, "POST", "meetingInvitees/bulkInsert",
                        "{\"id\":\"I1\"}", api -> api.meetingInvitees().bulkInsert("MT1", b -> b.invitee("bob@example.com")),
                        api -> api.async().meetingInvitees().bulkInsert("MT1", b -> b.invitee("bob@example.com"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailedAsyncCallCompletesWithTheExceptionTheBlockingCallThrows(Case c) {
        stub(c);
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            Throwable blocking = catchThrowable(() -> c.blocking().apply(api));
            Throwable async = catchThrowable(() -> c.async().apply(api).get(10, TimeUnit.SECONDS));

            assertThat(blocking).isInstanceOf(SparkException.class);
            assertThat(async).isInstanceOf(ExecutionException.class);
            assertThat(async.getCause()).hasSameClassAs(blocking).hasMessage(blocking.getMessage());
            if (blocking instanceof SparkApiException e) {
                assertThat(((SparkApiException) async.getCause()).statusCode()).isEqualTo(e.statusCode())
                        .isEqualTo(c.status());
            }
        }
    }

    static Stream<Case> badArguments() {
        return Stream.of(
                call("a blank id", "GET", "people/.*", null,
                        api -> api.people().get(" "), api -> api.async().people().get(" ")),
                call("a message without content", "POST", "messages", null,
                        api -> api.messages().create(m -> m.roomId("R1")),
                        api -> api.async().messages().create(m -> m.roomId("R1"))),
                call("a reply to a message without a room", "POST", "messages", null,
                        api -> api.messages().reply(new Message(Map.of("id", "M1")), m -> m.text("t")),
                        api -> api.async().messages().reply(new Message(Map.of("id", "M1")), m -> m.text("t"))),
                call("a meeting that ends before it starts", "POST", "meetings", null,
                        api -> api.meetings().create("t", TO, FROM), api -> api.async().meetings().create("t", TO, FROM)),
                call("a person update without an id", "PUT", "people/.*", null,
                        api -> api.people().update(new Person(Map.of("displayName", "Bob")), p -> p.title("x")),
                        api -> api.async().people().update(new Person(Map.of("displayName", "Bob")), p -> p.title("x"))),
                call("a listing of public spaces by type", "GET", "rooms", null,
                        api -> api.rooms().list(q -> q.orgPublicSpaces(true).teamId("T1")),
                        api -> api.async().rooms().list(q -> q.orgPublicSpaces(true).teamId("T1")).toList()),
                call("an admin audit page over 200", "GET", "adminAudit/events", null,
                        api -> api.adminAuditEvents().list(q -> q.orgId("O1").from(FROM).to(TO).max(201)),
                        api -> api.async().adminAuditEvents().list(q -> q.orgId("O1").from(FROM).to(TO).max(201)).toList()),
                call("a download to a directory that does not exist", "GET", "contents/C1", null,
                        api -> api.contents().download("C1", Path.of("no", "such", "dir", "file.txt")),
                        api -> api.async().contents().download("C1", Path.of("no", "such", "dir", "file.txt"))),
                call("a JWT with a space in it", "POST", "jwt/login", null,
                        api -> api.guestIssuer().login("a b"), api -> api.async().guestIssuer().login("a b")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void aBadArgumentThrowsFromTheAsyncMethodAsFromTheBlockingOneBeforeAnyRequest(Case c) {
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            Throwable blocking = catchThrowable(() -> c.blocking().apply(api));
            Throwable async = catchThrowable(() -> c.async().apply(api));

            assertThat(blocking).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
            assertThat(async).hasSameClassAs(blocking).hasMessage(blocking.getMessage());
        }
        assertThat(spark.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void theAsyncClientOfAViewUsesTheViewsSettings() throws Exception {
        spark.stubFor(get(urlPathEqualTo("/v1/people/me")).willReturn(okJson("{\"id\":\"ME\"}")));
        try (CiscoSparkAPI api = WireMockSpark.client(spark)) {
            AsyncCiscoSparkAPI view = api.withOptions(o -> o.header("X-Team", "billing")).async();
            view.people().me().get(10, TimeUnit.SECONDS);
            api.async().people().me().get(10, TimeUnit.SECONDS);
        }
        List<LoggedRequest> sent = spark.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).getHeader("X-Team")).isEqualTo("billing");
        assertThat(sent.get(1).containsHeader("X-Team")).isFalse();
    }

    /**
     * Runs the blocking call, then its async twin, and asserts that WireMock received the same
     * requests for both and that both gave an equal result.
     *
     * @return the (settled) result
     */
    private static Object assertTwins(CiscoSparkAPI api, Function<CiscoSparkAPI, Object> blocking,
                                      Function<CiscoSparkAPI, CompletableFuture<?>> async) throws Exception {
        spark.resetRequests();
        Object blockingResult = settle(blocking.apply(api));
        List<Sent> blockingSent = sent();
        spark.resetRequests();
        Object asyncResult = settle(async.apply(api).get(10, TimeUnit.SECONDS));
        List<Sent> asyncSent = sent();

        assertThat(blockingSent).as("requests of the blocking call").isNotEmpty();
        assertThat(asyncSent).as("requests of the async call").isEqualTo(blockingSent);
        assertThat(asyncResult).as("result of the async call").isEqualTo(blockingResult);
        return asyncResult;
    }

    /** What a call received, as something that compares by value. */
    private static Object settle(Object result) {
        try {
            if (result instanceof FileDownload download) {
                try (download) {
                    return List.of(download.info().fileName(), new String(download.body().readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
            if (result instanceof Path file) {
                return List.of(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /**
     * A request as sent: the multipart boundary, random per request, is left out, and the client's
     * own token is shown as {@code <token>} so that no failure message prints it.
     */
    private record Sent(String method, String path, Map<String, List<String>> query, String contentType, String body,
                        String authorization) {
    }

    private static List<Sent> sent() {
        return spark.findAll(anyRequestedFor(anyUrl())).stream().map(r -> {
            Map<String, List<String>> query = new TreeMap<>();
            r.getQueryParams().forEach((name, values) -> query.put(name, values.values()));
            return new Sent(r.getMethod().getName(), URI.create(r.getUrl()).getRawPath(), query,
                    withoutBoundary(r.getHeader("Content-Type")), withoutBoundary(r.getBodyAsString()),
                    r.containsHeader("Authorization")
                            ? r.getHeader("Authorization").replace(WireMockSpark.TOKEN, "<token>") : null);
        }).toList();
    }

    private static String withoutBoundary(String text) {
        return text == null ? null : text.replaceAll("ciscosparkapi-[0-9a-f]{32}", "BOUNDARY");
    }

    private static Object run(Runnable call) {
        call.run();
        return null;
    }
}
