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
 * <p>Thread-safe: it holds only immutable configuration and a closed flag.
 */
final class Session {

    private final ClientConfig config;
    private final ExchangeBuilder exchanges;
    private final InterceptorChain interceptors;
    private final AtomicBoolean closed;

    Session(ClientConfig config) {
        this(config, new AtomicBoolean());
    }

    private Session(ClientConfig config, AtomicBoolean closed) {
        this.config = config;
        this.exchanges = new ExchangeBuilder(config);
        this.interceptors = new InterceptorChain(config.interceptors());
        this.closed = closed;
    }

    /**
     * A session with other settings that shares this one's transport and its closed state.
     *
     * @param settings the settings of the new session
     * @return the new session
     */
    Session with(ClientConfig settings) {
        return new Session(settings, closed);
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
        return closed.compareAndSet(false, true);
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
        if (closed.get()) {
            throw new SparkException("This CiscoSparkAPI client is closed (request: " + call + ")");
        }
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
            if (outcome.failure() instanceof IOException e) {
                pause(retries.afterFailure(e, outcome.duringBody()));
            } else if (outcome.delay() != null) {
                pause(outcome.delay());
            } else {
                return outcome.result();
            }
        }
    }

    /**
     * How an attempt ended: with the call's result; with the wait before the next one; or with an
     * I/O failure, for the retry loop to judge. An attempt that ends the call with an error throws
     * it instead.
     */
    private record Outcome<R>(R result, Duration delay, Throwable failure, boolean duringBody) {
        static <R> Outcome<R> done(R result) {
            return new Outcome<>(result, null, null, false);
        }

        static <R> Outcome<R> retry(Duration delay) {
            return new Outcome<>(null, delay, null, false);
        }

        static <R> Outcome<R> failed(IOException failure, boolean duringBody) {
            return new Outcome<>(null, null, failure, duringBody);
        }
    }

    /** One attempt: send, check the status, read the answer; the retry loop decides the rest. */
    private <R> Outcome<R> attempt(Call<R> call, TransportRequest request, RetryLoop retries, Attempt attempt) {
        String what = call.method() + " " + request.uri();
        long start = System.nanoTime();
        TransportResponse response;
        try {
            response = send(request, what);
        } catch (IOException e) {
            return Outcome.failed(e, false);
        }
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
     * Lists the items of a list endpoint, lazily and page by page.
     *
     * @param path the relative path (encoded)
     * @param query the caller's query parameters
     * @param type makes the model of each item
     * @param <T> the model
     * @return the lazy listing
     */
    <T> PagedIterable<T> list(String path, Map<String, String> query, Function<Map<String, Object>, T> type) {
        return new Listing<>(this, path, query, type);
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

    private TransportResponse send(TransportRequest request, String what) throws IOException {
        try {
            return config.transport().execute(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SparkTransportException(what + " was interrupted", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            throw new SparkTransportException(what + " failed in the transport " + config.transport().getClass().getName()
                    + ": " + e, e);
        }
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
