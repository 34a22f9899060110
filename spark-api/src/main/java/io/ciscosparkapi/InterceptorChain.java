package io.ciscosparkapi;

import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.TransportRequest;
import java.time.Duration;
import java.util.List;

/**
 * Runs a client's {@link SparkInterceptor}s around each attempt, in the order they were added: an
 * interceptor that throws fails the call with a {@link SparkException} naming it.
 *
 * <p>Immutable and thread-safe.
 */
final class InterceptorChain {

    private final List<SparkInterceptor> interceptors;

    InterceptorChain(List<SparkInterceptor> interceptors) {
        this.interceptors = List.copyOf(interceptors);
    }

    /**
     * Starts an attempt: every interceptor sees it before it is sent.
     *
     * @param request the call's request
     * @param number which attempt of the call this is, from 1
     * @return the attempt, with any headers the interceptors added
     */
    Attempt before(TransportRequest request, int number) {
        Attempt attempt = new Attempt(request.method(), request.uri(), number, request.headers(),
                request.headers().first("TrackingID").orElse(null));
        for (SparkInterceptor interceptor : interceptors) {
            try {
                interceptor.beforeAttempt(attempt);
            } catch (RuntimeException e) {
                throw failed(interceptor, "before", attempt, e);
            }
        }
        return attempt;
    }

    /**
     * The request to send for an attempt: the call's, with the headers interceptors added.
     *
     * @param request the call's request
     * @param attempt the attempt
     * @return the request to send
     */
    TransportRequest request(TransportRequest request, Attempt attempt) {
        Headers added = attempt.start();
        if (added.isEmpty()) {
            return request;
        }
        TransportRequest.Builder with = TransportRequest.builder(request.method(), request.uri())
                .headers(request.headers()).body(request.body().orElse(null));
        request.timeout().ifPresent(with::timeout);
        for (String name : added.names()) {
            for (String value : added.all(name)) {
                with.header(name, value);
            }
        }
        return with.build();
    }

    /**
     * Ends an attempt: every interceptor sees how.
     *
     * @param attempt the attempt
     * @param startNanos when it was sent, from {@link System#nanoTime()}
     * @param failure why it failed, or {@code null}
     */
    void after(Attempt attempt, long startNanos, Throwable failure) {
        attempt.ended(Duration.ofNanos(System.nanoTime() - startNanos), failure);
        for (SparkInterceptor interceptor : interceptors) {
            try {
                interceptor.afterAttempt(attempt);
            } catch (RuntimeException e) {
                SparkException error = failed(interceptor, "after", attempt, e);
                if (failure != null) {
                    error.addSuppressed(failure);
                }
                throw error;
            }
        }
    }

    private static SparkException failed(SparkInterceptor interceptor, String when, Attempt attempt,
                                         RuntimeException e) {
        return new SparkException("The interceptor " + interceptor.getClass().getName() + " failed " + when + " "
                + attempt.method() + " " + attempt.uri() + ": " + e, e);
    }

    /** The interceptors, in order. */
    List<SparkInterceptor> interceptors() {
        return interceptors;
    }

    @Override
    public String toString() {
        return "InterceptorChain" + interceptors;
    }
}
