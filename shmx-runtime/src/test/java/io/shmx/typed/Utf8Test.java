package io.shmx.typed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Encoding straight into a slot gives exactly the bytes of {@code String.getBytes(UTF_8)}. */
class Utf8Test {
    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "héllo ✓", "€ and 𝄞 (a surrogate pair)", "lone high \uD834 then text",
            "lone low \uDD1E", "ends with a high surrogate \uD834", "\u07FF\u0800\uFFFF\u0080\u007F"})
    void encodesAsGetBytesDoes(String s) {
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected.length, Utf8.encodedLength(s));
        MemorySegment dst = MemorySegment.ofArray(new byte[expected.length + 2]);
        Utf8.encode(s, dst, 1);
        byte[] got = dst.asSlice(1, expected.length).toArray(ValueLayout.JAVA_BYTE);
        assertArrayEquals(expected, got);
    }
}
