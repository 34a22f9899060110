package io.ciscosparkapi.transport.jdk;

import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The future {@link JdkTransport#executeAsync} returns for one exchange sent with
 * {@code HttpClient.sendAsync}.
 *
 * <p>The client completes its own future on its selector thread, which receives the data of
 * every connection; this future is completed on the caller's executor instead, so no code of the
 * caller ever runs on that thread. Cancelling this future cancels the client's with
 * {@code cancel(true)}, which aborts the exchange and closes its connection; a response handed
 * over after the cancellation is closed. Either way the sources of a streamed request body are
 * closed once the exchange is over without a response for the caller.
 */
final class AsyncExchange extends CompletableFuture<TransportResponse> {

    private final RequestStreams uploads;
    private volatile CompletableFuture<HttpResponse<InputStream>> sent;

    /**
     * Creates the future of one exchange, to {@link #follow} once the exchange is sent.
     *
     * @param uploads the sources of the request body, closed when no response reaches the caller
     */
    AsyncExchange(RequestStreams uploads) {
        this.uploads = uploads;
    }

    /**
     * Follows the client's future of the exchange; cancels it at once when this future was
     * cancelled before.
     *
     * @param sent what {@code sendAsync} returned
     * @param executor where this future is completed
     * @param toResponse turns the client's response into the caller's; closes what it was given
     *     when it throws
     * @param toFailure turns what the client failed with into what the caller sees
     */
    void follow(CompletableFuture<HttpResponse<InputStream>> sent, Executor executor,
                Function<HttpResponse<InputStream>, TransportResponse> toResponse,
                Function<Throwable, Throwable> toFailure) {
        this.sent = sent;
        if (isCancelled()) {
            sent.cancel(true);
        }
        sent.whenComplete((response, failure) -> {
            try {
                executor.execute(() -> finish(response, failure, toResponse, toFailure));
            } catch (RejectedExecutionException e) {
                fail(new IOException("the executor refused the exchange's answer: " + e.getMessage(), e));
                if (response != null) {
                    closeQuietly(response.body());
                }
            }
        });
    }

    /**
     * Fails the exchange before it was sent.
     *
     * @param failure what the caller sees
     */
    void fail(Throwable failure) {
        uploads.closeAll();
        completeExceptionally(failure);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            CompletableFuture<HttpResponse<InputStream>> exchange = sent;
            if (exchange != null) {
                exchange.cancel(true);
            }
            uploads.closeAll();
        }
        return cancelled;
    }

    private void finish(HttpResponse<InputStream> response, Throwable failure,
                        Function<HttpResponse<InputStream>, TransportResponse> toResponse,
                        Function<Throwable, Throwable> toFailure) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            fail(toFailure.apply(cause));
            return;
        }
        if (isDone()) {
            closeQuietly(response.body());
            uploads.closeAll();
            return;
        }
        TransportResponse answer;
        try {
            answer = toResponse.apply(response);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (!complete(answer)) {
            closeQuietly(answer);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Nobody wants the answer any more; a failed close only loses the connection.
        }
    }
}
