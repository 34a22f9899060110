package io.ciscosparkapi.transport.jdk;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;

/**
 * Decides, for one exchange, how the response body reaches the caller.
 *
 * <p>A body that declares a {@code Content-Length} from {@link #BUFFER_MIN} to
 * {@link #BUFFER_LIMIT} bytes is received whole on the client's own threads before
 * {@code HttpClient.send} returns. That is one hand-over between threads per response, where a
 * streamed body costs one per buffer the client receives; pages of a listing are such bodies.
 * Any other body (no declared length, a short one, or a long one such as a file download) is
 * streamed and read through {@link TimedResponseBody}.
 *
 * <p>The timeout means the same either way: after the headers (which the client's request
 * timeout covers) it bounds each wait for body data. While a body is being buffered, a stretch
 * of {@code timeout} without data cancels the body, which closes the connection, and
 * {@code send} fails with an {@link HttpTimeoutException}.
 *
 * <p>One instance serves one exchange; its callbacks run on the client's threads.
 */
final class ResponseBodies implements HttpResponse.BodyHandler<InputStream> {

    /**
     * The shortest declared body that is received whole. A shorter one arrives in one or two of
     * the client's buffers, mostly with the headers, and is faster to hand over at once.
     */
    static final long BUFFER_MIN = 16L << 10;

    /** The longest declared body that is received whole before the response is handed over. */
    static final long BUFFER_LIMIT = 4L << 20;

    private static final byte[] EMPTY = new byte[0];

    private final Duration timeout;
    private volatile boolean buffering;

    /**
     * Creates the handler for one exchange.
     *
     * @param timeout the longest wait for each piece of a body
     */
    ResponseBodies(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public BodySubscriber<InputStream> apply(ResponseInfo info) {
        long length = declaredLength(info);
        if (length < BUFFER_MIN || length > BUFFER_LIMIT) {
            return BodySubscribers.ofInputStream();
        }
        buffering = true;
        return new Buffer((int) length, timeout);
    }

    /**
     * Whether the response's body is held in memory whole (and so needs no read timeout).
     *
     * @return {@code true} when a body of declared length was received whole
     */
    boolean buffered() {
        return buffering;
    }

    private static long declaredLength(ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    /**
     * Collects a body of declared length into one array, sized once, and gives up on it when
     * no data arrives for a whole timeout.
     */
    private static final class Buffer implements BodySubscriber<InputStream> {

        private final CompletableFuture<InputStream> body = new CompletableFuture<>();
        private final int declared;
        private final Duration timeout;
        private final long timeoutNanos;
        private Flow.Subscription subscription;
        private volatile long lastData;
        private volatile ScheduledFuture<?> alarm;
        private byte[] bytes;
        private int size;

        Buffer(int declared, Duration timeout) {
            this.declared = declared;
            this.timeout = timeout;
            this.timeoutNanos = Alarms.saturatedNanos(timeout);
        }

        @Override
        public CompletionStage<InputStream> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            lastData = System.nanoTime();
            if (declared > 0 && timeoutNanos != Long.MAX_VALUE) {
                alarm = Alarms.schedule(this::checkProgress, timeoutNanos);
            }
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            lastData = System.nanoTime();
            for (ByteBuffer buffer : buffers) {
                int n = buffer.remaining();
                if (bytes == null) {
                    bytes = new byte[Math.max(declared, n)];
                } else if (bytes.length - size < n) {
                    // The client enforces the declared length; grow anyway rather than fail.
                    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, Math.addExact(size, n)));
                }
                buffer.get(bytes, size, n);
                size += n;
            }
        }

        @Override
        public void onError(Throwable failure) {
            disarm();
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            disarm();
            body.complete(new ByteArrayInputStream(bytes == null ? EMPTY : bytes, 0, size));
        }

        /** On the timer thread: gives up after a whole timeout without data, else looks again later. */
        private void checkProgress() {
            if (body.isDone()) {
                return;
            }
            long idle = System.nanoTime() - lastData;
            if (idle < timeoutNanos) {
                alarm = Alarms.schedule(this::checkProgress, timeoutNanos - idle);
                return;
            }
            if (body.completeExceptionally(new HttpTimeoutException("no response data within " + timeout))) {
                // An unfinished body cannot leave its connection reusable: the client closes it.
                subscription.cancel();
            }
        }

        private void disarm() {
            ScheduledFuture<?> pending = alarm;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
