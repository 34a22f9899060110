package io.ciscosparkapi.testkit.internal.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few DER (X.690) encodings an X.509 certificate needs: each method returns one complete
 * element, tag, length and contents, ready to be nested in another.
 */
final class Der {

    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    private static final DateTimeFormatter GENERALIZED_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

    private Der() {
    }

    /** One element: the tag, the length (short or long form), the contents. */
    static byte[] element(int tag, byte[] contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(contents.length + 6);
        out.write(tag);
        int length = contents.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(contents);
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... elements) {
        return element(0x30, concat(elements));
    }

    static byte[] set(byte[]... elements) {
        return element(0x31, concat(elements));
    }

    /** {@code [n] EXPLICIT}: a constructed context-specific tag around one element. */
    static byte[] explicit(int n, byte[] element) {
        return element(0xA0 | n, element);
    }

    /** {@code [n] IMPLICIT} of a primitive type: a context-specific tag in place of the type's own. */
    static byte[] implicitPrimitive(int n, byte[] contents) {
        return element(0x80 | n, contents);
    }

    static byte[] bool(boolean value) {
        return element(0x01, new byte[] {(byte) (value ? 0xFF : 0x00)});
    }

    static byte[] integer(BigInteger value) {
        return element(0x02, value.toByteArray());
    }

    /** A BIT STRING whose unused bits in the last byte are given. */
    static byte[] bitString(int unusedBits, byte[] bits) {
        byte[] contents = new byte[bits.length + 1];
        contents[0] = (byte) unusedBits;
        System.arraycopy(bits, 0, contents, 1, bits.length);
        return element(0x03, contents);
    }

    static byte[] octetString(byte[] contents) {
        return element(0x04, contents);
    }

    static byte[] utf8String(String text) {
        return element(0x0C, text.getBytes(StandardCharsets.UTF_8));
    }

    /** An OBJECT IDENTIFIER from its dotted form, e.g. {@code 2.5.29.17}. */
    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            base128(out, Long.parseLong(arcs[i]));
        }
        return element(0x06, out.toByteArray());
    }

    private static void base128(ByteArrayOutputStream out, long value) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int seven = (int) (value >>> (7 * i)) & 0x7F;
            out.write(i == 0 ? seven : seven | 0x80);
        }
    }

    /** A certificate time: UTCTime through 2049, GeneralizedTime after, as RFC 5280 asks. */
    static byte[] time(ZonedDateTime when) {
        ZonedDateTime utc = when.withZoneSameInstant(ZoneOffset.UTC);
        return utc.getYear() < 2050
                ? element(0x17, UTC_TIME.format(utc).getBytes(StandardCharsets.US_ASCII))
                : element(0x18, GENERALIZED_TIME.format(utc).getBytes(StandardCharsets.US_ASCII));
    }
}
