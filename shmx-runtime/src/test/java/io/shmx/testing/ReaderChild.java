package io.shmx.testing;

import io.shmx.ControlSendResult;
import io.shmx.ShmxClient;
import io.shmx.TlvType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.concurrent.locks.LockSupport;

/**
 * A reader process for the multi-process tests. Opens a client and prints
 * {@code READY <reader index> <reader id (unsigned)>}, then:
 * <ul>
 *   <li>{@code send <name> <child no> <count>}: on {@code GO}, sends {@code count} messages
 *       ({@link #message}) as fast as the ring takes them, retrying on FULL; prints {@code FIRSTFULL}
 *       at the first FULL, then {@code SENT <count> FULL <full results>}; on {@code CLOSE} closes the
 *       client and exits.</li>
 *   <li>{@code hold <name> <child no>}: reads ({@code latest()}) every 2 ms on the main thread, which
 *       keeps the heartbeat fresh; a second thread follows commands: {@code SEND n} sends messages
 *       1..n and prints {@code SENT}; {@code EXIT} closes the client and exits.</li>
 * </ul>
 */
public final class ReaderChild {
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Type of child {@code childNo}'s messages. */
    public static int type(int childNo) {
        return TlvType.CONTROL_USER + childNo;
    }

    /** Length of message {@code k} (1-based) of child {@code childNo}: 4..64 bytes. */
    public static int length(int childNo, int k) {
        return 4 + (k * 7 + childNo * 3) % 61;
    }

    /** Message {@code k} of child {@code childNo}: {@code k} (LE int), then a pattern of k, the position and the child. */
    public static byte[] message(int childNo, int k) {
        byte[] b = new byte[length(childNo, k)];
        MemorySegment.ofArray(b).set(I32, 0, k);
        for (int j = 4; j < b.length; j++) {
            b[j] = (byte) (k * 31 + j * 7 + childNo);
        }
        return b;
    }

    public static void main(String[] args) throws Exception {
        String name = args[1];
        int childNo = Integer.parseInt(args[2]);
        try (ShmxClient c = ShmxClient.open(name)) {
            System.out.println("READY " + c.readerIndex() + " " + Long.toUnsignedString(c.readerId()));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
            switch (args[0]) {
                case "send" -> send(c, in, childNo, Integer.parseInt(args[3]));
                case "hold" -> hold(c, in, childNo);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    private static void send(ShmxClient c, BufferedReader in, int childNo, int count) throws Exception {
        if (!"GO".equals(in.readLine())) {
            return;
        }
        long fulls = 0;
        for (int k = 1; k <= count; k++) {
            byte[] m = message(childNo, k);
            while (true) {
                ControlSendResult r = c.sendControl(type(childNo), m);
                if (r == ControlSendResult.SENT) {
                    break;
                }
                if (r != ControlSendResult.FULL) {
                    throw new IllegalStateException("message " + k + ": " + r);
                }
                if (fulls++ == 0) {
                    System.out.println("FIRSTFULL");
                    System.out.flush();
                }
                Thread.yield();
            }
        }
        System.out.println("SENT " + count + " FULL " + fulls);
        System.out.flush();
        while (!"CLOSE".equals(in.readLine())) {
            // wait for the producer to have read everything
        }
    }

    private static void hold(ShmxClient c, BufferedReader in, int childNo) throws Exception {
        Thread commands = Thread.ofPlatform().start(() -> {
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("SEND ")) {
                        int n = Integer.parseInt(line.substring(5));
                        for (int k = 1; k <= n; k++) {
                            if (c.sendControl(type(childNo), message(childNo, k)) != ControlSendResult.SENT) {
                                throw new IllegalStateException("message " + k + " not sent");
                            }
                        }
                        System.out.println("SENT " + n);
                        System.out.flush();
                    } else if (line.equals("EXIT")) {
                        return;
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        while (commands.isAlive()) {
            c.latest();
            LockSupport.parkNanos(2_000_000L);
        }
    }
}
