package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The future of one exchange of the async client, as {@code executeAsync} returns it.
 *
 * <p>It completes when the response headers are in, on the caller's executor, never on the
 * client's I/O thread. The exchange's timeout bounds the whole wait for the headers
 * ({@link ExchangeDeadline}), as on the classic path. Cancelling the future, the deadline
 * passing, or the caller closing a body before its end all abort the client's exchange and
 * close its connection ({@link ConnectionDiscard}); a response handed over after the future was cancelled is closed.
 */
final class AsyncClientExchange extends CompletableFuture<TransportResponse> {

    private final Executor executor;
    private final String what;
    private final Function<Exception, IOException> toFailure;
    private final HttpContext context;
    private final ExchangeDeadline deadline;
    private final AtomicBoolean answered = new AtomicBoolean();
    private volatile Future<?> call;
    private volatile boolean aborted;

    /**
     * Creates the future of one exchange, its deadline armed; start the exchange, then
     * {@link #attach} it.
     *
     * @param executor where the future is completed
     * @param what the request, for messages
     * @param timeout the whole wait allowed for the response headers
     * @param toFailure turns what the client failed with into what the caller sees
     * @param context the context the exchange is started with
     */
    AsyncClientExchange(Executor executor, String what, Duration timeout, Function<Exception, IOException> toFailure,
                        HttpContext context) {
        this.executor = executor;
        this.context = context;
        this.what = what;
        this.toFailure = toFailure;
        this.deadline = ExchangeDeadline.arm(() -> {
            abort();
            return true;
        }, timeout);
    }

    /**
     * Follows the client's exchange; one that was aborted before is cancelled at once.
     *
     * @param exchange what the client's {@code execute} returned
     */
    void attach(Future<?> exchange) {
        call = exchange;
        if (aborted) {
            exchange.cancel(true);
            ConnectionDiscard.discard(context);
        }
    }

    /** Aborts the client's exchange and closes its connection. */
    void abort() {
        aborted = true;
        Future<?> exchange = call;
        if (exchange != null) {
            exchange.cancel(true);
        }
        ConnectionDiscard.discard(context);
    }

    /**
     * On the client's I/O thread: the response headers are in.
     *
     * @param answer the response, its body still arriving
     */
    void answered(TransportResponse answer) {
        answered.set(true);
        if (!deadline.disarm()) {
            closeQuietly(answer);
            handOver(() -> completeExceptionally(deadline.expired(what, null)));
            return;
        }
        handOver(() -> {
            if (!complete(answer)) {
                closeQuietly(answer);
            }
        }, answer);
    }

    /**
     * The callback of the client's exchange, which ends after the body: it reports only the
     * failures that came before the headers.
     *
     * @return the callback
     */
    FutureCallback<Void> callback() {
        return new FutureCallback<>() {
            @Override
            public void completed(Void result) {
                // The caller has had the response since its headers came in.
            }

            @Override
            public void failed(Exception failure) {
                if (!answered.get()) {
                    unanswered(failure);
                }
            }

            @Override
            public void cancelled() {
                if (!answered.get()) {
                    unanswered(null);
                }
            }
        };
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            deadline.disarm();
            abort();
        }
        return cancelled;
    }

    private void unanswered(Exception failure) {
        IOException reported;
        if (!deadline.disarm()) {
            reported = deadline.expired(what, failure);
        } else if (failure == null) {
            reported = new IOException(what + " was cancelled");
        } else {
            reported = toFailure.apply(failure);
        }
        handOver(() -> completeExceptionally(reported));
    }

    private void handOver(Runnable completion) {
        handOver(completion, null);
    }

    /** Runs {@code completion} on the caller's executor; when it refuses, fails the future and closes {@code answer}. */
    private void handOver(Runnable completion, TransportResponse answer) {
        if (isDone()) {
            if (answer != null) {
                closeQuietly(answer);
            }
            return;
        }
        try {
            executor.execute(completion);
        } catch (RejectedExecutionException e) {
            completeExceptionally(new IOException("the executor refused the answer to " + what + ": " + e.getMessage(), e));
            if (answer != null) {
                closeQuietly(answer);
            }
        }
    }

    private static void closeQuietly(TransportResponse answer) {
        try {
            answer.close();
        } catch (IOException ignored) {
            // Nobody wants the answer any more; a failed close only loses the connection.
        }
    }
}
