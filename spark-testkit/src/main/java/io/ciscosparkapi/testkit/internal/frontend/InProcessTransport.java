package io.ciscosparkapi.testkit.internal.frontend;

import io.ciscosparkapi.testkit.internal.api.Dispatcher;
import io.ciscosparkapi.testkit.internal.http.ApiRequest;
import io.ciscosparkapi.testkit.internal.http.ApiResponse;
import io.ciscosparkapi.testkit.internal.http.DropConnection;
import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.RequestBody;
import io.ciscosparkapi.transport.Transport;
import io.ciscosparkapi.transport.TransportRequest;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketException;

/**
 * A {@link Transport} that hands requests straight to the {@link Dispatcher}: no sockets.
 * Answers any absolute URI; links are built from the request URI's scheme, host and port.
 */
public final class InProcessTransport implements Transport {

    private final Dispatcher dispatcher;
    private volatile boolean closed;

    /**
     * Creates a transport.
     *
     * @param dispatcher answers the requests
     */
    public InProcessTransport(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        if (closed) {
            throw new IOException("the in-process transport is closed");
        }
        Headers.Builder headers = request.headers().toBuilder();
        byte[] body = new byte[0];
        if (request.body().isPresent()) {
            RequestBody b = request.body().get();
            headers.set("Content-Type", b.contentType());
            if (b.isInMemory()) {
                body = b.bytes();
            } else {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                b.writeTo(out);
                body = out.toByteArray();
            }
        }
        ApiResponse r;
        try {
            r = dispatcher.handle(new ApiRequest(request.method(), request.uri(), headers.build(), body));
        } catch (DropConnection e) {
            throw new SocketException("Connection reset (injected fault)");
        }
        Headers out = r.headers();
        if (!request.method().equals("HEAD") && r.body().length > 0) {
            out = out.toBuilder().set("Content-Length", String.valueOf(r.body().length)).build();
        }
        return new TransportResponse(r.status(), out, new ByteArrayInputStream(r.body()));
    }

    @Override
    public void close() {
        closed = true;
    }
}
