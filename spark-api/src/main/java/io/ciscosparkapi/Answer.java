package io.ciscosparkapi;

import io.ciscosparkapi.internal.NextLinks;
import io.ciscosparkapi.transport.Headers;
import io.ciscosparkapi.transport.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The answer to one attempt of a {@link Call} that came back with the expected status, offered to
 * the call's {@link Call.Reader}: its headers, and its body read once as JSON, as a listing page,
 * not at all, or {@linkplain #keep() kept} for the caller to stream. The body is read under the
 * client's size cap ({@link BoundedBody}), except for a download's.
 *
 * <p>Confined to the thread that runs the attempt.
 */
final class Answer {

    private final Session session;
    private final TransportResponse response;
    private final Headers headers;
    private final InputStream body;
    private final String what;
    private boolean kept;

    Answer(Session session, TransportResponse response, InputStream body, String what) {
        this.session = session;
        this.response = response;
        this.headers = response.headers();
        this.body = body;
        this.what = what;
    }

    /**
     * The response headers.
     *
     * @return the headers
     */
    Headers headers() {
        return headers;
    }

    /**
     * Reads the body as one JSON object and makes the model of it.
     *
     * @param type makes the model
     * @param <T> the model
     * @return the model
     * @throws IOException when the body cannot be read to its end
     * @throws SparkException when the body is not one JSON object, or the model is stricter
     */
    <T> T model(Function<Map<String, Object>, T> type) throws IOException {
        return session.model(JsonCodec.readObject(body, what), type);
    }

    /**
     * Reads the {@code items} of a list body, making the model of each as it is parsed.
     *
     * @param type makes the model of an item
     * @param <T> the model
     * @return the items, in the order sent
     * @throws IOException when the body cannot be read to its end
     * @throws SparkException when the body is not a list envelope
     */
    <T> List<T> items(Function<Map<String, Object>, T> type) throws IOException {
        return JsonCodec.readItems(body, item -> session.model(item, type), what);
    }

    /**
     * The target of the {@code Link: <...>; rel="next"} header, as sent.
     *
     * @return the raw link, or {@code null} on the last page
     */
    String nextLink() {
        return NextLinks.find(headers.all("Link"));
    }

    /**
     * Reads the body to its end and drops it, so the connection can serve the next request.
     */
    void discard() {
        try {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the expected status has arrived: what follows it does not change the result
        }
    }

    /**
     * Takes the answer over from the session, which then leaves it open: the caller reads the
     * body at its own pace and closes the answer (which releases the connection).
     *
     * @return the answer; its {@linkplain TransportResponse#body() body} is the bounded one
     */
    TransportResponse keep() {
        kept = true;
        return new TransportResponse(response.status(), headers, new FilterInputStream(body) {
            @Override
            public void close() throws IOException {
                response.close();
            }
        });
    }

    /**
     * Whether the reader took the answer over.
     *
     * @return {@code true} after {@link #keep()}
     */
    boolean kept() {
        return kept;
    }

    /**
     * Names the exchange in error messages.
     *
     * @return for example {@code GET https://webexapis.com/v1/rooms}
     */
    String what() {
        return what;
    }
}
