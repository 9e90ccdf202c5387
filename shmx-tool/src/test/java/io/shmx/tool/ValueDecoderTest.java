package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shmx.DType;
import org.junit.jupiter.api.Test;

/** Edge cases of the first-values preview that the fixtures do not reach. */
class ValueDecoderTest {
    @Test
    void trailingBytesAndUnknownDtype() {
        byte[] five = {1, 0, 0, 0, 9};
        assertEquals("[1, +1 trailing bytes]", ValueDecoder.firstValues(DType.I32.code(), 1, five, 4));
        assertEquals("0100000009", ValueDecoder.firstValues(99, 1, five, 4));
        assertEquals("[]", ValueDecoder.firstValues(DType.F64.code(), 1, new byte[0], 4));
    }

    @Test
    void componentsAndLimit() {
        byte[] six = {1, 2, 3, 4, 5, 6};
        assertEquals("[(1, 2), (3, 4), ... 1 more]", ValueDecoder.firstValues(DType.U8.code(), 2, six, 2));
        assertEquals("[... 6 more]", ValueDecoder.firstValues(DType.U8.code(), 1, six, 0));
    }

    @Test
    void halfFloats() {
        // F16 0x3555 ~ 0.333, BF16 0xC2F7 = -123.5
        assertEquals("[0.33325195]", ValueDecoder.firstValues(DType.F16.code(), 1, new byte[] {0x55, 0x35}, 4));
        assertEquals("[-123.5]", ValueDecoder.firstValues(DType.BF16.code(), 1, new byte[] {(byte) 0xF7, (byte) 0xC2}, 4));
        assertEquals("[NaN, Infinity]", ValueDecoder.firstValues(DType.F16.code(), 1,
                new byte[] {0x00, 0x7E, 0x00, 0x7C}, 4));
    }
}
