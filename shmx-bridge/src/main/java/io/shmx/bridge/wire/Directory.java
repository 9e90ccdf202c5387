package io.shmx.bridge.wire;

import io.shmx.StreamSpec;

import java.util.List;

/**
 * What a receiver needs to re-create the sender's channel: its shape, its static directory and
 * where the sender listens for receiver status.
 *
 * @param slots            frame slots of the source channel
 * @param readerSlots      reader slots of the source channel
 * @param staticBytesCap   static area size of the source channel
 * @param frameBytesCap    largest frame payload of the source channel
 * @param controlPerReader control ring bytes per reader of the source channel
 * @param staticHash       the source's {@code static_hash} (unsigned 64-bit)
 * @param statusPort       UDP port of the sender's status subscription, 0 when it has none
 * @param streams          the static directory, in order
 */
public record Directory(long slots, long readerSlots, long staticBytesCap, long frameBytesCap, long controlPerReader,
                        long staticHash, int statusPort, List<StreamSpec> streams) {
    public Directory {
        streams = List.copyOf(streams);
    }

    /** Same channel shape and streams (status port and hash aside). */
    public boolean sameChannelAs(Directory o) {
        return o != null && slots == o.slots && readerSlots == o.readerSlots && staticBytesCap == o.staticBytesCap
                && frameBytesCap == o.frameBytesCap && controlPerReader == o.controlPerReader && streams.equals(o.streams);
    }

    /** True when {@code newer} is this directory with streams appended (schema evolution). */
    public boolean isPrefixOf(Directory newer) {
        return newer != null && slots == newer.slots && readerSlots == newer.readerSlots
                && staticBytesCap == newer.staticBytesCap && frameBytesCap == newer.frameBytesCap
                && controlPerReader == newer.controlPerReader && newer.streams.size() >= streams.size()
                && newer.streams.subList(0, streams.size()).equals(streams);
    }
}
