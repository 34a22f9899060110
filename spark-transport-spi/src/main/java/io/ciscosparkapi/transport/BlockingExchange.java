package io.ciscosparkapi.transport;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The default {@link Transport#executeAsync}: the blocking exchange run on the caller's executor,
 * whose thread is interrupted when the future is cancelled. A response that arrives after the
 * future was cancelled is closed, so its connection is not lost; an interrupt the cancel caused
 * does not outlive the exchange on the executor's thread.
 */
final class BlockingExchange extends CompletableFuture<TransportResponse> implements Runnable {

    private final Transport transport;
    private final TransportRequest request;
    private final Object lock = new Object();
    private Thread runner;
    private boolean interrupted;

    private BlockingExchange(Transport transport, TransportRequest request) {
        this.transport = transport;
        this.request = request;
    }

    static CompletableFuture<TransportResponse> start(Transport transport, TransportRequest request,
                                                      Executor executor) {
        BlockingExchange exchange = new BlockingExchange(transport, request);
        try {
            executor.execute(exchange);
        } catch (RejectedExecutionException e) {
            exchange.completeExceptionally(new IOException("the executor refused the exchange: " + e.getMessage(), e));
        }
        return exchange;
    }

    @Override
    public void run() {
        synchronized (lock) {
            if (isDone()) {
                return;
            }
            runner = Thread.currentThread();
        }
        try {
            TransportResponse response = transport.execute(request);
            if (!complete(response)) {
                closeQuietly(response);
            }
        } catch (Throwable e) {
            completeExceptionally(e);
        } finally {
            synchronized (lock) {
                runner = null;
                if (interrupted) {
                    Thread.interrupted();
                }
            }
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        synchronized (lock) {
            if (cancelled && runner != null) {
                interrupted = true;
                runner.interrupt();
            }
        }
        return cancelled;
    }

    private static void closeQuietly(TransportResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // nobody wants the response any more; a failed close only loses the connection
        }
    }
}
