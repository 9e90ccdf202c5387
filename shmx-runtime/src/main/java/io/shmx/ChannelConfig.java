package io.shmx;

/**
 * Immutable parameters of a channel, with the seed library's defaults.
 *
 * <pre>{@code
 * ChannelConfig cfg = ChannelConfig.defaults().withSlots(4).withFrameBytesCap(1 << 20);
 * }</pre>
 *
 * <p>Values are checked when a channel is created ({@link ShmxServer#create}), where an invalid
 * one fails with a message naming the value, the rule and the fix.
 */
public final class ChannelConfig {

    /** Default number of frame slots in the ring. */
    public static final int DEFAULT_SLOTS = 3;
    /** Default number of reader slots (concurrent readers). */
    public static final int DEFAULT_READER_SLOTS = 16;
    /** Default capacity of the static directory area in bytes. */
    public static final int DEFAULT_STATIC_BYTES_CAP = 4096;
    /** Default maximum payload of one frame in bytes. */
    public static final int DEFAULT_FRAME_BYTES_CAP = 65536;
    /** Default capacity of each reader's control ring in bytes (16 of them are its counters). */
    public static final int DEFAULT_CONTROL_PER_READER = 4096;
    /** Default permissions of a new region: owner read and write only. */
    public static final int DEFAULT_PERMISSIONS = 0600;

    private static final ChannelConfig DEFAULTS = new ChannelConfig(DEFAULT_SLOTS, DEFAULT_READER_SLOTS,
            DEFAULT_STATIC_BYTES_CAP, DEFAULT_FRAME_BYTES_CAP, DEFAULT_CONTROL_PER_READER, false,
            DEFAULT_PERMISSIONS, false, null, false);

    private final int slots;
    private final int readerSlots;
    private final int staticBytesCap;
    private final int frameBytesCap;
    private final int controlPerReader;
    private final boolean compatibility;
    private final int permissions;
    private final boolean replaceLive;
    /** null: the default of the mode (keep in compatibility mode, remove otherwise). */
    private final Boolean keepRegionOnClose;
    private final boolean checkedSegments;

    private ChannelConfig(int slots, int readerSlots, int staticBytesCap, int frameBytesCap, int controlPerReader,
                          boolean compatibility, int permissions, boolean replaceLive, Boolean keepRegionOnClose,
                          boolean checkedSegments) {
        this.slots = slots;
        this.readerSlots = readerSlots;
        this.staticBytesCap = staticBytesCap;
        this.frameBytesCap = frameBytesCap;
        this.controlPerReader = controlPerReader;
        this.compatibility = compatibility;
        this.permissions = permissions;
        this.replaceLive = replaceLive;
        this.keepRegionOnClose = keepRegionOnClose;
        this.checkedSegments = checkedSegments;
    }

    /**
     * slots 3, reader slots 16, static bytes cap 4096, frame bytes cap 65536, control per reader 4096, owner-only, no checksums.
     *
     * @return the default configuration
     */
    public static ChannelConfig defaults() {
        return DEFAULTS;
    }

    /** {@return frame slots in the ring} */
    public int slots() { return slots; }

    /** {@return reader slots} */
    public int readerSlots() { return readerSlots; }

    /** {@return static area capacity; 0 sizes it to the initial directory (no room for later appends)} */
    public int staticBytesCap() { return staticBytesCap; }

    /** {@return frame payload capacity in bytes} */
    public int frameBytesCap() { return frameBytesCap; }

    /** {@return control ring bytes per reader including the 16 bytes of counters; 0 = no control rings} */
    public int controlPerReader() { return controlPerReader; }

    /**
     * Compatibility mode: the writer computes the original library's FNV-1a checksum of every
     * payload, which readers built on the original C++/Python shmx require. It costs O(payload)
     * per publish (about 1 GB/s), so it is off by default; Java readers do not need it.
     *
     * @return whether compatibility mode is on
     */
    public boolean compatibility() { return compatibility; }

    /** {@return POSIX permission bits of a new region file (default {@code 0600}, owner only)} */
    public int permissions() { return permissions; }

    /** {@return whether creating replaces a region whose producer is still alive (default false: that fails)} */
    public boolean replaceLive() { return replaceLive; }

    /**
     * Whether {@link ShmxServer#close()} leaves the region file in /dev/shm (marked closed) instead of
     * removing it. Default: removed, except in compatibility mode, where it stays so that the next
     * producer of the name restarts the region in place (same file, new session id), which is the
     * only restart that readers of the original C++/Python library follow (they never re-open the
     * name). A kept file is a post-mortem record: {@code shmx inspect NAME} reads it, and the next
     * producer of the name replaces it. {@link ShmxServer#destroy()} always removes the file.
     *
     * @return whether close() keeps the region file
     */
    public boolean keepRegionOnClose() { return keepRegionOnClose != null ? keepRegionOnClose : compatibility; }

    /**
     * See {@link #keepRegionOnClose()}; overrides the mode's default either way.
     *
     * @param keep true to keep the region file on close, false to remove it
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withKeepRegionOnClose(boolean keep) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keep, checkedSegments);
    }

    /**
     * A copy of this configuration with other frame slots in the ring.
     *
     * @param slots frame slots in the ring, at least 1
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withSlots(int slots) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * A copy of this configuration with other reader slots.
     *
     * @param readerSlots reader slots, at least 1
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withReaderSlots(int readerSlots) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * A copy of this configuration with other static area capacity.
     *
     * @param staticBytesCap static area capacity in bytes
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withStaticBytesCap(int staticBytesCap) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * A copy of this configuration with other frame payload capacity.
     *
     * @param frameBytesCap frame payload capacity in bytes
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withFrameBytesCap(int frameBytesCap) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * A copy of this configuration with other control ring bytes per reader.
     *
     * @param controlPerReader control ring bytes per reader (0: no control rings)
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withControlPerReader(int controlPerReader) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * See {@link #compatibility()}.
     *
     * @param compatibility whether to write checksums that original C++ and Python readers require
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withCompatibility(boolean compatibility) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * POSIX permission bits, e.g. {@code 0660} to let the owner's group read and write.
     *
     * @param permissions POSIX permission bits of the region file, e.g. {@code 0600}
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withPermissions(int permissions) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * See {@link #replaceLive()}.
     *
     * @param replaceLive whether to replace a region whose producer is still alive
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withReplaceLive(boolean replaceLive) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    /**
     * Checked segments (off by default). By default a {@code MemorySegment} handed out for a frame
     * ({@link FrameWriter#segment()}, {@link FrameWriter#claim}, a generated frame's claims and raw
     * streams) is the slot's memory itself, and <b>a reference kept past {@link FrameWriter#publish}
     * stays writable</b>: a write through it lands in the published frame while readers read it, or
     * in a later frame of the same slot, and nothing reports it. With checked segments, every such
     * segment, and every slice of it, is revoked when its frame ends (published, aborted, dropped by
     * the next {@link ShmxServer#beginFrame()}, or the server closed), before the frame becomes
     * visible to readers: a later access throws the JDK's {@code IllegalStateException} with the
     * message {@code Already closed}, raised by the segment itself, whose text shmx cannot change.
     * The frame's own methods check first and say more: {@code FrameWriter.segment()} after publish
     * throws a {@link ShmxException} tagged {@code [ShmxNoFrame]}, a generated frame's claim an
     * {@code IllegalStateException} that names the stream and the fix. Meant for tests and
     * debugging.
     *
     * <p>What it costs, only when on and only in frames that ask for a segment (frames built with
     * {@code append} alone pay nothing): one confined {@link java.lang.foreign.Arena} and one
     * segment per frame: 120 bytes of garbage and about 20 ns (a one-word frame written through
     * {@code segment()} and published: 43 ns against 23 ns, measured on a loaded 2-core machine).
     * Confined rather than shared, because closing a shared arena is a handshake with every thread
     * of the JVM: 20 to 120 us per frame on the same machine, and a stall of every other thread at
     * each publish.
     * The price is a rule on threads: <b>a frame that handed out segments belongs to the thread that
     * took the first of them</b>. Only that thread can use them (elsewhere the JDK throws
     * {@code WrongThreadException: Attempted access outside owning thread}), ask for more, or end
     * the frame (publish, abort, a new {@code beginFrame}); another thread trying gets a
     * {@link ShmxException} tagged {@code [ShmxCheckedSegmentsThread]} and the frame stays as it
     * was. Frames that hand out no segment have no such owner, the next frame may have another one,
     * and a frame whose thread has ended may be finished by any thread. A program that fills one
     * frame from several threads cannot use checked segments. {@link ShmxServer#close()} from
     * another thread while the owner is alive cannot revoke the owner's segments: it closes the
     * channel as usual but leaves the region mapped until the JVM exits, so that a late write lands
     * in memory still mapped instead of crashing the JVM.
     *
     * <p>The segments are re-scoped with {@code MemorySegment.reinterpret}, a restricted method: the
     * first frame prints the JVM's warning about it unless native access is enabled for shmx
     * ({@code --enable-native-access=io.shmx.runtime} on the module path, {@code ALL-UNNAMED} on the
     * class path); a JVM run with {@code --illegal-native-access=deny} refuses it, and asking for a
     * segment then throws a {@link ShmxException} saying so.
     *
     * @return whether segments handed out for a frame are revoked when it ends
     */
    public boolean checkedSegments() { return checkedSegments; }

    /**
     * See {@link #checkedSegments()}: {@code withCheckedSegments(true)} revokes every segment handed
     * out for a frame when the frame is published or aborted, so that a use after that throws
     * instead of writing into a frame readers are reading.
     *
     * @param checkedSegments whether to revoke a frame's segments when it ends
     * @return a copy of this configuration with the new value
     */
    public ChannelConfig withCheckedSegments(boolean checkedSegments) {
        return new ChannelConfig(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader, compatibility,
                permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }

    @Override
    public String toString() {
        return "ChannelConfig[slots=" + slots + ", readerSlots=" + readerSlots + ", staticBytesCap=" + staticBytesCap
                + ", frameBytesCap=" + frameBytesCap + ", controlPerReader=" + controlPerReader + ", compatibility="
                + compatibility + ", permissions=0" + Integer.toOctalString(permissions) + ", replaceLive="
                + replaceLive + ", keepRegionOnClose=" + keepRegionOnClose() + ", checkedSegments=" + checkedSegments
                + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChannelConfig c && slots == c.slots && readerSlots == c.readerSlots
                && staticBytesCap == c.staticBytesCap && frameBytesCap == c.frameBytesCap
                && controlPerReader == c.controlPerReader && compatibility == c.compatibility
                && permissions == c.permissions && replaceLive == c.replaceLive
                && java.util.Objects.equals(keepRegionOnClose, c.keepRegionOnClose)
                && checkedSegments == c.checkedSegments;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(slots, readerSlots, staticBytesCap, frameBytesCap, controlPerReader,
                compatibility, permissions, replaceLive, keepRegionOnClose, checkedSegments);
    }
}
