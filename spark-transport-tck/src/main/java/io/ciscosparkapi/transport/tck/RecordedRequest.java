package io.ciscosparkapi.transport.tck;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a conformance server or the {@link ConformanceProxy} received of one request: its method,
 * its request target exactly as sent, its header fields in the order they arrived and its body.
 *
 * <p>Immutable and thread-safe. Header names compare case-insensitively; a field sent twice is
 * two entries, so a case can tell a repeated field from a single one.
 */
public final class RecordedRequest {

    private final String method;
    private final String target;
    private final List<Map.Entry<String, String>> fields;
    private final byte[] body;

    /**
     * Creates a record.
     *
     * @param method the method, e.g. {@code GET}
     * @param target the request target as sent: {@code /path?query} (origin form),
     *     {@code http://host:port/path} (absolute form, to a proxy) or {@code host:port}
     *     ({@code CONNECT})
     * @param fields the header fields, name and value, in the order received
     * @param body the body's bytes; empty for none
     */
    public RecordedRequest(String method, String target, List<Map.Entry<String, String>> fields, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.target = Objects.requireNonNull(target, "target");
        List<Map.Entry<String, String>> copy = new ArrayList<>();
        fields.forEach(field -> copy.add(Map.entry(field.getKey(), field.getValue())));
        this.fields = List.copyOf(copy);
        this.body = body.clone();
    }

    /**
     * The method, as sent.
     *
     * @return e.g. {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * The request target, exactly as sent on the request line.
     *
     * @return e.g. {@code /case-3?max=10}, {@code http://127.0.0.1:8080/case-3} or
     *     {@code 127.0.0.1:8443}
     */
    public String target() {
        return target;
    }

    /**
     * The path of the target, still percent-encoded as sent.
     *
     * @return the raw path; empty for a {@code CONNECT} target
     */
    public String rawPath() {
        if (method.equals("CONNECT")) {
            return "";
        }
        String path = URI.create(target).getRawPath();
        return path == null ? "" : path;
    }

    /**
     * The query of the target, still percent-encoded as sent.
     *
     * @return the raw query, or {@code null} when the target has none
     */
    public String rawQuery() {
        return method.equals("CONNECT") ? null : URI.create(target).getRawQuery();
    }

    /**
     * Every value of the named field, one per field line, in the order received.
     *
     * @param name the field name, in any case
     * @return the values; empty when the field is absent
     */
    public List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            if (field.getKey().equalsIgnoreCase(name)) {
                values.add(field.getValue());
            }
        }
        return List.copyOf(values);
    }

    /**
     * The first value of the named field.
     *
     * @param name the field name, in any case
     * @return the value, or {@code null} when the field is absent
     */
    public String first(String name) {
        List<String> values = headers(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * Every header field, in the order received.
     *
     * @return name and value pairs
     */
    public List<Map.Entry<String, String>> fields() {
        return fields;
    }

    /**
     * The body.
     *
     * @return a copy of the body's bytes; empty for a request without one
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Shows the request line and the field names; never a value, since values may be
     * credentials.
     */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        fields.forEach(field -> names.add(field.getKey().toLowerCase(Locale.ROOT)));
        return method + " " + target + " " + names + " (" + body.length + " bytes)";
    }
}
