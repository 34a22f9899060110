package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Files posted to rooms: the {@code contents} endpoints, which a message's
 * {@link io.ciscosparkapi.model.Message#files() files} URLs point at. Obtain it from
 * {@link CiscoSparkAPI#contents()}. Thread-safe.
 *
 * <p>Every method takes the file as a content id or as the whole URL from a message's
 * {@code files}; a URL on another host than the base URL's is refused, so the token never goes
 * there. While Spark is still scanning a file for malware it answers 423; the client waits that
 * out like a rate limit (its {@code Retry-After}, within {@code maxRateLimitWait}). A file Spark
 * cannot scan fails with {@link SparkUnscannableFileException} unless the caller accepts it with
 * {@link DownloadOptions#allowUnscannable(boolean)}. Bytes are streamed, never held whole in
 * memory, and the client's {@code maxResponseBytes} cap does not apply to them.
 */
public final class ContentsApi {

    private static final int BUFFER = 64 * 1024;

    private final Session session;

    ContentsApi(Session session) {
        this.session = session;
    }

    /**
     * Reads what Spark says of a file without downloading it ({@code HEAD contents/{id}}).
     *
     * @param content the content id, or the file's URL from a message
     * @return the file's name, content type and size
     */
    public FileInfo info(String content) {
        return session.execute(infoCall(content));
    }

    static Call<FileInfo> infoCall(String content) {
        return Call.head(path(content), answer -> FileInfo.of(answer.headers()));
    }

    /**
     * Opens a file's bytes as a stream; close the download to release the connection.
     *
     * @param content the content id, or the file's URL from a message
     * @return the open download
     */
    public FileDownload download(String content) {
        return session.execute(downloadCall(content));
    }

    static Call<FileDownload> downloadCall(String content) {
        return downloadCall(content, d -> { });
    }

    /**
     * Opens a file's bytes as a stream, with options, e.g.
     * {@code download(url, d -> d.allowUnscannable(true))}.
     *
     * @param content the content id, or the file's URL from a message
     * @param options sets the options
     * @return the open download
     */
    public FileDownload download(String content, Consumer<DownloadOptions> options) {
        return session.execute(downloadCall(content, options));
    }

    static Call<FileDownload> downloadCall(String content, Consumer<DownloadOptions> options) {
        DownloadOptions o = Arguments.apply(new DownloadOptions(), options);
        return Call.download(path(content), o.params(), answer -> new FileDownload(answer.keep()));
    }

    /**
     * Downloads a file to disk. When {@code target} is a directory, the file is saved in it under
     * the name Spark gives (with any directory part removed); otherwise it is saved as
     * {@code target}, replacing a file already there. The bytes go to a temporary file beside the
     * target first, which is moved into place only once complete, so a failed download leaves
     * nothing half-written. A connection that fails mid-download is retried like any GET.
     *
     * @param content the content id, or the file's URL from a message
     * @param target a directory, or the file to write
     * @return the file written
     */
    public Path download(String content, Path target) {
        return session.execute(downloadCall(content, target));
    }

    static Call<Path> downloadCall(String content, Path target) {
        return downloadCall(content, target, d -> { });
    }

    /**
     * Downloads a file to disk as {@link #download(String, Path)} does, with options.
     *
     * @param content the content id, or the file's URL from a message
     * @param target a directory, or the file to write
     * @param options sets the options
     * @return the file written
     * @throws SparkException when the file cannot be written
     */
    public Path download(String content, Path target, Consumer<DownloadOptions> options) {
        return session.execute(downloadCall(content, target, options));
    }

    static Call<Path> downloadCall(String content, Path target, Consumer<DownloadOptions> options) {
        Objects.requireNonNull(target, "target must not be null");
        DownloadOptions o = Arguments.apply(new DownloadOptions(), options);
        Path parent = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("target " + target + " is neither a directory nor in one");
        }
        return Call.download(path(content), o.params(), answer -> {
            FileInfo info = FileInfo.of(answer.headers());
            Path file = Files.isDirectory(target) ? target.resolve(safeName(info.fileName(), content)) : target;
            save(answer.keep().body(), file);
            return file;
        });
    }

    /**
     * Copies the body to a temporary file beside {@code file}, then moves it into place. An
     * {@link IOException} is the connection's (the session may retry); a file that cannot be
     * written is a {@link SparkException}.
     */
    private static void save(InputStream body, Path file) throws IOException {
        Path temp;
        try {
            temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".download-", ".part");
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
        boolean saved = false;
        try (body; PartFile part = new PartFile(temp, file)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = body.read(buffer)) >= 0) {
                part.write(buffer, n);
            }
            part.close();
            move(temp, file);
            saved = true;
        } finally {
            if (!saved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static SparkException cannotWrite(Path file, IOException e) {
        return new SparkException("Cannot write the downloaded file " + file + ": " + e.getMessage(), e);
    }

    /** The temporary file a download is written to; its failures are the disk's, not the connection's. */
    private static final class PartFile implements AutoCloseable {
        private final OutputStream out;
        private final Path file;
        private boolean closed;

        PartFile(Path temp, Path file) {
            this.file = file;
            try {
                this.out = Files.newOutputStream(temp);
            } catch (IOException e) {
                throw cannotWrite(file, e);
            }
        }

        void write(byte[] buffer, int length) {
            try {
                out.write(buffer, 0, length);
            } catch (IOException e) {
                throw cannotWrite(file, e);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                try {
                    out.close();
                } catch (IOException e) {
                    throw cannotWrite(file, e);
                }
            }
        }
    }

    private static void move(Path temp, Path file) {
        try {
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** The name to save a file under in a directory: Spark's name without any directory part. */
    static String safeName(String given, String content) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            safe.append(c < ' ' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|'
                    ? '_' : c);
        }
        String result = safe.toString();
        if (result.isEmpty() || result.chars().allMatch(c -> c == '.')) {
            String tail = content.substring(content.lastIndexOf('/') + 1);
            int query = tail.indexOf('?');
            result = "download-" + (query < 0 ? tail : tail.substring(0, query)).replaceAll("[^A-Za-z0-9_-]", "");
        }
        return result;
    }

    private static String path(String content) {
        Arguments.required(content, "content");
        if (content.startsWith("https://") || content.startsWith("http://")) {
            return content;
        }
        return Urls.path("contents", Arguments.id(content, "content"));
    }

    /** Options of a download. Not thread-safe; used inside the lambda it is given to. */
    public static final class DownloadOptions {
        private boolean allowUnscannable;

        DownloadOptions() {
        }

        /**
         * Downloads a file that Spark could not scan for malware (which it otherwise refuses with
         * a 428), sending {@code allow=unscannable}: the caller accepts the risk.
         *
         * @param allow whether to accept an unscannable file
         * @return these options
         */
        public DownloadOptions allowUnscannable(boolean allow) {
            this.allowUnscannable = allow;
            return this;
        }

        Map<String, String> params() {
            return allowUnscannable ? Map.of("allow", "unscannable") : Map.of();
        }
    }
}
