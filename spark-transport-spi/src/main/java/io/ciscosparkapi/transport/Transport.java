package io.ciscosparkapi.transport;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Sends HTTP requests on behalf of the SDK: one request in, one response out.
 *
 * <p><b>Contract.</b> A transport performs exactly the exchange it is given. It never retries,
 * never follows redirects, and never throws for an HTTP status: a 404 or a 503 is a normal
 * {@link TransportResponse} whose {@link TransportResponse#status() status} the caller inspects.
 * Headers such as {@code Retry-After} are passed through untouched. It adds no
 * {@code Authorization} header of its own.
 *
 * <p><b>Thread safety.</b> Implementations must be safe for concurrent use by many threads; the
 * SDK shares one transport across all calls of a client.
 *
 * <p><b>Ownership.</b> The caller of {@link #execute} (or {@link #executeAsync}) owns the returned
 * response and must close it (which releases the connection). Whoever created the transport closes it; the SDK closes
 * only transports that it created itself through a {@link TransportProvider}.
 */
public interface Transport extends AutoCloseable {

    /**
     * Sends one request and returns the response as soon as its status line and headers have
     * arrived; the body is then read from {@link TransportResponse#body()}.
     *
     * @param request the request to send; never {@code null}
     * @return the response, whatever its status; the caller must close it
     * @throws IOException when no response could be obtained. A transport throws
     *     {@link java.net.ConnectException} (or a subclass) only when the connection could not be
     *     established, so the request was certainly not sent: the SDK may then resend even a POST.
     *     Other failures: connection reset,
     *     connect or read timeout (a subclass such as
     *     {@link java.net.SocketTimeoutException} is typical), TLS failure, or the transport has
     *     been closed
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    TransportResponse execute(TransportRequest request) throws IOException, InterruptedException;

    /**
     * Sends one request without blocking the calling thread. The future completes when
     * {@link #execute} would return: with the response once its status line and headers have
     * arrived (its body is read later, by the caller, on a thread of the caller's), or
     * exceptionally with the {@link IOException} that {@code execute} would throw, a
     * {@link java.net.ConnectException} only when the request was certainly not sent. No completion
     * runs the caller's code on a thread that the transport needs for I/O.
     *
     * <p>Cancelling the future aborts the exchange and frees its connection; a response that
     * arrives anyway is closed by the transport.
     *
     * <p>The default runs {@link #execute} on {@code executor}, and cancelling the future
     * interrupts it there. Transports built on a non-blocking client override this with the
     * client's own asynchronous call.
     *
     * @param request the request to send; never {@code null}
     * @param executor runs blocking work if the transport needs a thread for it; owned by the
     *     caller, which keeps it running while the exchange lasts. It must run each task on a
     *     thread of its own, not on the thread that submits it: a transport completes the future
     *     through it from its I/O thread, and what the caller then does there (reading the body)
     *     may wait for that very thread
     * @return the future response; the caller must close it
     */
    default CompletableFuture<TransportResponse> executeAsync(TransportRequest request, Executor executor) {
        return BlockingExchange.start(this, request, executor);
    }

    /**
     * Releases the resources (connection pools, threads) this transport owns. Calling it more
     * than once has no further effect. Requests sent after closing fail with an
     * {@link IOException}.
     */
    @Override
    void close();
}
