package io.shmx.bench.harness;

import java.io.File;
import java.nio.MappedByteBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.broadcast.BroadcastBufferDescriptor;
import org.agrona.concurrent.broadcast.BroadcastReceiver;
import org.agrona.concurrent.broadcast.BroadcastTransmitter;

/**
 * The peer under the harness: Agrona's broadcast buffer in a file under /dev/shm mapped by both
 * JVMs; the producer transmits from a heap buffer, the reader takes every message in order with
 * {@code receiveNext()}, reads the stamp in place and validates. Capacity as in the JMH peer
 * benchmark (1 MiB up to 64 KiB messages, 64 MiB for 1 MiB, 128 MiB above).
 */
final class AgronaTransport {
    private static final int MSG_TYPE = 1;

    private AgronaTransport() {}

    static int capacityFor(int size) {
        if (size <= 64 * 1024) {
            return 1 << 20;
        }
        return size <= 1 << 20 ? 64 << 20 : 128 << 20;
    }

    static Publisher publisher(File file, int size) {
        MappedByteBuffer mapped = IoUtil.mapNewFile(file, capacityFor(size) + BroadcastBufferDescriptor.TRAILER_LENGTH);
        BroadcastTransmitter transmitter = new BroadcastTransmitter(new UnsafeBuffer(mapped));
        byte[] bytes = Payload.newSource(size);
        UnsafeBuffer src = new UnsafeBuffer(bytes);
        return new Publisher() {
            @Override
            public void send(long seq) {
                Payload.stamp(bytes, seq);
                transmitter.transmit(MSG_TYPE, src, 0, size);
            }

            @Override
            public void close() {
                IoUtil.unmap(mapped);
                IoUtil.deleteIfExists(file);
            }
        };
    }

    static Subscriber subscriber(File file) {
        MappedByteBuffer mapped = IoUtil.mapExistingFile(file, "agrona broadcast buffer");
        return new InOrderSubscriber(mapped, new BroadcastReceiver(new UnsafeBuffer(mapped)));
    }

    private static final class InOrderSubscriber extends Subscriber {
        private final MappedByteBuffer mapped;
        private final BroadcastReceiver receiver;

        InOrderSubscriber(MappedByteBuffer mapped, BroadcastReceiver receiver) {
            this.mapped = mapped;
            this.receiver = receiver;
        }

        @Override
        protected boolean take() {
            return receiver.receiveNext();
        }

        @Override
        protected long payloadLong(int offset) {
            return receiver.buffer().getLong(receiver.offset() + offset);
        }

        @Override
        protected boolean validate() {
            return receiver.validate();
        }

        @Override
        protected long lapped() {
            return receiver.lappedCount();
        }

        @Override
        public void close() {
            IoUtil.unmap(mapped);
        }
    }
}
