package io.ciscosparkapi.transport.okhttp.internal;

import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * The future of one OkHttp call started with {@link Call#enqueue}.
 *
 * <p>OkHttp calls back on a thread of its dispatcher, which it needs for other calls; this
 * future is completed on the caller's executor instead, and the response body is never read on
 * the dispatcher's thread. Cancelling the future cancels the call, which closes its connection;
 * a response that arrives anyway is closed.
 */
final class CallFuture extends CompletableFuture<TransportResponse> implements Callback {

    private final Call call;
    private final Executor executor;
    private final Function<Response, TransportResponse> toResponse;

    /**
     * Follows one call; start it with {@code call.enqueue(future)}.
     *
     * @param call the call
     * @param executor where the future is completed
     * @param toResponse turns OkHttp's response, once its headers are in, into the caller's; runs
     *     on the dispatcher's thread and must not read the body
     */
    CallFuture(Call call, Executor executor, Function<Response, TransportResponse> toResponse) {
        this.call = call;
        this.executor = executor;
        this.toResponse = toResponse;
    }

    @Override
    public void onResponse(Call call, Response response) {
        TransportResponse answer;
        try {
            answer = toResponse.apply(response);
        } catch (RuntimeException e) {
            response.close();
            handOver(() -> completeExceptionally(e), null);
            return;
        }
        handOver(() -> {
            if (!complete(answer)) {
                closeQuietly(answer);
            }
        }, answer);
    }

    @Override
    public void onFailure(Call call, IOException failure) {
        handOver(() -> completeExceptionally(failure), null);
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled) {
            call.cancel();
        }
        return cancelled;
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
            completeExceptionally(new IOException("the executor refused the exchange's answer: " + e.getMessage(), e));
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
