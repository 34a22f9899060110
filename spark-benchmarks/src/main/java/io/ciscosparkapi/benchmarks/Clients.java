package io.ciscosparkapi.benchmarks;

import io.ciscosparkapi.CiscoSparkAPI;
import io.ciscosparkapi.model.Room;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.transport.Transport;
import java.net.URI;

/** Builds the clients the benchmarks compare, and seeds the fake. */
public final class Clients {

    /** The {@code client} value that selects the bare {@link Baseline}. */
    public static final String BASELINE = "baseline";

    private Clients() {
    }

    /**
     * An SDK client on the named transport ({@code jdk}, {@code okhttp}, {@code apache}).
     *
     * @param transport the transport provider's name
     * @param baseUrl the base URL
     * @param token the access token
     * @return the client
     */
    public static CiscoSparkAPI sdk(String transport, URI baseUrl, String token) {
        return CiscoSparkAPI.builder()
                .accessToken(token)
                .baseUrl(baseUrl)
                .transport(transport)
                .build();
    }

    /**
     * Creates a room owned by the fake's admin and posts {@code count} text messages into it
     * through the in-process transport (no sockets), which is the fastest way in.
     *
     * @param fake the fake
     * @param count how many messages
     * @return the room id
     */
    public static String seedRoom(FakeSpark fake, int count) {
        try (Transport inProcess = fake.transport();
             CiscoSparkAPI api = CiscoSparkAPI.builder()
                .accessToken(fake.admin().token())
                .baseUrl(URI.create("http://127.0.0.1/v1/"))
                .transport(inProcess)
                .build()) {
            Room room = api.rooms().create("benchmark room");
            for (int i = 0; i < count; i++) {
                String text = "benchmark message number " + i;
                api.messages().create(m -> m.roomId(room.id()).text(text));
            }
            return room.id();
        }
    }
}
