package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code multipart/form-data} bodies. */
public final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    /** A quoted parameter value: backslash escapes a quote or a backslash (RFC 7230 quoted-string). */
    private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=" + QUOTED);
    private static final Pattern FILENAME = Pattern.compile("(?i)filename=" + QUOTED);
    private static final Pattern ESCAPE = Pattern.compile("\\\\(.)");

    /**
     * One part.
     *
     * @param name the form field name
     * @param filename the file name, or {@code null} for a plain field
     * @param contentType the part's content type, or {@code null}
     * @param bytes the content
     */
    public record Part(String name, String filename, String contentType, byte[] bytes) {
        /**
         * The content as UTF-8 text.
         *
         * @return the text
         */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    /**
     * Parses a body.
     *
     * @param contentType the request content type, with the boundary
     * @param body the raw body
     * @return the parts, in order
     * @throws ApiError 400 when the body is not well-formed
     */
    public static List<Part> parse(String contentType, byte[] body) {
        Matcher bm = BOUNDARY.matcher(contentType);
        if (!bm.find()) {
            throw ApiError.badRequest("multipart/form-data without a boundary.");
        }
        String boundary = bm.group(2) != null ? bm.group(2) : bm.group(3);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw ApiError.badRequest("Malformed multipart body.");
        }
        while (true) {
            int after = pos + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                break;
            }
            int headersStart = skipLineBreak(body, after);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw ApiError.badRequest("Malformed multipart body.");
            }
            String headerText = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw ApiError.badRequest("Malformed multipart body.");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : headerText.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
            }
            String disposition = headers.getOrDefault("content-disposition", "");
            Matcher nm = NAME.matcher(";" + disposition);
            Matcher fm = FILENAME.matcher(disposition);
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
            parts.add(new Part(nm.find() ? unescape(nm.group(1)) : "", fm.find() ? unescape(fm.group(1)) : null,
                    headers.get("content-type"), content));
            pos = contentEnd + 2;
        }
        return parts;
    }

    private static String unescape(String quoted) {
        return ESCAPE.matcher(quoted).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    private static int skipLineBreak(byte[] b, int i) {
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
