package io.ciscosparkapi.testkit.internal.api;

import io.ciscosparkapi.testkit.internal.state.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers: one shared mapper and typed field readers that answer 400 on a wrong type. */
public final class Json {

    /** The shared, thread-safe mapper. */
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /**
     * A new empty object.
     *
     * @return the object
     */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A new array of strings.
     *
     * @param values the strings
     * @return the array
     */
    public static ArrayNode strings(List<String> values) {
        ArrayNode a = MAPPER.createArrayNode();
        values.forEach(a::add);
        return a;
    }

    /**
     * Serializes a node, compact, as Jackson writes it: by {@link TreeWriter} when the tree holds
     * only what it writes, else by the mapper.
     *
     * @param node the node
     * @return UTF-8 JSON bytes
     */
    public static byte[] bytes(JsonNode node) {
        byte[] written = TreeWriter.write(node);
        return written != null ? written : MAPPER.writeValueAsBytes(node);
    }

    /**
     * Reads a string field.
     *
     * @param body the object
     * @param field the field
     * @return the string, or {@code null} when absent or JSON null
     * @throws ApiError 400 when the field is not a string
     */
    public static String str(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            throw ApiError.badRequest("Invalid value for field '" + field + "': expected a string.");
        }
        return n.stringValue();
    }

    /**
     * Reads a required, non-blank string field.
     *
     * @param body the object
     * @param field the field
     * @return the string
     * @throws ApiError 400 when missing, blank or of the wrong type
     */
    public static String required(JsonNode body, String field) {
        String s = str(body, field);
        if (s == null || s.isBlank()) {
            throw ApiError.badRequest("Missing required field '" + field + "'.");
        }
        return s;
    }

    /**
     * Reads a boolean field; JSON booleans and the strings true/false in any case are accepted.
     *
     * @param body the object
     * @param field the field
     * @return the value, or {@code null} when absent
     * @throws ApiError 400 on anything else
     */
    public static Boolean bool(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isString()) {
            return parseBool(n.stringValue(), field);
        }
        throw ApiError.badRequest("Invalid value for field '" + field + "': expected a boolean.");
    }

    /**
     * Parses a boolean case-insensitively.
     *
     * @param text the text
     * @param name the parameter name for the error message
     * @return the value, or {@code null} for {@code null} text
     * @throws ApiError 400 when not a boolean
     */
    public static Boolean parseBool(String text, String name) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return Boolean.TRUE;
        }
        if (t.equals("false")) {
            return Boolean.FALSE;
        }
        throw ApiError.badRequest("Invalid value for '" + name + "': expected true or false.");
    }

    /**
     * Reads a list of strings; a single string is taken as a list of one.
     *
     * @param body the object
     * @param field the field
     * @return the strings, or {@code null} when absent
     * @throws ApiError 400 on a wrong type
     */
    public static List<String> strList(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (n.isString()) {
            out.add(n.stringValue());
            return out;
        }
        if (!n.isArray()) {
            throw ApiError.badRequest("Invalid value for field '" + field + "': expected a list of strings.");
        }
        for (JsonNode e : n) {
            if (!e.isString()) {
                throw ApiError.badRequest("Invalid value for field '" + field + "': expected a list of strings.");
            }
            out.add(e.stringValue());
        }
        return out;
    }
}
