package io.shmx.bridge.cli;

/** Frames and bytes per second between two samples of monotonic counters. */
final class Rates {
    private long lastNanos = System.nanoTime();
    private long lastFrames;
    private long lastBytes;
    double framesPerSecond;
    double bytesPerSecond;

    void sample(long frames, long bytes) {
        long now = System.nanoTime();
        double secs = Math.max(1e-9, (now - lastNanos) / 1e9);
        framesPerSecond = (frames - lastFrames) / secs;
        bytesPerSecond = (bytes - lastBytes) / secs;
        lastNanos = now;
        lastFrames = frames;
        lastBytes = bytes;
    }

    static String bytes(double perSecond) {
        if (perSecond >= 1e9) {
            return String.format(java.util.Locale.ROOT, "%.2f GB/s", perSecond / 1e9);
        }
        if (perSecond >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.1f MB/s", perSecond / 1e6);
        }
        return String.format(java.util.Locale.ROOT, "%.1f kB/s", perSecond / 1e3);
    }
}
