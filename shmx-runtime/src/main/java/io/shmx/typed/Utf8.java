package io.shmx.typed;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * UTF-8 encoding of a {@code String} straight into a slot, without the intermediate array of
 * {@code String.getBytes}: the writer sizes the stream with {@link #encodedLength}, claims it, and
 * encodes once with {@link #encode}. The bytes are those of {@code getBytes(UTF_8)}, a lone
 * surrogate included (it becomes {@code '?'}).
 */
final class Utf8 {
    private Utf8() {}

    /** Bytes {@code s} takes in UTF-8. */
    static long encodedLength(String s) {
        long n = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    n += 4;
                    i++;
                } else {
                    n += 1;
                }
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Writes the UTF-8 bytes of {@code s} at {@code at}; {@code dst} has room for {@link #encodedLength} bytes. */
    static void encode(String s, MemorySegment dst, long at) {
        int len = s.length();
        long p = at;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                dst.set(ValueLayout.JAVA_BYTE, p++, (byte) c);
            } else if (c < 0x800) {
                dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0xC0 | (c >> 6)));
                dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0x80 | (c & 0x3F)));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0xF0 | (cp >> 18)));
                    dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0x80 | ((cp >> 12) & 0x3F)));
                    dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0x80 | ((cp >> 6) & 0x3F)));
                    dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0x80 | (cp & 0x3F)));
                } else {
                    dst.set(ValueLayout.JAVA_BYTE, p++, (byte) '?');
                }
            } else {
                dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0xE0 | (c >> 12)));
                dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0x80 | ((c >> 6) & 0x3F)));
                dst.set(ValueLayout.JAVA_BYTE, p++, (byte) (0x80 | (c & 0x3F)));
            }
        }
    }
}
