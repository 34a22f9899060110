package io.ciscosparkapi.transport.apache.internal;

import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Receives one response of the async client and hands it over as soon as its headers are in,
 * its body then flowing through a {@link ResponsePipe} as the caller reads it. The client counts
 * the exchange done, and reuses its connection, once the body has been received to its end.
 * Its callbacks run on the client's I/O thread.
 */
final class PipedResponseConsumer implements AsyncResponseConsumer<Void> {

    private final Duration timeout;
    private final Runnable abort;
    private final Consumer<TransportResponse> handOver;
    private volatile ResponsePipe pipe;
    private volatile FutureCallback<Void> done;
    /** The client's capacity channel, when it came before the response headers. */
    private volatile CapacityChannel capacity;

    /**
     * Creates the consumer of one response.
     *
     * @param timeout the longest each wait for body data may take
     * @param abort aborts the exchange, discarding its connection
     * @param handOver takes the response once its headers are in; must not block
     */
    PipedResponseConsumer(Duration timeout, Runnable abort, Consumer<TransportResponse> handOver) {
        this.timeout = timeout;
        this.abort = abort;
        this.handOver = handOver;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                FutureCallback<Void> resultCallback) throws HttpException, IOException {
        done = resultCallback;
        InputStream body;
        if (entity == null) {
            body = InputStream.nullInputStream();
        } else {
            pipe = new ResponsePipe(timeout, abort);
            body = pipe;
            CapacityChannel early = capacity;
            if (early != null) {
                pipe.capacity(early);
            }
        }
        TransportResponse answer;
        try {
            answer = new TransportResponse(response.getCode(), ApacheClientTransport.toHeaders(response.getHeaders()), body);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(e.getMessage(), e);
        }
        handOver.accept(answer);
        if (entity == null) {
            resultCallback.completed(null);
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers are the client's business; the caller gets the final one.
    }

    @Override
    public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
        capacity = capacityChannel;
        ResponsePipe body = pipe;
        if (body != null) {
            body.capacity(capacityChannel);
        }
    }

    @Override
    public void consume(ByteBuffer src) {
        ResponsePipe body = pipe;
        if (body != null) {
            body.fill(src);
        } else {
            src.position(src.limit());
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        ResponsePipe body = pipe;
        if (body != null) {
            body.end();
        }
        FutureCallback<Void> callback = done;
        if (callback != null) {
            callback.completed(null);
        }
    }

    @Override
    public void failed(Exception cause) {
        ResponsePipe body = pipe;
        if (body != null) {
            body.fail(cause);
        }
    }

    @Override
    public void releaseResources() {
        // The pipe belongs to the caller, who closes it. An exchange let go of before its body
        // ended (neither streamEnd nor failed came) ends the pipe, so a reader is told at once
        // instead of waiting out its timeout; after the end this does nothing.
        ResponsePipe body = pipe;
        if (body != null) {
            body.fail(new IOException("the exchange ended before the response body did"));
        }
    }
}
