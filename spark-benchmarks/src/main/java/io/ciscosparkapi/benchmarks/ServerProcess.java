package io.ciscosparkapi.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import io.ciscosparkapi.testkit.FakeSpark;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A child process of the server benchmark: one server on a free loopback port, until its
 * standard input ends.
 *
 * <pre>
 * java -cp CP io.ciscosparkapi.benchmarks.ServerProcess fake [MESSAGES]
 * java -cp CP io.ciscosparkapi.benchmarks.ServerProcess wiremock STUB_DIR
 * java -cp CP io.ciscosparkapi.benchmarks.ServerProcess inprocess MESSAGES THREADS WARMUP_MS MEASURE_MS
 * </pre>
 *
 * <ul>
 *   <li>{@code fake}: a {@link FakeSpark} over HTTP; with {@code MESSAGES}, a room holding that many
 *       messages first. Prints {@code ready BASE_URL TOKEN [ROOM_ID]}.</li>
 *   <li>{@code wiremock}: WireMock serving the answers the fake gave, byte for byte: each
 *       {@code NAME.request} and {@code NAME.response} pair of {@code STUB_DIR} (the raw bytes the
 *       benchmark sent and received) becomes a stub that matches the request's method, path, query
 *       and {@code Authorization} header, and answers the status, the headers (those that frame
 *       the message excepted: each server writes its own {@code Content-Length} and {@code Date})
 *       and the body. Prints {@code ready BASE_URL}.</li>
 *   <li>{@code inprocess}: the fake's in-process transport, no sockets: {@code GET people/me} and a
 *       page of 50 messages from {@code THREADS} threads. Prints {@code me CALLS_PER_S} and
 *       {@code page CALLS_PER_S}.</li>
 * </ul>
 */
public final class ServerProcess {

    /** The size of the page the benchmark asks for. */
    static final int PAGE = 50;

    /** The headers that frame a message, which each server writes itself. */
    private static final Set<String> FRAMING = Set.of("content-length", "transfer-encoding", "date", "connection");

    private ServerProcess() {
    }

    /**
     * Runs one server.
     *
     * @param args the mode, then its arguments (see the class description)
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "fake" -> fake(args.length > 1 ? Integer.parseInt(args[1]) : 0);
            case "wiremock" -> wiremock(Path.of(args[1]));
            case "inprocess" -> inProcess(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]),
                    Long.parseLong(args[4]));
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void fake(int messages) throws IOException {
        try (FakeSpark fake = FakeSpark.create()) {
            String roomId = messages > 0 ? Clients.seedRoom(fake, messages) : null;
            URI base = fake.startHttp();
            ready("ready " + base + " " + fake.admin().token() + (roomId == null ? "" : " " + roomId));
        }
    }

    private static void wiremock(Path stubs) throws IOException {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                // WireMock at its fastest: no request journal. Its bounded journal counts its whole
                // queue on every request (from about 900 requests/s down to about 100 as 10,000
                // fill it), and the unbounded default keeps every response until the heap is full.
                .disableRequestJournal()
                // The fake frames its answers with Content-Length: so does WireMock here.
                .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER));
        List<Path> requests;
        try (var files = Files.list(stubs)) {
            requests = files.filter(f -> f.getFileName().toString().endsWith(".request")).sorted().toList();
        }
        for (Path request : requests) {
            String name = request.getFileName().toString().replace(".request", "");
            stub(server, Files.readAllBytes(request), Files.readAllBytes(stubs.resolve(name + ".response")));
        }
        server.start();
        try {
            ready("ready http://127.0.0.1:" + server.port() + "/v1/");
        } finally {
            server.stop();
        }
    }

    /** Registers one stub: the raw request's method, target and Authorization; the raw response. */
    private static void stub(WireMockServer server, byte[] request, byte[] response) {
        String[] requestLines = new String(request, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = requestLines[0].split(" ");
        String authorization = null;
        for (String line : requestLines) {
            if (line.regionMatches(true, 0, "Authorization:", 0, 14)) {
                authorization = line.substring(14).trim();
            }
        }
        int headEnd = indexOf(response, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] head = new String(response, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        List<HttpHeader> headers = new ArrayList<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            String name = head[i].substring(0, colon).trim();
            if (!FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
                headers.add(new HttpHeader(name, head[i].substring(colon + 1).trim()));
            }
        }
        byte[] body = Arrays.copyOfRange(response, headEnd + 4, response.length);
        var match = WireMock.request(requestLine[0], WireMock.urlEqualTo(requestLine[1]));
        if (authorization != null) {
            match = match.withHeader("Authorization", WireMock.equalTo(authorization));
        }
        server.stubFor(match.willReturn(WireMock.aResponse().withStatus(status).withHeaders(new HttpHeaders(headers))
                .withBody(body)));
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no end of the head in the captured response");
    }

    /** Prints the line and serves until standard input ends. */
    private static void ready(String line) throws IOException {
        System.out.println(line);
        System.out.flush();
        InputStream in = System.in;
        while (in.read() >= 0) {
            // the parent holds our input open while it needs the server
        }
    }

    private static void inProcess(int messages, int threads, long warmupMillis, long measureMillis) throws Exception {
        try (FakeSpark fake = FakeSpark.create(); Transport transport = fake.transport()) {
            String roomId = Clients.seedRoom(fake, messages);
            URI base = URI.create("http://127.0.0.1/v1/");
            String authorization = "Bearer " + fake.admin().token();
            TransportRequest me = TransportRequest.builder("GET", base.resolve("people/me"))
                    .header("Authorization", authorization).header("Accept", "application/json").build();
            TransportRequest page = TransportRequest.builder("GET", base.resolve("messages?roomId=" + roomId + "&max=" + PAGE))
                    .header("Authorization", authorization).header("Accept", "application/json").build();
            System.out.println("me " + callsPerSecond(transport, me, threads, warmupMillis, measureMillis));
            System.out.println("page " + callsPerSecond(transport, page, threads, warmupMillis, measureMillis));
            System.out.flush();
        }
    }

    private static double callsPerSecond(Transport transport, TransportRequest request, int threads, long warmupMillis,
            long measureMillis) throws Exception {
        long[] counts = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long measureFrom = System.nanoTime() + warmupMillis * 1_000_000;
        long until = measureFrom + measureMillis * 1_000_000;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                try {
                    long count = 0;
                    while (true) {
                        try (TransportResponse r = transport.execute(request); InputStream body = r.body()) {
                            if (r.status() != 200) {
                                throw new IOException(request.uri() + " answered " + r.status());
                            }
                            body.transferTo(OutputStream.nullOutputStream());
                        }
                        long now = System.nanoTime();
                        if (now >= until) {
                            break;
                        }
                        if (now >= measureFrom) {
                            count++;
                        }
                    }
                    counts[index] = count;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "inprocess-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread w : workers) {
            w.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("the in-process load failed: " + failure.get(), failure.get());
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total / (measureMillis / 1000.0);
    }
}
