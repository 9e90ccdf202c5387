package io.shmx.bench.frames;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/**
 * The typed benchmark frame: one stream of 64-bit words, so that a frame of {@code size} bytes is
 * {@code size / 8} words and the typed reader reads its first word as the untyped one reads its
 * first 8 bytes.
 *
 * @param words the payload
 */
@ShmxFrame(name = "bench_words")
public record WordsFrame(@Stream(id = 1, dtype = DType.I64) long[] words) {
}
