package io.shmx.internal.directory;

import io.shmx.ChannelConfig;
import io.shmx.DType;
import io.shmx.InvalidArgumentException;
import io.shmx.Layout;
import io.shmx.StreamSpec;
import io.shmx.internal.region.RegionLayout;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a channel config and its stream specs before anything is created. Every message names
 * the value found, the rule it breaks and how to fix it.
 */
public final class ChannelValidation {
    private ChannelValidation() {}

    public static void checkConfig(ChannelConfig c) {
        if (c == null) {
            throw new InvalidArgumentException("config is null; pass ChannelConfig.defaults() or a variant of it");
        }
        atLeast(c.slots(), 1, "slots", "a channel needs at least one frame slot", "ChannelConfig.withSlots(3)");
        atLeast(c.frameBytesCap(), 1, "frameBytesCap", "a frame needs room for at least one byte",
                "ChannelConfig.withFrameBytesCap(65536)");
        atLeast(c.readerSlots(), 1, "readerSlots", "a channel needs at least one reader slot",
                "ChannelConfig.withReaderSlots(16)");
        atLeast(c.staticBytesCap(), 0, "staticBytesCap", "it is a size (0 sizes the static area to the directory)",
                "ChannelConfig.withStaticBytesCap(4096)");
        if (c.staticBytesCap() > StaticDirectory.MAX_STATIC_BYTES) {
            throw new InvalidArgumentException("staticBytesCap = " + c.staticBytesCap() + " is too large: the static "
                    + "area holds the stream directory and at most " + StaticDirectory.MAX_STATIC_BYTES + " bytes "
                    + "(16 MiB), the most a reader copies; use ChannelConfig.withStaticBytesCap(4096) or up to "
                    + StaticDirectory.MAX_STATIC_BYTES + ", and send large data in frames");
        }
        int cpr = c.controlPerReader();
        if (cpr != 0 && cpr < RegionLayout.MIN_CONTROL_PER_READER) {
            throw new InvalidArgumentException("controlPerReader = " + cpr + " is invalid: a control ring is 0 (no "
                    + "control messages) or at least " + RegionLayout.MIN_CONTROL_PER_READER
                    + " bytes (16 bytes of counters plus room for one message); use "
                    + "ChannelConfig.withControlPerReader(0) or withControlPerReader(4096)");
        }
        int perms = c.permissions();
        if ((perms & ~0777) != 0 || (perms & 0600) != 0600) {
            throw new InvalidArgumentException("permissions = 0" + Integer.toOctalString(perms) + " are invalid: they "
                    + "are POSIX mode bits within 0777 and must include owner read and write (0600), which readers "
                    + "need; use ChannelConfig.withPermissions(0600) or 0660 to share with the group");
        }
    }

    private static void atLeast(int value, int min, String field, String why, String fix) {
        if (value < min) {
            throw new InvalidArgumentException(field + " = " + value + " is invalid: it must be at least " + min + " ("
                    + why + "); use " + fix);
        }
    }

    /** Checks the specs together: each valid on its own, ids and names unique. */
    public static void checkStreams(List<StreamSpec> streams) {
        if (streams == null) {
            throw new InvalidArgumentException("streams is null; pass a list of StreamSpec (it may be empty)");
        }
        Map<Integer, String> ids = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < streams.size(); i++) {
            StreamSpec s = streams.get(i);
            if (s == null) {
                throw new InvalidArgumentException("streams[" + i + "] is null; remove it or pass a StreamSpec");
            }
            checkStream(s);
            String other = ids.putIfAbsent(s.id(), s.name());
            if (other != null) {
                throw new InvalidArgumentException("stream id " + Integer.toUnsignedString(s.id()) + " is used by both '"
                        + other + "' and '" + s.name() + "'; stream ids must be unique within a channel: give one "
                        + "of them another id");
            }
            Integer otherId = names.putIfAbsent(s.name(), s.id());
            if (otherId != null) {
                throw new InvalidArgumentException("stream name '" + s.name() + "' is used by both id "
                        + Integer.toUnsignedString(otherId) + " and id " + Integer.toUnsignedString(s.id())
                        + "; stream names must be unique within a channel: rename one of them");
            }
        }
    }

    /** Checks one spec on its own. */
    public static void checkStream(StreamSpec s) {
        String where = "stream " + Integer.toUnsignedString(s.id()) + " '" + s.name() + "'";
        int nameBytes = s.name().getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes < 1 || nameBytes > 255) {
            throw new InvalidArgumentException(where + " has a " + nameBytes + "-byte name; a stream name is 1..255 "
                    + "UTF-8 bytes: give it a short non-empty name");
        }
        if (DType.fromCode(s.dtypeCode()) == null) {
            throw new InvalidArgumentException(where + " has dtype code " + Integer.toUnsignedString(s.dtypeCode())
                    + ", which is not one of the 13 shmx 2.0 dtypes (1..13); build it with StreamSpec.of(id, name, "
                    + "DType.F32, components)");
        }
        if (Layout.fromCode(s.layoutCode()) == null) {
            throw new InvalidArgumentException(where + " has layout code " + Integer.toUnsignedString(s.layoutCode())
                    + "; a layout is 0 (SOA_SCALAR) or 1 (AOS_VECTOR): use Layout.defaultFor(components)");
        }
        if (s.components() < 1) {
            throw new InvalidArgumentException(where + " has components = " + s.components() + "; an element has at "
                    + "least one component: use 1 for scalars");
        }
        if (s.bytesPerElem() < 1) {
            throw new InvalidArgumentException(where + " has bytesPerElem = " + s.bytesPerElem() + "; an element "
                    + "takes at least one byte: use dtype size x components (StreamSpec.of computes it)");
        }
    }
}
