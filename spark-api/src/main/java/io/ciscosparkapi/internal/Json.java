package io.ciscosparkapi.internal;

import io.ciscosparkapi.SparkException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the JSON the Spark API speaks; the one place that knows Jackson. Thread-safe.
 */
public final class Json {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ObjectReader itemReader = mapper.readerFor(MAP).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /**
     * Serialises a request body.
     *
     * @param value maps, lists, strings, numbers, booleans
     * @return UTF-8 JSON bytes
     */
    public byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    /**
     * Reads one JSON object from a stream, which stays open.
     *
     * @param in the body
     * @param what names the response in error messages
     * @return the object, in field order
     * @throws SparkException when the body is not a JSON object
     */
    public Map<String, Object> readObject(InputStream in, String what) {
        try {
            Map<String, Object> map = mapper.readValue(in, MAP);
            if (map == null) {
                throw new SparkException("Malformed response from " + what + ": the body is empty, expected a JSON object");
            }
            return map;
        } catch (JacksonException e) {
            throw new SparkException("Malformed response from " + what + ": " + e.getOriginalMessage(), e);
        }
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
     * @throws SparkException when the body is not a JSON object holding an {@code items} array
     */
    public <T> List<T> readItems(InputStream in, Function<Map<String, Object>, T> type, String what) {
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SparkException("Malformed response from " + what + ": expected a JSON object with an 'items' key");
            }
            List<T> items = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                    items = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        items.add(type.apply(itemReader.readValue(parser)));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (items == null) {
                throw new SparkException("Malformed response from " + what + ": 'items' key not found in the list response");
            }
            return items;
        } catch (JacksonException e) {
            throw new SparkException("Malformed response from " + what + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a whole error body leniently.
     *
     * @param text the body text
     * @return the object, or {@code null} when the text is not a JSON object
     */
    public Map<String, Object> readObjectOrNull(String text) {
        try {
            return mapper.readValue(text, MAP);
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Reads and discards the rest of a stream, so the connection can be reused.
     *
     * @param in the stream
     */
    static void drain(InputStream in) {
        try {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException ignored) {
            // the connection is closed right after; nothing to recover
        }
    }
}
