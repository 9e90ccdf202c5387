package io.shmx.examples.video;

import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

import java.lang.foreign.MemorySegment;

/**
 * One RGB video frame. The pixels are a {@link MemorySegment} stream: the producer gets the bytes
 * of the shared slot to fill in place, and the consumer gets them to read in place, so the 6 MB
 * of a 1080p frame are written once and never copied.
 *
 * @param width  pixels per row
 * @param height rows
 * @param pixels {@code width * height * 3} bytes, row by row, R G B per pixel
 */
@ShmxFrame(name = "video")
public record VideoFrame(
        @Stream(id = 1, dtype = DType.U32) int width,
        @Stream(id = 2, dtype = DType.U32) int height,
        @Stream(id = 3, dtype = DType.U8) MemorySegment pixels) {

    /** Bytes per pixel (R, G, B). */
    public static final int CHANNELS = 3;
}
