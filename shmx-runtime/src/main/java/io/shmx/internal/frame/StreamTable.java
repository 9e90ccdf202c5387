package io.shmx.internal.frame;

import io.shmx.StreamSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The producer's stream lookup: ids sorted for an allocation-free binary search, with each stream's
 * element size, and for ids below {@link #DIRECT_IDS} a table indexed by the id itself (one load).
 * Immutable: a directory change builds a new table.
 */
final class StreamTable {
    /** Ids below this are looked up directly; the table has one int per id up to the largest such id. */
    static final int DIRECT_IDS = 4096;

    /** Element size by stream id (0: no such stream, or look it up by binary search). */
    private final int[] direct;
    private final int[] ids;
    private final int[] bytesPerElem;
    private final StreamSpec[] specs;

    StreamTable(List<StreamSpec> streams) {
        StreamSpec[] sorted = streams.toArray(new StreamSpec[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.id(), b.id()));
        this.specs = sorted;
        this.ids = new int[sorted.length];
        this.bytesPerElem = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            ids[i] = sorted[i].id();
            bytesPerElem[i] = sorted[i].bytesPerElem();
        }
        int maxDirect = -1;
        for (int id : ids) {
            if (id >= 0 && id < DIRECT_IDS) {
                maxDirect = Math.max(maxDirect, id);
            }
        }
        this.direct = new int[maxDirect + 1];
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] >= 0 && ids[i] < DIRECT_IDS) {
                direct[ids[i]] = bytesPerElem[i];
            }
        }
    }

    /** The element size of stream {@code id} (0 or more), or -1 when the table has no such stream. */
    long bytesPerElemOf(int id) {
        int[] d = direct;
        if (Integer.compareUnsigned(id, d.length) < 0) {
            int v = d[id];
            if (v != 0) {
                return v;
            }
        }
        return bytesPerElemSearched(id);
    }

    private long bytesPerElemSearched(int id) {
        int i = indexOf(id);
        return i < 0 ? -1 : bytesPerElem[i];
    }

    /** Index of {@code id}, or a negative value when absent. */
    int indexOf(int id) {
        return Arrays.binarySearch(ids, id);
    }

    int bytesPerElem(int index) {
        return bytesPerElem[index];
    }

    StreamSpec spec(int index) {
        return specs[index];
    }

    /** "1 'a', 2 'b'" (at most 12 entries), for messages. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < specs.length && i < 12; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Integer.toUnsignedString(specs[i].id())).append(" '").append(specs[i].name()).append('\'');
        }
        if (specs.length > 12) {
            sb.append(", ... (").append(specs.length).append(" streams)");
        }
        return specs.length == 0 ? "none" : sb.toString();
    }
}
