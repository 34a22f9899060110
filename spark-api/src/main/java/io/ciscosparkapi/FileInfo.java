package io.ciscosparkapi;

import io.ciscosparkapi.transport.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What Spark says of a file it serves: its name (from {@code Content-Disposition}), its content
 * type and its size, read from the headers of a download or of {@link ContentsApi#info(String)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FileInfo {

    private final String fileName;
    private final String contentType;
    private final long size;

    private FileInfo(String fileName, String contentType, long size) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
    }

    /**
     * Reads the file's description from an answer's headers.
     *
     * @param headers the headers
     * @return the description
     */
    static FileInfo of(Headers headers) {
        String disposition = headers.first("Content-Disposition").orElse(null);
        long size = -1;
        String length = headers.first("Content-Length").orElse(null);
        if (length != null) {
            try {
                size = Long.parseLong(length.trim());
            } catch (NumberFormatException ignored) {
                // an unusable length is an unknown one
            }
        }
        return new FileInfo(disposition == null ? null : fileName(disposition),
                headers.first("Content-Type").orElse(null), size);
    }

    /**
     * The file name of a {@code Content-Disposition} value: {@code filename*} (RFC 5987, UTF-8)
     * when present, else {@code filename}, with quotes removed.
     */
    static String fileName(String disposition) {
        String plain = null;
        for (String part : disposition.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).trim();
            if (name.equals("filename*")) {
                int quote = value.indexOf("''");
                if (quote >= 0 && value.substring(0, quote).equalsIgnoreCase("utf-8")) {
                    try {
                        return URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException ignored) {
                        // a broken extended value: fall back to the plain one
                    }
                }
            } else if (name.equals("filename")) {
                plain = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\") : value;
            }
        }
        return plain == null || plain.isEmpty() ? null : plain;
    }

    /**
     * The file's name as Spark gives it.
     *
     * @return the name, or {@code null} when Spark gave none
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The file's content type, e.g. {@code image/png}.
     *
     * @return the type, or {@code null} when Spark gave none
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The file's size in bytes.
     *
     * @return the size, or empty when Spark did not say
     */
    public OptionalLong size() {
        return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileInfo f && Objects.equals(f.fileName, fileName)
                && Objects.equals(f.contentType, contentType) && f.size == size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, size);
    }

    @Override
    public String toString() {
        return "FileInfo{fileName=" + fileName + ", contentType=" + contentType + ", size="
                + (size < 0 ? "unknown" : size) + "}";
    }
}
