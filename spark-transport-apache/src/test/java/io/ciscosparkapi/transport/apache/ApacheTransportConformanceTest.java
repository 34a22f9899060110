package io.ciscosparkapi.transport.apache;

import static io.ciscosparkapi.transport.tck.RequestRecorder.respond;
import static org.assertj.core.api.Assertions.assertThat;

import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportOptions;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import io.ciscosparkapi.transport.apache.internal.ApacheTransportProvider;
import io.ciscosparkapi.transport.tck.RequestRecorder;
import io.ciscosparkapi.transport.tck.TransportConformanceTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Apache HttpClient transport the SDK builds by itself passes the conformance suite, and its
 * {@code executeAsync} runs on the async client: exchanges in flight hold no thread of the
 * caller's, streamed uploads are read on the caller's executor, and a body nobody reads holds up
 * nothing but its own connection.
 */
class ApacheTransportConformanceTest extends TransportConformanceTest {

    /** How long a case waits for what should happen at once before calling it a hang. */
    private static final long HANG_SECONDS = 10;

    @Override
    protected Transport createTransport(TransportOptions options) {
        return new ApacheTransportProvider().create(options);
    }

    @Test
    @DisplayName("Exchanges of executeAsync waiting for their answers hold no thread of the caller's executor")
    void exchangesWaitingForTheirAnswersHoldNoThreadOfTheExecutor() throws Exception {
        int count = 12;
        CountDownLatch allArrived = new CountDownLatch(count);
        URI uri = pooledRoute(exchange -> {
            allArrived.countDown();
            boolean together;
            try {
                together = allArrived.await(HANG_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                together = false;
            }
            respond(exchange, 200, together ? "together" : "alone");
        });
        ExecutorService oneThread = callers(1);
        List<CompletableFuture<TransportResponse>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(transport().executeAsync(TransportRequest.builder("GET", uri).build(), oneThread));
        }

        List<String> answers = new ArrayList<>();
        for (CompletableFuture<TransportResponse> future : futures) {
            try (TransportResponse response = future.get(HANG_SECONDS * 3, TimeUnit.SECONDS)) {
                answers.add(new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(answers).as("all %d exchanges reach the server together though the executor has one thread", count)
                .hasSize(count).containsOnly("together");
    }

    @Test
    @DisplayName("The source of a streamed upload sent with executeAsync is read on the caller's executor")
    void streamedUploadIsReadOnTheCallersExecutor() throws Exception {
        byte[] bytes = new byte[1024 * 1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Set<String> readers = ConcurrentHashMap.newKeySet();
        RequestBody body = RequestBody.ofStream(() -> new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                readers.add(Thread.currentThread().getName());
                return super.read(b, off, len);
            }
        }, bytes.length, "application/octet-stream");
        URI uri = pooledRoute(new RequestRecorder().thenEcho());

        TransportRequest upload = TransportRequest.builder("POST", uri).body(body).build();
        try (TransportResponse response = transport().executeAsync(upload, callers(2)).get(HANG_SECONDS, TimeUnit.SECONDS)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().readAllBytes()).as("the body the server received").isEqualTo(bytes);
        }
        assertThat(readers).as("the threads that read the body's source").isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("apache-case-caller-"));
    }

    @Test
    @DisplayName("A body of executeAsync that nobody reads holds up no other exchange, and is read whole later")
    void bodyNobodyReadsHoldsUpNoOtherExchange() throws Exception {
        int size = 16 * 1024 * 1024;
        URI large = pooledRoute(exchange -> {
            exchange.sendResponseHeaders(200, size);
            byte[] piece = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int sent = 0; sent < size; sent += piece.length) {
                    out.write(piece);
                }
            }
        });
        URI small = route(exchange -> respond(exchange, 200, "small"));
        ExecutorService executor = callers(2);

        try (TransportResponse unread = transport().executeAsync(TransportRequest.builder("GET", large).build(), executor)
                .get(HANG_SECONDS, TimeUnit.SECONDS)) {
            // Many more exchanges in flight together than the client has I/O threads: they open
            // connections on each of them, the one carrying the unread body included.
            List<CompletableFuture<TransportResponse>> others = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                others.add(transport().executeAsync(TransportRequest.builder("GET", small).build(), executor));
            }
            for (CompletableFuture<TransportResponse> future : others) {
                try (TransportResponse other = future.get(HANG_SECONDS, TimeUnit.SECONDS)) {
                    assertThat(new String(other.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("small");
                }
            }
            InputStream body = unread.body();
            long read = 0;
            byte[] buffer = new byte[8192];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                read += n;
            }
            assertThat(read).as("the bytes of the body read after the others").isEqualTo(size);
        }
    }

    @Test
    @DisplayName("A streamed upload of executeAsync whose source gives fewer or more bytes than declared fails with an IOException")
    void streamedUploadOfTheWrongLengthFails() throws Exception {
        URI uri = pooledRoute(new RequestRecorder().thenEcho());
        for (int given : new int[] {5, 20}) {
            RequestBody body = RequestBody.ofStream(() -> new ByteArrayInputStream(new byte[given]), 10,
                    "application/octet-stream");
            TransportRequest upload = TransportRequest.builder("POST", uri).body(body).build();
            CompletableFuture<TransportResponse> sent = transport().executeAsync(upload, callers(1));
            assertThat(sent).as("a source of %d bytes for a declared 10", given)
                    .failsWithin(HANG_SECONDS, TimeUnit.SECONDS)
                    .withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(IOException.class)
                    .withMessageContaining("declared length");
        }
    }

    @Test
    @DisplayName("A streamed upload of executeAsync whose source reads a few bytes at a time arrives whole")
    void streamedUploadReadInSmallPiecesArrivesWhole() throws Exception {
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 13 + 1);
        }
        RequestBody body = RequestBody.ofStream(() -> new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 512)); // as a cipher stream reads
            }
        }, bytes.length, "application/octet-stream");
        URI uri = pooledRoute(new RequestRecorder().thenEcho());
        TransportRequest upload = TransportRequest.builder("POST", uri).body(body).build();
        try (TransportResponse response = transport().executeAsync(upload, callers(2)).get(HANG_SECONDS, TimeUnit.SECONDS)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().readAllBytes()).as("the body the server received").isEqualTo(bytes);
        }
    }

    /** A pool of daemon threads named {@code apache-case-caller-N}, shut down after the case. */
    private ExecutorService callers(int threads) {
        AtomicInteger made = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "apache-case-caller-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        closeAfterCase((AutoCloseable) executor::shutdownNow);
        return executor;
    }
}
