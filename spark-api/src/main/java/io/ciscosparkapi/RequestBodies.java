package io.ciscosparkapi;

import io.ciscosparkapi.internal.Urls;
import io.ciscosparkapi.internal.Values;
import io.ciscosparkapi.transport.RequestBody;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Encodes request bodies, the one place that does: JSON for most calls, an HTML form for the OAuth
 * token exchange, and {@code multipart/form-data} for a message that uploads a local file. Each is
 * encoded when the call is described, so a value that cannot be sent fails before any request.
 *
 * <p>Stateless and thread-safe.
 */
final class RequestBodies {

    /** JSON request bodies' content type, as the Python SDK sends it. */
    static final String JSON = "application/json;charset=utf-8";
    private static final String FORM = "application/x-www-form-urlencoded";

    private RequestBodies() {
    }

    /**
     * A JSON object body.
     *
     * @param fields the object's fields: strings, numbers, booleans, timestamps, enums, lists, maps
     *     and models
     * @return the body
     * @throws IllegalArgumentException when a value is not a JSON value, naming where it is
     */
    static RequestBody json(Map<String, ?> fields) {
        return RequestBody.of(JsonCodec.write(fields), JSON);
    }

    /**
     * An {@code application/x-www-form-urlencoded} body.
     *
     * @param fields the form fields, in order
     * @return the body
     */
    static RequestBody form(Map<String, String> fields) {
        StringJoiner form = new StringJoiner("&");
        fields.forEach((name, value) -> form.add(Urls.encodeForm(name) + "=" + Urls.encodeForm(value)));
        return RequestBody.of(form.toString().getBytes(StandardCharsets.UTF_8), FORM);
    }

    /**
     * A {@code multipart/form-data} body: the simple fields as form fields, then the file as a part
     * named {@code partName}, streamed from disk when sent so a large file is never held in memory.
     *
     * @param fields the simple fields, in order: strings, numbers, booleans, timestamps, enums
     * @param partName the file part's name, e.g. {@code files}
     * @param file the file to upload; its content type is guessed from its name
     * @return the body, with its exact length
     * @throws IllegalArgumentException when a field holds a list or an object, or the file cannot be read
     */
    static RequestBody multipart(Map<String, ?> fields, String partName, Path file) {
        String boundary = "ciscosparkapi-" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                throw new IllegalArgumentException("Field " + name + " cannot be sent with a local file upload: "
                        + "only simple values are sent as form fields");
            }
            write(head, "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + Values.text(value) + "\r\n");
        });
        String fileName = file.getFileName().toString();
        write(head, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + quote(partName) + "\"; filename=\"" + quote(fileName)
                + "\"\r\n" + "Content-Type: " + guessContentType(fileName) + "\r\n\r\n");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("file " + file + " cannot be read: " + e.getMessage(), e);
        }
        byte[] prefix = head.toByteArray();
        byte[] suffix = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return RequestBody.ofStream(() -> new SequenceInputStream(Collections.enumeration(List.<InputStream>of(
                        new ByteArrayInputStream(prefix), Files.newInputStream(file), new ByteArrayInputStream(suffix)))),
                prefix.length + size + suffix.length, "multipart/form-data; boundary=" + boundary);
    }

    /**
     * Guesses a content type from a file name's extension: the JDK's table first, then a few common
     * office and media types, and {@code text/plain} when unknown, as the Python SDK does.
     *
     * @param fileName the file name
     * @return the content type
     */
    static String guessContentType(String fileName) {
        String known = URLConnection.guessContentTypeFromName(fileName);
        if (known != null) {
            return known;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
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
