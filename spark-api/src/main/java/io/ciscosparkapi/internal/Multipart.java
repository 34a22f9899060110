package io.ciscosparkapi.internal;

import io.ciscosparkapi.transport.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Encodes a {@code multipart/form-data} body: simple form fields and one file part, streamed from
 * its source so a large file is never held in memory.
 */
public final class Multipart {

    private Multipart() {
    }

    /**
     * A file to upload.
     *
     * @param fieldName the form field name, e.g. {@code files}
     * @param fileName the file name sent to the server
     * @param contentType the file's content type
     * @param length the file's size in bytes
     * @param source opens the file's bytes
     */
    public record FilePart(String fieldName, String fileName, String contentType, long length,
                           RequestBody.StreamSupplier source) {

        /**
         * A file part read from disk, its content type guessed from its name.
         *
         * @param fieldName the form field name
         * @param file the file
         * @return the part
         * @throws IOException when the file's size cannot be read
         */
        public static FilePart of(String fieldName, Path file) throws IOException {
            String name = file.getFileName().toString();
            return new FilePart(fieldName, name, guessContentType(name), Files.size(file), () -> Files.newInputStream(file));
        }
    }

    /**
     * Builds the body.
     *
     * @param fields the simple fields, in order
     * @param file the file part
     * @return a streamed body with an exact length
     */
    public static RequestBody body(Map<String, String> fields, FilePart file) {
        String boundary = "ciscosparkapi-" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(head, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + value + "\r\n"));
        write(head, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + quote(file.fieldName()) + "\"; filename=\""
                + quote(file.fileName()) + "\"\r\n"
                + "Content-Type: " + file.contentType() + "\r\n\r\n");
        byte[] prefix = head.toByteArray();
        byte[] suffix = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = prefix.length + file.length() + suffix.length;
        return RequestBody.ofStream(() -> new SequenceInputStream(java.util.Collections.enumeration(List.<InputStream>of(
                new ByteArrayInputStream(prefix), file.source().open(), new ByteArrayInputStream(suffix)))),
                length, "multipart/form-data; boundary=" + boundary);
    }

    /**
     * Guesses a content type from a file name's extension: the JDK's table first, then a few common
     * office and media types, and {@code text/plain} when unknown, as the Python SDK does.
     *
     * @param fileName the file name
     * @return the content type
     */
    public static String guessContentType(String fileName) {
        String known = java.net.URLConnection.guessContentTypeFromName(fileName);
        if (known != null) {
            return known;
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (ext) {
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "pdf" -> "application/pdf";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "zip" -> "application/zip";
            case "html", "htm" -> "text/html";
            case "csv" -> "text/csv";
            case "doc" -> "application/msword";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "mp4" -> "video/mp4";
            case "mp3" -> "audio/mpeg";
            default -> "text/plain";
        };
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
