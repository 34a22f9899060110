package io.ciscosparkapi.transport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable multi-map of HTTP header fields whose names compare case-insensitively.
 *
 * <p>Names keep the spelling of their first occurrence; values keep their order. Instances are
 * thread-safe.
 */
public final class Headers {

    private static final Headers EMPTY = new Headers(Map.of());

    /** Lower-cased name to (original name, values). */
    private final Map<String, Entry> entries;

    private record Entry(String name, List<String> values) {
    }

    private Headers(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /**
     * Returns headers with no fields.
     *
     * @return the empty headers
     */
    public static Headers empty() {
        return EMPTY;
    }

    /**
     * Returns headers holding the given name and value pairs.
     *
     * @param namesAndValues alternating names and values, e.g. {@code "Accept", "application/json"}
     * @return the headers
     * @throws IllegalArgumentException when the number of arguments is odd or a name is invalid
     */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("namesAndValues must hold name and value pairs");
        }
        Builder builder = builder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            builder.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder.build();
    }

    /**
     * Returns headers copied from a map of names to values, as HTTP clients commonly expose them.
     * Entries that are not header fields are skipped: a {@code null} name (the status line in
     * {@link java.net.HttpURLConnection}), HTTP/2 pseudo-headers such as {@code :status}, and
     * names or values a header field cannot have. A stray field therefore never fails an exchange.
     *
     * @param map names to their values
     * @return the headers
     */
    public static Headers of(Map<String, ? extends List<String>> map) {
        Builder builder = builder();
        map.forEach((name, values) -> {
            if (name != null && Builder.validName(name)) {
                values.forEach(value -> {
                    if (value != null && Builder.validValue(value)) {
                        builder.add(name, value);
                    }
                });
            }
        });
        return builder.build();
    }

    /**
     * Starts an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the first value of the named field.
     *
     * @param name the field name, in any case
     * @return the first value, or empty when the field is absent
     */
    public Optional<String> first(String name) {
        Entry entry = entries.get(key(name));
        return entry == null ? Optional.empty() : Optional.of(entry.values().get(0));
    }

    /**
     * Returns every value of the named field, in the order received.
     *
     * @param name the field name, in any case
     * @return the values; empty when the field is absent
     */
    public List<String> all(String name) {
        Entry entry = entries.get(key(name));
        return entry == null ? List.of() : entry.values();
    }

    /**
     * Returns whether the named field is present.
     *
     * @param name the field name, in any case
     * @return {@code true} when at least one value is present
     */
    public boolean contains(String name) {
        return entries.containsKey(key(name));
    }

    /**
     * Returns whether there are no fields at all.
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Returns the field names, each in the spelling of its first occurrence.
     *
     * @return the names, in insertion order
     */
    public Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>();
        entries.values().forEach(e -> names.add(e.name()));
        return Collections.unmodifiableSet(names);
    }

    /**
     * Returns the headers as a map of names to values.
     *
     * @return an unmodifiable map, in insertion order
     */
    public Map<String, List<String>> toMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        entries.values().forEach(e -> map.put(e.name(), e.values()));
        return Collections.unmodifiableMap(map);
    }

    /**
     * Returns these headers with one more value added to the named field (the same as
     * {@code toBuilder().add(name, value).build()}, but sharing the fields already present).
     *
     * @param name the field name
     * @param value the value to add
     * @return new headers; these are unchanged
     * @throws IllegalArgumentException when the name or value is invalid
     */
    public Headers with(String name, String value) {
        Builder.checkName(name);
        Objects.requireNonNull(value, "value");
        if (!Builder.validValue(value)) {
            throw new IllegalArgumentException("header value of '" + name + "' must not contain a line break");
        }
        String key = key(name);
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        Entry present = copy.get(key);
        if (present == null) {
            copy.put(key, new Entry(name, List.of(value)));
        } else {
            List<String> values = new ArrayList<>(present.values());
            values.add(value);
            copy.put(key, new Entry(present.name(), List.copyOf(values)));
        }
        return new Headers(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns a builder that starts with these headers.
     *
     * @return a new builder holding a copy of these headers
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        entries.forEach((k, e) -> builder.entries.put(k, new Entry(e.name(), new ArrayList<>(e.values()))));
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers h && h.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Shows the names and values; the value of {@code Authorization} is always replaced by
     * {@code <redacted>}, so headers can be logged safely.
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        entries.forEach((k, e) -> {
            if (out.length() > 1) {
                out.append(", ");
            }
            out.append(e.name()).append('=')
                    .append(k.equals("authorization") ? "[<redacted>]" : e.values().toString());
        });
        return out.append('}').toString();
    }

    private static String key(String name) {
        return Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT);
    }

    /** Builds {@link Headers}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a value to the named field, keeping values already present.
         *
         * @param name the field name
         * @param value the value
         * @return this builder
         * @throws IllegalArgumentException when the name is blank or holds a character that is
         *     not allowed in a header name, or the value holds a line break
         */
        public Builder add(String name, String value) {
            checkName(name);
            Objects.requireNonNull(value, "value");
            if (!validValue(value)) {
                throw new IllegalArgumentException("header value of '" + name + "' must not contain a line break");
            }
            entries.computeIfAbsent(key(name), k -> new Entry(name, new ArrayList<>())).values().add(value);
            return this;
        }

        /**
         * Replaces every value of the named field with the given one.
         *
         * @param name the field name
         * @param value the new value
         * @return this builder
         */
        public Builder set(String name, String value) {
            remove(name);
            return add(name, value);
        }

        /**
         * Removes the named field.
         *
         * @param name the field name, in any case
         * @return this builder
         */
        public Builder remove(String name) {
            entries.remove(key(name));
            return this;
        }

        /**
         * Builds the immutable headers.
         *
         * @return the headers
         */
        public Headers build() {
            if (entries.isEmpty()) {
                return EMPTY;
            }
            Map<String, Entry> copy = new LinkedHashMap<>();
            entries.forEach((k, e) -> copy.put(k, new Entry(e.name(), List.copyOf(e.values()))));
            return new Headers(Collections.unmodifiableMap(copy));
        }

        private static void checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("header name must not be blank");
            }
            if (!validName(name)) {
                throw new IllegalArgumentException("header name '" + name + "' holds an invalid character");
            }
        }

        static boolean validName(String name) {
            if (name.isEmpty()) {
                return false;
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                    return false;
                }
            }
            return true;
        }

        static boolean validValue(String value) {
            return value.indexOf('\r') < 0 && value.indexOf('\n') < 0;
        }
    }
}
