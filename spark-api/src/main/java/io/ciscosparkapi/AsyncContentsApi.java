package io.ciscosparkapi;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link ContentsApi}: the same operations with the same parameters, each
 * returning a future. Obtain it from {@link AsyncCiscoSparkAPI#contents()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncContentsApi {

    private final Session session;

    AsyncContentsApi(Session session) {
        this.session = session;
    }

    /**
     * Reads what Spark says of a file without downloading it ({@code HEAD contents/{id}}). The
     * async twin of {@link ContentsApi#info(String)}.
     *
     * @param content the content id, or the file's URL from a message
     * @return completes with the file's name, content type and size
     */
    public CompletableFuture<FileInfo> info(String content) {
        return session.executeAsync(ContentsApi.infoCall(content));
    }

    /**
     * Opens a file's bytes as a stream; close the download to release the connection. The async
     * twin of {@link ContentsApi#download(String)}: the future completes once the answer's headers
     * have arrived, and the body is read from the download as it comes.
     *
     * @param content the content id, or the file's URL from a message
     * @return completes with the open download
     */
    public CompletableFuture<FileDownload> download(String content) {
        return session.executeAsync(ContentsApi.downloadCall(content));
    }

    /**
     * Opens a file's bytes as a stream, with options, e.g.
     * {@code download(url, d -> d.allowUnscannable(true))}. The async twin of
     * {@link ContentsApi#download(String, Consumer)}.
     *
     * @param content the content id, or the file's URL from a message
     * @param options sets the options
     * @return completes with the open download
     */
    public CompletableFuture<FileDownload> download(String content, Consumer<ContentsApi.DownloadOptions> options) {
        return session.executeAsync(ContentsApi.downloadCall(content, options));
    }

    /**
     * Downloads a file to disk. The async twin of {@link ContentsApi#download(String, Path)}: the
     * same temporary file moved into place once complete, written on the client's async executor.
     *
     * @param content the content id, or the file's URL from a message
     * @param target a directory, or the file to write
     * @return completes with the file written
     */
    public CompletableFuture<Path> download(String content, Path target) {
        return session.executeAsync(ContentsApi.downloadCall(content, target));
    }

    /**
     * Downloads a file to disk as {@link #download(String, Path)} does, with options. The async
     * twin of {@link ContentsApi#download(String, Path, Consumer)}; the future fails with a
     * {@link SparkException} when the file cannot be written.
     *
     * @param content the content id, or the file's URL from a message
     * @param target a directory, or the file to write
     * @param options sets the options
     * @return completes with the file written
     */
    public CompletableFuture<Path> download(String content, Path target,
                                            Consumer<ContentsApi.DownloadOptions> options) {
        return session.executeAsync(ContentsApi.downloadCall(content, target, options));
    }
}
