package io.ciscosparkapi;

import io.ciscosparkapi.transport.TransportResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * A file being downloaded: what Spark says of it, and its bytes as a stream read straight from the
 * connection, never held whole in memory. Close it (try-with-resources) to release the connection.
 *
 * <pre>{@code
 * try (FileDownload file = api.contents().download(message.files().get(0))) {
 *     System.out.println(file.info().fileName() + " (" + file.info().contentType() + ")");
 *     file.body().transferTo(out);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: read it from one thread. A connection that fails while the body is read
 * makes {@link #body()} throw an {@link IOException}; such a download is not retried (use
 * {@link ContentsApi#download(String, java.nio.file.Path)}, which is).
 */
public final class FileDownload implements AutoCloseable {

    private final FileInfo info;
    private final TransportResponse response;

    FileDownload(TransportResponse response) {
        this.info = FileInfo.of(response.headers());
        this.response = response;
    }

    /**
     * What Spark says of the file: name, content type, size.
     *
     * @return the file's description
     */
    public FileInfo info() {
        return info;
    }

    /**
     * The file's bytes, read from the connection as the caller reads them. An answer that ends
     * before the size it declared fails with an {@link IOException}.
     *
     * @return the stream; the same one on every call
     */
    public InputStream body() {
        return response.body();
    }

    /** Releases the connection; bytes not read yet are dropped. Closing twice has no further effect. */
    @Override
    public void close() {
        try {
            response.close();
        } catch (IOException ignored) {
            // the download is abandoned; a failed close only loses the connection
        }
    }

    @Override
    public String toString() {
        return "FileDownload{" + info + "}";
    }
}
