package io.ciscosparkapi;

import io.ciscosparkapi.internal.Log;
import io.ciscosparkapi.model.SparkObject;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs {@link Call}s: the one place every Spark rule is applied, by the parts that each own one of
 * them. {@link ExchangeBuilder} makes the URL and the request, the transport sends it,
 * {@link BoundedBody} caps what is read, the call's reader reads it through {@link JsonCodec},
 * {@link RetryLoop} decides what happens after anything but success (and {@link ErrorDecoder}
 * turns that into an exception), and {@link Listing} pages. A call's whole exchange, its answer's
 * body included, is one attempt: an idempotent call whose body is cut short is sent again.
 *
 * <p>Thread-safe: it holds immutable configuration, a closed flag and the async runtime, the last
 * two shared with the sessions of the client's views.
 */
final class Session {

    private final ClientConfig config;
    private final ExchangeBuilder exchanges;
    private final InterceptorChain interceptors;
    private final AtomicBoolean closed;
    private final AsyncRuntime runtime;

    /**
     * Creates the session of a client.
     *
     * @param config the client's settings
     * @param asyncExecutor the caller's executor for async work, or {@code null} for the client's own
     */
    Session(ClientConfig config, Executor asyncExecutor) {
        this(config, new AtomicBoolean(), new AsyncRuntime(asyncExecutor));
    }

    private Session(ClientConfig config, AtomicBoolean closed, AsyncRuntime runtime) {
        this.config = config;
        this.exchanges = new ExchangeBuilder(config);
        this.interceptors = new InterceptorChain(config.interceptors());
        this.closed = closed;
        this.runtime = runtime;
    }

    /**
     * A session with other settings that shares this one's transport, async runtime and closed
     * state.
     *
     * @param settings the settings of the new session
     * @return the new session
     */
    Session with(ClientConfig settings) {
        return new Session(settings, closed, runtime);
    }

    /**
     * The client's settings.
     *
     * @return the configuration
     */
    ClientConfig config() {
        return config;
    }

    /**
     * Marks the session closed, so later calls fail at once instead of reaching a closed transport.
     *
     * @return {@code true} the first time it is called
     */
    boolean close() {
        boolean first = closed.compareAndSet(false, true);
        if (first) {
            runtime.close();
        }
        return first;
    }

    /**
     * Fails at once when the client is closed.
     *
     * @param call the call about to run
     * @throws SparkException when closed
     */
    void checkOpen(Call<?> call) {
        if (closed.get()) {
            throw new SparkException("This CiscoSparkAPI client is closed (request: " + call + ")");
        }
    }

    /**
     * Runs a call to its end, blocking the calling thread through rate-limit waits and retries.
     *
     * @param call the call
     * @param <R> what it returns
     * @return what the call's reader made of the answer
     * @throws SparkApiException when Spark answered with an error status
     * @throws SparkTransportException when no whole answer could be had
     * @throws SparkException when the client is closed or the answer is malformed
     */
    <R> R execute(Call<R> call) {
        checkOpen(call);
        URI uri = exchanges.target(call);
        TransportRequest request = exchanges.request(call, uri);
        RetryLoop retries = new RetryLoop(config, call, uri);
        for (int number = 1; ; number++) {
            Attempt attempt = interceptors.before(request, number);
            TransportRequest sent = interceptors.request(request, attempt);
            long start = System.nanoTime();
            Outcome<R> outcome;
            try {
                outcome = attempt(call, sent, retries, attempt);
            } catch (RuntimeException e) {
                interceptors.after(attempt, start, e);
                throw e;
            }
            interceptors.after(attempt, start, outcome.failure());
            if (outcome.isDone()) {
                return outcome.result();
            }
            pause(outcome.failure() != null ? retries.afterFailure(outcome.failure(), outcome.duringBody())
                    : outcome.delay());
        }
    }

    /** One attempt: send, then receive; the retry loop decides the rest. */
    private <R> Outcome<R> attempt(Call<R> call, TransportRequest request, RetryLoop retries, Attempt attempt) {
        long start = System.nanoTime();
        TransportResponse response;
        try {
            response = send(request);
        } catch (IOException e) {
            return Outcome.failed(e, false);
        }
        return receive(call, request, response, retries, attempt, start);
    }

    /**
     * Receives the answer to an attempt: checks its status, reads it with the call's reader, and
     * closes it unless the reader kept it. The same for the blocking and the async client.
     *
     * @param call the call
     * @param request the request the answer is to
     * @param response the answer, status and headers received
     * @param retries the call's retry loop
     * @param attempt the attempt, told the status
     * @param start when the attempt was sent, from {@link System#nanoTime()}
     * @param <R> what the call returns
     * @return how the attempt ended
     * @throws SparkException when the call ends here with an error
     */
    <R> Outcome<R> receive(Call<R> call, TransportRequest request, TransportResponse response, RetryLoop retries,
                           Attempt attempt, long start) {
        String what = call.method() + " " + request.uri();
        boolean keep = false;
        try {
            int status = response.status();
            attempt.answered(status, response.headers().first("TrackingID").orElse(null));
            Log.logger().log(Level.DEBUG, () -> what + " -> " + status + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            if (status != call.expected()) {
                return Outcome.retry(retries.afterAnswer(response));
            }
            Answer answer = answer(call, response, what);
            try {
                R result = read(call, answer, what);
                keep = answer.kept();
                return Outcome.done(result);
            } catch (IOException e) {
                return Outcome.failed(e, true);
            }
        } finally {
            if (!keep) {
                closeQuietly(response);
            }
        }
    }

    /**
     * Runs a call without blocking the calling thread: the same attempts as {@link #execute},
     * with waits scheduled and every step after an exchange on the client's executor.
     *
     * @param call the call
     * @param <R> what it returns
     * @return the future result; it fails with the same exceptions {@link #execute} throws, and
     *     cancelling it cancels the exchange in flight
     */
    <R> CompletableFuture<R> executeAsync(Call<R> call) {
        return new AsyncRun<>(this, call, runtime).start();
    }

    /**
     * Runs a task after a wait without a thread sleeping through it. A client built with a test
     * sleeper records the wait with it instead and runs the task at once.
     *
     * @param task the task
     * @param delay how long to wait
     * @param on the runtime to schedule on
     * @return the pending wait
     */
    Future<?> later(Runnable task, Duration delay, AsyncRuntime on) {
        if (config.sleeper() == ClientConfig.Sleeper.THREAD) {
            return on.schedule(task, delay);
        }
        try {
            config.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkTransportException("Interrupted while waiting to resend a request", e);
        }
        return on.schedule(task, Duration.ZERO);
    }

    /**
     * The interceptors, run around each attempt.
     *
     * @return the chain
     */
    InterceptorChain interceptors() {
        return interceptors;
    }

    /**
     * The request of a call, from {@link #target}.
     *
     * @param call the call
     * @param uri its URL
     * @return the request, sent by every attempt
     */
    TransportRequest request(Call<?> call, URI uri) {
        return exchanges.request(call, uri);
    }

    /**
     * The async runtime of the client, shared with its views.
     *
     * @return the runtime
     */
    AsyncRuntime runtime() {
        return runtime;
    }

    /**
     * The absolute URL a call goes to.
     *
     * @param call the call
     * @return its URL
     * @throws IllegalArgumentException when its path is not valid or leads out of the base URL
     * @throws SparkException when it would carry the token to another host
     */
    URI target(Call<?> call) {
        return exchanges.target(call);
    }

    /**
     * Walks a listing lazily, page by page, blocking the iterating thread for each page.
     *
     * @param listing the listing
     * @param <T> the model
     * @return the lazy listing
     */
    <T> Listing<T> list(ListCall<T> listing) {
        return new Listing<>(this, listing.path(), listing.query(), listing.type());
    }

    /**
     * Walks a listing without a thread waiting for its pages.
     *
     * @param listing the listing
     * @param <T> the model
     * @return the async listing
     */
    <T> AsyncPagedIterable<T> listAsync(ListCall<T> listing) {
        return new AsyncListing<>(this, list(listing));
    }

    /**
     * Makes the model of a JSON object, failing in strict mode on a field the model does not know.
     *
     * @param json the object
     * @param type makes the model
     * @param <T> the model
     * @return the model
     */
    <T> T model(Map<String, Object> json, Function<Map<String, Object>, T> type) {
        T value = type.apply(json);
        if (config.strictModels() && value instanceof SparkObject object && !object.unknownFields().isEmpty()) {
            throw new SparkException(object.getClass().getSimpleName() + " has fields the model does not know: "
                    + object.unknownFields());
        }
        return value;
    }

    private TransportResponse send(TransportRequest request) throws IOException {
        try {
            return config.transport().execute(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkTransportException(request.method() + " " + request.uri() + " was interrupted", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw transportBug(request, e);
        }
    }

    /**
     * The exception for a transport that failed with an unchecked exception instead of an
     * {@link IOException}: a bug in the transport, which no retry helps.
     *
     * @param request the request it failed
     * @param e what it threw
     * @return the exception the call ends with
     */
    SparkTransportException transportBug(TransportRequest request, RuntimeException e) {
        return new SparkTransportException(request.method() + " " + request.uri() + " failed in the transport "
                + config.transport().getClass().getName() + ": " + e, e);
    }

    private Answer answer(Call<?> call, TransportResponse response, String what) {
        if (call.method().equals("HEAD")) {
            return new Answer(this, response, InputStream.nullInputStream(), what);
        }
        long cap = call.download() ? Long.MAX_VALUE : config.maxResponseBytes();
        return new Answer(this, response, BoundedBody.of(response.body(), response.headers(), cap, what), what);
    }

    private <R> R read(Call<R> call, Answer answer, String what) throws IOException {
        try {
            return call.reader().read(answer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SparkException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SparkException("Malformed response from " + what + ": " + e, e);
        }
    }

    private void pause(Duration wait) {
        try {
            config.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkTransportException("Interrupted while waiting to resend a request", e);
        }
    }

    private static void closeQuietly(TransportResponse response) {
        try {
            response.close();
        } catch (IOException | RuntimeException ignored) {
            // the answer has been read or abandoned; a failed close only loses the connection
        }
    }
}
