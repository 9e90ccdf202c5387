package io.shmx.internal.frame;

import io.shmx.StreamSpec;
import java.util.Arrays;
import java.util.List;

/** The producer's stream lookup: ids sorted for an allocation-free binary search, with each stream's element size. */
final class StreamTable {
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
