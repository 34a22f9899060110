package io.ciscosparkapi;

import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One async run of a {@link Call}: the same attempts, interceptors, retry loop and readers as the
 * blocking client, with each wait scheduled instead of slept, and each step after an exchange run
 * on the client's executor, never on a transport's I/O thread. The run is the future its caller
 * gets: cancelling it cancels the exchange in flight (freeing its connection) or the pending wait.
 *
 * @param <R> what the call returns
 */
final class AsyncRun<R> extends CompletableFuture<R> {

    private final Session session;
    private final Call<R> call;
    private final AsyncRuntime runtime;
    private TransportRequest request;
    private RetryLoop retries;
    private int number;
    private volatile Future<?> pending;

    AsyncRun(Session session, Call<R> call, AsyncRuntime runtime) {
        this.session = session;
        this.call = call;
        this.runtime = runtime;
    }

    /**
     * Starts the run: its first attempt is sent from the calling thread, without blocking it.
     *
     * @return this run
     */
    AsyncRun<R> start() {
        try {
            session.checkOpen(call);
            URI uri = session.target(call);
            request = session.request(call, uri);
            retries = new RetryLoop(session.config(), call, uri);
            runtime.track(this);
        } catch (RuntimeException e) {
            completeExceptionally(e);
            return this;
        }
        attempt();
        return this;
    }

    Call<R> call() {
        return call;
    }

    /**
     * Ends the run with a failure, e.g. because the client closed.
     *
     * @param failure the failure
     */
    void abort(SparkException failure) {
        if (completeExceptionally(failure)) {
            cancelPending();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            cancelPending();
        }
        return cancelled;
    }

    private void cancelPending() {
        Future<?> p = pending;
        if (p != null) {
            p.cancel(true);
        }
    }

    private void attempt() {
        if (isDone()) {
            return;
        }
        Attempt attempt;
        TransportRequest sent;
        CompletableFuture<TransportResponse> exchange;
        long start;
        try {
            attempt = session.interceptors().before(request, ++number);
            sent = session.interceptors().request(request, attempt);
            start = System.nanoTime();
            exchange = send(sent);
        } catch (RuntimeException e) {
            completeExceptionally(e);
            return;
        }
        pending = exchange;
        if (isDone()) {
            exchange.cancel(true);
            return;
        }
        long sentAt = start;
        exchange.whenCompleteAsync((response, failure) -> received(attempt, sent, sentAt, response, failure),
                runtime.executor());
    }

    private CompletableFuture<TransportResponse> send(TransportRequest sent) {
        try {
            return session.config().transport().executeAsync(sent, runtime.executor());
        } catch (RuntimeException e) {
            throw session.transportBug(sent, e);
        }
    }

    private void received(Attempt attempt, TransportRequest sent, long start, TransportResponse response,
                          Throwable failure) {
        if (isDone()) {
            if (response != null) {
                closeQuietly(response);
            }
            return;
        }
        Outcome<R> outcome;
        try {
            outcome = failure == null ? session.receive(call, sent, response, retries, attempt, start)
                    : Outcome.failed(ioFailure(sent, failure), false);
        } catch (RuntimeException e) {
            end(attempt, start, e);
            return;
        }
        try {
            session.interceptors().after(attempt, start, outcome.failure());
        } catch (RuntimeException e) {
            discard(outcome.result());
            completeExceptionally(e);
            return;
        }
        if (outcome.isDone()) {
            if (!complete(outcome.result())) {
                discard(outcome.result());
            }
            return;
        }
        Duration delay;
        try {
            delay = outcome.failure() != null ? retries.afterFailure(outcome.failure(), outcome.duringBody())
                    : outcome.delay();
        } catch (RuntimeException e) {
            completeExceptionally(e);
            return;
        }
        wait(delay);
    }

    /** Ends the run with the exception an attempt ended in, once the interceptors have seen it. */
    private void end(Attempt attempt, long start, RuntimeException e) {
        try {
            session.interceptors().after(attempt, start, e);
        } catch (RuntimeException interceptorFailure) {
            completeExceptionally(interceptorFailure);
            return;
        }
        completeExceptionally(e);
    }

    /** The I/O failure an exchange completed with; anything else is a transport bug. */
    private IOException ioFailure(TransportRequest sent, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof CancellationException) {
            throw new SparkTransportException(sent.method() + " " + sent.uri() + " was cancelled", cause);
        }
        if (cause instanceof SparkException spark) {
            throw spark;
        }
        if (cause instanceof RuntimeException runtimeFailure) {
            throw session.transportBug(sent, runtimeFailure);
        }
        throw new SparkTransportException(sent.method() + " " + sent.uri() + " failed in the transport: " + cause, cause);
    }

    private void wait(Duration delay) {
        Future<?> scheduled;
        try {
            scheduled = session.later(this::attempt, delay, runtime);
        } catch (RuntimeException e) {
            completeExceptionally(e);
            return;
        }
        pending = scheduled;
        if (isDone()) {
            scheduled.cancel(false);
        }
    }

    /** A result nobody will get (the run was cancelled meanwhile) is released. */
    private static void discard(Object result) {
        if (result instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nobody wants it any more
            }
        }
    }

    private static void closeQuietly(TransportResponse response) {
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // nobody wants the answer any more; a failed close only loses the connection
        }
    }
}
