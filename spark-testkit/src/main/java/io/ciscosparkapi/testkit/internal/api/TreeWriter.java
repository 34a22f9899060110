package io.ciscosparkapi.testkit.internal.api;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import tools.jackson.databind.JsonNode;

/**
 * Writes the JSON trees the fake renders as the very bytes Jackson writes for them, in a
 * fraction of the time: objects, arrays, strings, booleans, nulls and whole numbers of up to 64
 * bits, compact, strings escaped as Jackson escapes them ({@code \"}, {@code \\}, {@code \b},
 * {@code \t}, {@code \n}, {@code \f}, {@code \r}, other control characters as <code>&#92;u00XX</code>,
 * everything else as UTF-8). A tree holding anything else (a fraction, a big number, a string
 * with a surrogate) is not written here: {@link #write} answers {@code null} and the caller
 * asks Jackson. Thread-safe: each call makes its own writer.
 */
final class TreeWriter {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 written as is, else the letter of its short escape, or 'u'. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    /** Thrown inside the writer when the tree holds what only Jackson writes. */
    private static final class NotHere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotHere() {
            super(null, null, false, false);
        }
    }

    private byte[] out = new byte[2048];
    private int size;

    private TreeWriter() {
    }

    /**
     * The tree's JSON.
     *
     * @param node the tree
     * @return UTF-8 JSON, the bytes Jackson writes for it; {@code null} when the tree holds a node
     *     this writer leaves to Jackson
     */
    static byte[] write(JsonNode node) {
        TreeWriter w = new TreeWriter();
        try {
            w.value(node);
        } catch (NotHere e) {
            return null;
        }
        return Arrays.copyOf(w.out, w.size);
    }

    private void value(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                ensure(1);
                out[size++] = '{';
                boolean first = true;
                Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!first) {
                        ensure(1);
                        out[size++] = ',';
                    }
                    first = false;
                    string(field.getKey());
                    ensure(1);
                    out[size++] = ':';
                    value(field.getValue());
                }
                ensure(1);
                out[size++] = '}';
            }
            case ARRAY -> {
                ensure(1);
                out[size++] = '[';
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        ensure(1);
                        out[size++] = ',';
                    }
                    value(node.get(i));
                }
                ensure(1);
                out[size++] = ']';
            }
            case STRING -> string(node.stringValue());
            case BOOLEAN -> ascii(node.booleanValue() ? "true" : "false");
            case NULL -> ascii("null");
            case NUMBER -> {
                if (!(node.isInt() || node.isLong() || node.isShort())) {
                    throw new NotHere();
                }
                ascii(Long.toString(node.longValue()));
            }
            default -> throw new NotHere();
        }
    }

    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            out[size++] = (byte) text.charAt(i);
        }
    }

    /**
     * Writes a string: its bytes from the cache when this very string was written lately, else
     * encoded (and kept, when it is short). The fake writes the same ids, addresses and names
     * over and over; long texts are written once and are not held after the fake is gone.
     */
    private void string(String s) {
        byte[] bytes = s.length() > CACHED_LENGTH ? encode(s) : cachedEncoding(s);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, out, size, bytes.length);
        size += bytes.length;
    }

    private static byte[] cachedEncoding(String s) {
        int slot = System.identityHashCode(s) & (CACHE.length() - 1);
        Encoded cached = CACHE.getPlain(slot);
        if (cached != null && cached.text == s) {
            return cached.bytes;
        }
        byte[] bytes = encode(s);
        CACHE.setPlain(slot, new Encoded(s, bytes));
        return bytes;
    }

    /** One string and its JSON, quotes included. Immutable, so it may be shared without locks. */
    private static final class Encoded {
        final String text;
        final byte[] bytes;

        Encoded(String text, byte[] bytes) {
            this.text = text;
            this.bytes = bytes;
        }
    }

    /**
     * The strings written lately, each in the slot its identity hash picks (a newer one takes the
     * slot). Every thread of every fake in the JVM shares it: a hit is only ever the same string,
     * so whichever entry a thread sees is right.
     */
    private static final AtomicReferenceArray<Encoded> CACHE = new AtomicReferenceArray<>(8192);
    /** The longest string kept in {@link #CACHE}: ids, e-mails, names and dates, not message texts or cards. */
    private static final int CACHED_LENGTH = 256;

    /** A string as JSON, quotes included. */
    private static byte[] encode(String s) {
        int length = s.length();
        char[] chars = s.toCharArray();
        byte[] o = new byte[length + 2];
        int p = 0;
        o[p++] = '"';
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    o[p++] = (byte) c;
                    continue;
                }
                o = room(o, p, 6 + (length - i) * 3 + 1);
                o[p++] = '\\';
                if (escape == 'u') {
                    o[p++] = 'u';
                    o[p++] = '0';
                    o[p++] = '0';
                    o[p++] = HEX[c >> 4];
                    o[p++] = HEX[c & 0xF];
                } else {
                    o[p++] = escape;
                }
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                throw new NotHere(); // surrogates: left to Jackson, pairs and lone ones alike
            } else if (c < 0x800) {
                o = room(o, p, 2 + (length - i - 1) * 3 + 1);
                o[p++] = (byte) (0xC0 | (c >> 6));
                o[p++] = (byte) (0x80 | (c & 0x3F));
            } else {
                o = room(o, p, 3 + (length - i - 1) * 3 + 1);
                o[p++] = (byte) (0xE0 | (c >> 12));
                o[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                o[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        o = room(o, p, 1);
        o[p++] = '"';
        return p == o.length ? o : Arrays.copyOf(o, p);
    }

    /** The array, grown when fewer than {@code needed} bytes are left after {@code used}. */
    private static byte[] room(byte[] o, int used, int needed) {
        return used + needed <= o.length ? o : Arrays.copyOf(o, Math.max(o.length * 2, used + needed));
    }

    private void ensure(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
