package io.ciscosparkapi.transport.jdk;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
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
 * streamed and read through {@link TimedResponseBody}. For {@code executeAsync} a short body is
 * received whole too (see {@link #ASYNC_BUFFER_MIN}), before the future completes.
 *
 * <p>A body received whole is kept in the buffers the client read it into, which the client no
 * longer uses once it has handed them over, rather than copied into one array: that copy was
 * most of what the transport allocated while listing. A piece shorter than {@link #KEEP_MIN}
 * is copied into an array gathering such pieces, so a body that trickles in holds no mostly
 * empty buffers.
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

    /**
     * The shortest piece of a buffered body kept as the client handed it over. The client reads
     * into buffers of 16 KB; shorter pieces are gathered.
     */
    static final int KEEP_MIN = 8 << 10;

    /** The size of the arrays that gather short pieces, unless less of the body is left. */
    static final int GATHER_SIZE = 16 << 10;

    /**
     * The shortest declared body received whole for {@code executeAsync}: any non-empty one. Its
     * future completes on the caller's executor, where reading a streamed body would hold a
     * thread of the caller's until the rest of the body arrived; a body received whole before
     * the future completes holds nobody's thread.
     */
    static final long ASYNC_BUFFER_MIN = 1;

    private final Duration timeout;
    private final long bufferMin;
    private volatile boolean buffering;

    /**
     * Creates the handler for one exchange of {@code execute}.
     *
     * @param timeout the longest wait for each piece of a body
     */
    ResponseBodies(Duration timeout) {
        this(timeout, BUFFER_MIN);
    }

    /**
     * Creates the handler for one exchange.
     *
     * @param timeout the longest wait for each piece of a body
     * @param bufferMin the shortest declared body received whole ({@link #BUFFER_MIN}, or
     *     {@link #ASYNC_BUFFER_MIN} for {@code executeAsync})
     */
    ResponseBodies(Duration timeout, long bufferMin) {
        this.timeout = timeout;
        this.bufferMin = bufferMin;
    }

    @Override
    public BodySubscriber<InputStream> apply(ResponseInfo info) {
        long length = declaredLength(info);
        if (length < bufferMin || length > BUFFER_LIMIT) {
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
     * Collects a body of declared length as the pieces it arrives in, and gives up on it when
     * no data arrives for a whole timeout.
     */
    static final class Buffer implements BodySubscriber<InputStream> {

        private final CompletableFuture<InputStream> body = new CompletableFuture<>();
        private final int declared;
        private final Duration timeout;
        private final long timeoutNanos;
        private final List<ByteBuffer> pieces = new ArrayList<>();
        private Flow.Subscription subscription;
        private volatile long lastData;
        private volatile ScheduledFuture<?> alarm;
        /** Gathers short pieces; {@code null} when none is being gathered. */
        private byte[] gather;
        private int gathered;
        private long size;

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
                if (n >= KEEP_MIN) {
                    endGathering();
                    pieces.add(buffer);
                } else if (n > 0) {
                    if (gather == null || gather.length - gathered < n) {
                        endGathering();
                        // The client enforces the declared length; a longer body is still taken.
                        gather = new byte[(int) Math.max(n, Math.min(GATHER_SIZE, declared - size))];
                    }
                    buffer.get(gather, gathered, n);
                    gathered += n;
                }
                size += n;
            }
        }

        /** Closes the array gathering short pieces, if any, as the body's next piece. */
        private void endGathering() {
            if (gathered > 0) {
                pieces.add(ByteBuffer.wrap(gather, 0, gathered));
            }
            gather = null;
            gathered = 0;
        }

        @Override
        public void onError(Throwable failure) {
            disarm();
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            disarm();
            endGathering();
            body.complete(new BufferedBody(pieces.toArray(new ByteBuffer[0])));
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
            if (body.completeExceptionally(TimedResponseBody.noDataWithin(timeout))) {
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
