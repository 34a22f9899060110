package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ciscosparkapi.model.Room;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the session layer copes with a server that misbehaves on purpose. */
class SessionFaultsTest {

    private static final String ROOM = "{\"id\":\"R1\",\"title\":\"t\",\"type\":\"group\",\"isLocked\":false}";

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    private ScriptedServer server(ScriptedServer.Script script) throws IOException {
        ScriptedServer server = new ScriptedServer(script);
        open.add(server);
        return server;
    }

    private CiscoSparkAPI.Builder client(ScriptedServer server) {
        return CiscoSparkAPI.builder().accessToken(WireMockSpark.TOKEN).baseUrl(server.baseUrl()).transport("jdk")
                .environment(name -> null).sleeper(waits::add).random(() -> 0.5);
    }

    private CiscoSparkAPI api(ScriptedServer server) {
        CiscoSparkAPI api = client(server).build();
        open.add(api);
        return api;
    }

    /** Declares the whole room, sends the first half of it, and closes the connection. */
    private static boolean cutShort(OutputStream out) throws IOException {
        byte[] body = ROOM.getBytes(StandardCharsets.UTF_8);
        ScriptedServer.head(out, 200, body.length);
        out.write(body, 0, body.length / 2);
        return false;
    }

    @Test
    void aGetWhoseConnectionDropsMidBodyIsSentAgain() throws IOException {
        ScriptedServer server = server((request, out) -> {
            if (request.number() == 1) {
                return cutShort(out);
            }
            ScriptedServer.json(out, 200, ROOM);
            return true;
        });
        Room room = api(server).rooms().get("R1");
        assertThat(room.id()).isEqualTo("R1");
        assertThat(server.received()).hasSize(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void aGetWhoseBodyIsAlwaysCutShortEndsAsATransportFailureOnceRetriesRunOut() throws IOException {
        ScriptedServer server = server((request, out) -> cutShort(out));
        CiscoSparkAPI api = api(server);
        assertThatThrownBy(() -> api.rooms().get("R1"))
                .isInstanceOf(SparkTransportException.class)
                .hasMessageContaining("GET " + server.baseUrl() + "rooms/R1")
                .hasMessageContaining("while reading the response")
                .hasMessageNotContaining(WireMockSpark.TOKEN);
        assertThat(server.received()).hasSize(1 + RetryPolicy.defaults().maxRetries());
    }

    @Test
    void aPostWhoseAnswerIsCutShortIsNeverSentAgain() throws IOException {
        ScriptedServer server = server((request, out) -> cutShort(out));
        CiscoSparkAPI api = api(server);
        assertThatThrownBy(() -> api.rooms().create("t")).isInstanceOf(SparkTransportException.class)
                .hasMessageContaining("POST");
        assertThat(server.received()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aDeleteWhoseConnectionDropsBeforeAnAnswerIsSentAgain() throws IOException {
        ScriptedServer server = server((request, out) -> {
            if (request.number() == 1) {
                return false;
            }
            ScriptedServer.head(out, 204, 0);
            return true;
        });
        api(server).rooms().delete("R1");
        assertThat(server.received()).extracting(ScriptedServer.Received::method).containsExactly("DELETE", "DELETE");
    }

    @Test
    void anIdThatIsDotOrDotDotIsRefusedBeforeAnyRequest() throws IOException {
        ScriptedServer server = server((request, out) -> {
            ScriptedServer.json(out, 200, "{\"items\":[]}");
            return true;
        });
        CiscoSparkAPI api = api(server);
        assertThatThrownBy(() -> api.rooms().get(".")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("roomId must not be '.'");
        assertThatThrownBy(() -> api.rooms().get("..")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("roomId must not be '..'");
        assertThatThrownBy(() -> api.messages().delete("..")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("messageId must not be '..'");
        assertThatThrownBy(() -> api.teamMemberships().get(".")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("membershipId");
        assertThatThrownBy(() -> api.session().get("rooms/../../admin", java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leads out of the base URL");
        assertThatThrownBy(() -> api.session().get("//elsewhere.example.com/v1/rooms", java.util.Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leads out of the base URL");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aBodyThatDeclaresMoreThanTheCapIsRefusedUnread() throws IOException {
        long fifty = 50L * 1024 * 1024;
        ScriptedServer server = server((request, out) -> {
            // a valid person of 50 MB, streamed without being held
            byte[] start = "{\"id\":\"P\",\"pad\":\"".getBytes(StandardCharsets.UTF_8);
            byte[] end = "\"}".getBytes(StandardCharsets.UTF_8);
            ScriptedServer.head(out, 200, fifty);
            out.write(start);
            byte[] pad = new byte[64 * 1024];
            java.util.Arrays.fill(pad, (byte) 'a');
            for (long left = fifty - start.length - end.length; left > 0; left -= pad.length) {
                out.write(pad, 0, (int) Math.min(pad.length, left));
            }
            out.write(end);
            return true;
        });
        CiscoSparkAPI api = api(server);
        assertThatThrownBy(() -> api.people().get("P")).isExactlyInstanceOf(SparkException.class)
                .hasMessageContaining("GET " + server.baseUrl() + "people/P")
                .hasMessageContaining("declares " + fifty + " bytes")
                .hasMessageContaining(CiscoSparkAPI.DEFAULT_MAX_RESPONSE_BYTES + " bytes");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void aBodyOfUnknownLengthIsCutOffAtTheCap() throws IOException {
        ScriptedServer server = server((request, out) -> {
            ScriptedServer.head(out, 200, -1, "Connection: close");
            out.write(("{\"id\":\"P\",\"pad\":\"" + "a".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8));
            return false;
        });
        CiscoSparkAPI api = client(server).maxResponseBytes(1000).build();
        open.add(api);
        assertThatThrownBy(() -> api.people().get("P")).isExactlyInstanceOf(SparkException.class)
                .hasMessageContaining("is longer than 1000 bytes")
                .hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> client(server).maxResponseBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String page(String... ids) {
        StringBuilder items = new StringBuilder("{\"items\":[");
        for (int i = 0; i < ids.length; i++) {
            items.append(i == 0 ? "" : ",").append(ROOM.replace("R1", ids[i]));
        }
        return items.append("]}").toString();
    }

    /** Pages A (the first) and B link to each other; relative links, as a server may send them. */
    private ScriptedServer cyclingPages() throws IOException {
        return server((request, out) -> {
            if (request.target().endsWith("cursor=B")) {
                ScriptedServer.json(out, 200, page("3"), "Link: <rooms>; rel=\"next\"");
            } else {
                ScriptedServer.json(out, 200, page("1", "2"), "Link: </v1/rooms?cursor=B>; rel=\"next\"");
            }
            return true;
        });
    }

    @Test
    void nextLinksThatCycleBetweenPagesEndTheListingNamingTheLink() throws IOException {
        ScriptedServer server = cyclingPages();
        List<String> seen = new ArrayList<>();
        CiscoSparkAPI api = api(server);
        assertThatThrownBy(() -> api.rooms().list().forEach(r -> seen.add(r.id())))
                .isExactlyInstanceOf(SparkException.class)
                .hasMessageContaining("a page this listing has already read: " + server.baseUrl() + "rooms;");
        assertThat(seen).containsExactly("1", "2");
        assertThat(server.received()).extracting(ScriptedServer.Received::target)
                .containsExactly("/v1/rooms", "/v1/rooms?cursor=B");
    }

    @Test
    void aNextLinkThatIsNotAUrlEndsTheListingWithASparkException() throws IOException {
        ScriptedServer server = server((request, out) -> {
            ScriptedServer.json(out, 200, page("1"), "Link: <http://bad host/v1/rooms?cursor=2>; rel=\"next\"");
            return true;
        });
        CiscoSparkAPI api = api(server);
        assertThatThrownBy(() -> api.rooms().list().toList()).isExactlyInstanceOf(SparkException.class)
                .hasMessageContaining("next link that is not a valid URL: 'http://bad host/v1/rooms?cursor=2'");
    }

    @Test
    void aListingStopsAtThePageCap() throws IOException {
        ScriptedServer server = server((request, out) -> {
            ScriptedServer.json(out, 200, page(Integer.toString(request.number())),
                    "Link: <rooms?cursor=" + request.number() + ">; rel=\"next\"");
            return true;
        });
        CiscoSparkAPI api = client(server).maxPages(3).build();
        open.add(api);
        List<String> seen = new ArrayList<>();
        assertThatThrownBy(() -> api.rooms().list().forEach(r -> seen.add(r.id())))
                .isExactlyInstanceOf(SparkException.class).hasMessageContaining("has read 3 pages");
        assertThat(seen).containsExactly("1", "2", "3");
    }

    @Test
    void firstOfAResumedListingStartsAtTheResumePoint() throws IOException {
        ScriptedServer server = server((request, out) -> {
            if (request.target().endsWith("cursor=2")) {
                ScriptedServer.json(out, 200, page("3", "4"), "Link: <rooms?cursor=3>; rel=\"next\"");
            } else if (request.target().endsWith("cursor=3")) {
                ScriptedServer.json(out, 200, page("5"));
            } else {
                ScriptedServer.json(out, 200, page("1", "2"), "Link: <rooms?cursor=2>; rel=\"next\"");
            }
            return true;
        });
        CiscoSparkAPI api = api(server);
        PagedIterable<Room> rooms = api.rooms().list();
        URI resume = rooms.pages().iterator().next().nextLink().orElseThrow();
        assertThat(rooms.resumeAt(resume).first(3)).extracting(Room::id).containsExactly("3", "4", "5");
        assertThat(rooms.resumeAt(resume).first(1)).extracting(Room::id).containsExactly("3");
    }
}
