package io.shmx.internal.control;

import io.shmx.ControlHandler;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A control message as a test saw it, with a handler that collects them (copying the bytes). */
public record Received(int readerIndex, long readerId, int type, String hex) {

    public static Received of(int readerIndex, long readerId, int type, byte[] data) {
        return new Received(readerIndex, readerId, type, HexFormat.of().formatHex(data));
    }

    /** Collects every message; also checks each view is read-only. */
    public static final class Collector implements ControlHandler {
        public final List<Received> messages = new ArrayList<>();
        public final List<MemorySegment> views = new ArrayList<>();

        @Override
        public void onMessage(int readerIndex, long readerId, int type, MemorySegment data) {
            if (!data.isReadOnly()) {
                throw new AssertionError("handler got a writable view");
            }
            views.add(data);
            messages.add(of(readerIndex, readerId, type, data.toArray(ValueLayout.JAVA_BYTE)));
        }
    }
}
