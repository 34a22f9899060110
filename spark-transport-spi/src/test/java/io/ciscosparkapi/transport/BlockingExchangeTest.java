package io.ciscosparkapi.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The default asynchronous exchange of a transport that has only a blocking one. */
class BlockingExchangeTest {

    private static final TransportRequest REQUEST = TransportRequest.builder("GET", URI.create("http://127.0.0.1/v1/x"))
            .build();

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A transport whose one exchange is given by the test. */
    private interface Blocking extends Transport {
        @Override
        default void close() {
        }
    }

    @Test
    void theResponseOfTheBlockingExchangeCompletesTheFuture() throws Exception {
        Transport transport = (Blocking) request -> new TransportResponse(204, Headers.empty(), InputStream.nullInputStream());
        assertThat(transport.executeAsync(REQUEST, executor).get(5, TimeUnit.SECONDS).status()).isEqualTo(204);
    }

    @Test
    void theFailureOfTheBlockingExchangeCompletesTheFutureWithIt() {
        Transport transport = (Blocking) request -> {
            throw new ConnectException("refused");
        };
        CompletableFuture<TransportResponse> future = transport.executeAsync(REQUEST, executor);
        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void cancellingInterruptsTheExchangeAndTheExecutorThreadIsLeftUninterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Transport transport = (Blocking) request -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(1));
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            throw new AssertionError("not interrupted");
        };
        CompletableFuture<TransportResponse> future = transport.executeAsync(REQUEST, executor);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(future.cancel(true)).isTrue();
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        boolean[] stillInterrupted = new boolean[1];
        executor.submit(() -> stillInterrupted[0] = Thread.currentThread().isInterrupted()).get(5, TimeUnit.SECONDS);
        assertThat(stillInterrupted[0]).isFalse();
    }

    @Test
    void aResponseThatArrivesAfterTheCancelIsClosed() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        Transport transport = (Blocking) request -> {
            started.countDown();
            cancelled.await(); // answers only once the caller gave up
            return new TransportResponse(200, Headers.empty(), new ByteArrayInputStream(new byte[0]) {
                @Override
                public void close() {
                    closed.set(true);
                }
            });
        };
        Transport ignoringInterrupts = (Blocking) request -> {
            while (true) {
                try {
                    return transport.execute(request);
                } catch (InterruptedException e) {
                    // keeps waiting, as a transport that does not react to interrupts would
                }
            }
        };
        CompletableFuture<TransportResponse> future = ignoringInterrupts.executeAsync(REQUEST, executor);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        future.cancel(true);
        cancelled.countDown();
        executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
        assertThat(closed).isTrue();
    }

    @Test
    void anExecutorThatRefusesFailsTheFutureWithAnIoException() throws IOException {
        executor.shutdown();
        Transport transport = (Blocking) request -> new TransportResponse(200, Headers.empty(), InputStream.nullInputStream());
        assertThatThrownBy(() -> transport.executeAsync(REQUEST, executor).join())
                .hasCauseInstanceOf(IOException.class).hasMessageContaining("refused");
    }
}
