package io.ciscosparkapi;

import io.ciscosparkapi.internal.Values;
import io.ciscosparkapi.model.SparkObject;
import io.ciscosparkapi.model.internal.JsonAssembler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes the JSON the Spark API speaks; the one place that knows Jackson, and the one
 * class that hands parsed objects to the models' internal form. Only Jackson's streaming layer is
 * used: items are built straight into the models' immutable form, and request bodies are written
 * from the plain values the request builders hold, so no object mapper has to be set up (which
 * would cost a new client a quarter of a second).
 *
 * <p>Reading tells two failures apart: a body that cannot be read to its end (the connection
 * failed) is an {@link IOException}, which the session may retry; a body that arrived whole but is
 * not the JSON expected is a {@link SparkException}. Stateless and thread-safe.
 */
final class JsonCodec {

    /**
     * Field names are interned: the Spark API has few of them, each is interned once for the
     * life of the factory, and the models' getters, which look fields up by literal names, then
     * find them by identity.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .build();

    private JsonCodec() {
    }

    /**
     * Serialises a request body.
     *
     * @param body the JSON object: strings, numbers, booleans, {@link Instant}s and enums (written
     *     as Spark's text), lists, arrays, maps with string keys, models, and {@code null}
     * @return UTF-8 JSON bytes
     * @throws IllegalArgumentException when a value is none of these, naming where it is
     */
    static byte[] write(Map<String, ?> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeValue(generator, body, "body");
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator out, Object value, String where) {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(where + " is " + d + ", which JSON cannot hold");
            }
            out.writeNumber(d);
        } else if (value instanceof BigInteger big) {
            out.writeNumber(big);
        } else if (value instanceof BigDecimal big) {
            out.writeNumber(big);
        } else if (value instanceof Number number) {
            // AtomicLong and the like: their current value
            out.writeNumber(number.toString());
        } else if (value instanceof Instant || value instanceof Enum<?>) {
            out.writeString(Values.text(value));
        } else if (value instanceof CharSequence || value instanceof Character) {
            out.writeString(value.toString());
        } else if (value instanceof SparkObject model) {
            writeValue(out, model.asMap(), where);
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                if (!(field.getKey() instanceof String name)) {
                    throw new IllegalArgumentException(where + " has a key that is not a string: " + field.getKey());
                }
                out.writeName(name);
                writeValue(out, field.getValue(), where + "." + name);
            }
            out.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            out.writeStartArray();
            int i = 0;
            for (Object element : list) {
                writeValue(out, element, where + "[" + i++ + "]");
            }
            out.writeEndArray();
        } else if (value instanceof Object[] array) {
            writeValue(out, Arrays.asList(array), where);
        } else {
            throw new IllegalArgumentException(where + " is a " + value.getClass().getName()
                    + ", which is not a JSON value: use a string, number, boolean, Instant, list or map");
        }
    }

    /**
     * Reads one JSON object from a stream, to its end; the stream is closed once read. The
     * result is deeply immutable.
     *
     * @param in the body
     * @param what names the response in error messages
     * @return the object, in field order
     * @throws IOException when the body cannot be read to its end
     * @throws SparkException when the body is not a JSON object
     */
    static Map<String, Object> readObject(InputStream in, String what) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return readWholeObject(parser, what);
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            throw malformed(what, e);
        }
    }

    /**
     * Reads one JSON object from bytes already received whole.
     *
     * @param body the bytes
     * @param what names the body in error messages
     * @return the object, in field order
     * @throws SparkException when the bytes are not one JSON object
     */
    static Map<String, Object> readObject(byte[] body, String what) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            return readWholeObject(parser, what);
        } catch (JacksonException e) {
            throw malformed(what, e);
        }
    }

    private static SparkException malformed(String what, JacksonException e) {
        return new SparkException("Malformed response from " + what + ": " + e.getOriginalMessage(), e);
    }

    /** Reads the one JSON object the parser's input must hold, and nothing after it. */
    private static Map<String, Object> readWholeObject(JsonParser parser, String what) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw new SparkException("Malformed response from " + what + ": "
                    + (first == null ? "the body is empty" : "found " + first) + ", expected a JSON object");
        }
        Map<String, Object> object = readObjectTree(parser, new JsonAssembler());
        if (parser.nextToken() != null) {
            throw new SparkException("Malformed response from " + what + ": content after the JSON object");
        }
        return object;
    }

    /**
     * Reads the {@code items} array of a list envelope from the stream, converting each item as it
     * is parsed; other keys of the envelope are skipped.
     *
     * @param in the body
     * @param type converts an item's JSON to the model
     * @param what names the response in error messages
     * @param <T> the item type
     * @return the items
     * @throws IOException when the body cannot be read to its end
     * @throws SparkException when the body is not a JSON object holding an {@code items} array
     */
    static <T> List<T> readItems(InputStream in, Function<Map<String, Object>, T> type, String what)
            throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SparkException("Malformed response from " + what + ": expected a JSON object with an 'items' key");
            }
            List<T> items = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                    items = new ArrayList<>();
                    JsonAssembler page = new JsonAssembler();
                    RepeatedStrings strings = new RepeatedStrings();
                    JsonToken element;
                    while ((element = parser.nextToken()) == JsonToken.START_OBJECT) {
                        items.add(type.apply(readItem(parser, page, strings)));
                    }
                    if (element != JsonToken.END_ARRAY) {
                        throw new SparkException("Malformed response from " + what + ": an item is not a JSON object");
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (items == null) {
                throw new SparkException("Malformed response from " + what + ": 'items' key not found in the list response");
            }
            return items;
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            throw malformed(what, e);
        }
    }

    /**
     * Builds the object the parser stands at the start of, straight into the models' immutable
     * form, so each value is built once. The objects built with one assembler (the items of a
     * page) share their field names.
     */
    private static Map<String, Object> readObjectTree(JsonParser parser, JsonAssembler into) {
        into.startObject();
        String name;
        while ((name = parser.nextName()) != null) {
            into.field(name, readValue(parser, parser.nextToken(), into));
        }
        return into.endObject();
    }

    /**
     * Builds a listed item like {@link #readObjectTree}, its top-level strings read through
     * {@code strings}, so a value that repeats the previous item's is not made again.
     */
    private static Map<String, Object> readItem(JsonParser parser, JsonAssembler into, RepeatedStrings strings) {
        into.startObject();
        String name;
        for (int position = 0; (name = parser.nextName()) != null; position++) {
            JsonToken token = parser.nextToken();
            Object value;
            int length;
            if (token == JsonToken.VALUE_STRING && (length = parser.getStringLength()) <= RepeatedStrings.LONGEST) {
                value = strings.of(position, parser.getStringCharacters(), parser.getStringOffset(), length);
            } else {
                value = readValue(parser, token, into);
            }
            into.field(name, value);
        }
        return into.endObject();
    }

    private static Object readValue(JsonParser parser, JsonToken token, JsonAssembler into) {
        switch (token) {
            case START_OBJECT:
                return readObjectTree(parser, into);
            case START_ARRAY: {
                into.startArray();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    into.element(readValue(parser, next, into));
                }
                return into.endArray();
            }
            case VALUE_STRING:
                return parser.getString();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new SparkException("Unexpected JSON token " + token);
        }
    }

    /**
     * Reads a whole error body leniently.
     *
     * @param text the body text
     * @return the object, or {@code null} when the text is not a JSON object
     */
    static Map<String, Object> readObjectOrNull(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return readWholeObject(parser, "an error body");
        } catch (JacksonException | SparkException e) {
            return null;
        }
    }
}
