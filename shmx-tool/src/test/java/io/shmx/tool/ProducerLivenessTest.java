package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code /proc/locks} lines and Linux device numbers. */
class ProducerLivenessTest {
    @Test
    void findsTheWriteLockOnTheInode() {
        List<String> locks = List.of(
                "1: FLOCK  ADVISORY  WRITE 900 00:1b:77 0 EOF",
                "2: POSIX  ADVISORY  READ 901 00:1b:5 0 EOF",
                "3: POSIX  ADVISORY  WRITE 4242 00:1b:5 0 EOF",
                "3: -> POSIX  ADVISORY  WRITE 5555 00:1b:5 0 EOF",
                "4: OFDLCK ADVISORY  WRITE -1 00:1c:5 0 EOF");
        assertEquals(4242, ProducerLiveness.writeLockHolder(locks, 0, 0x1b, 5));
        assertEquals(900, ProducerLiveness.writeLockHolder(locks, 0, 0x1b, 77));
        assertEquals(-1, ProducerLiveness.writeLockHolder(locks, 0, 0x1c, 5));
        assertEquals(0, ProducerLiveness.writeLockHolder(locks, 0, 0x1b, 6));
        assertEquals(0, ProducerLiveness.writeLockHolder(locks, 8, 0x1b, 5));
        assertEquals(0, ProducerLiveness.writeLockHolder(List.of("garbage", "", "1: POSIX ADVISORY WRITE x y:z 0 EOF"),
                0, 0x1b, 5));
    }

    @Test
    void linuxDeviceNumbers() {
        // makedev(0x103, 0x45678): minor low 8 bits | major low 12 bits << 8 | minor high bits << 12 | major high << 32
        long major = 0x103;
        long minor = 0x45678;
        long dev = (minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xffL) << 12) | ((major & ~0xfffL) << 32);
        assertEquals(major, ProducerLiveness.major(dev));
        assertEquals(minor, ProducerLiveness.minor(dev));
        assertEquals(0, ProducerLiveness.major(0x1b));
        assertEquals(0x1b, ProducerLiveness.minor(0x1b));
    }

    @Test
    void verdictText() {
        assertEquals("yes (pid 12)", new ProducerLiveness.Liveness(ProducerLiveness.State.ALIVE, 12).text());
        assertEquals("yes", new ProducerLiveness.Liveness(ProducerLiveness.State.ALIVE, -1).text());
        assertEquals("no", new ProducerLiveness.Liveness(ProducerLiveness.State.DEAD, 0).text());
        assertEquals("unknown", new ProducerLiveness.Liveness(ProducerLiveness.State.UNKNOWN, 0).text());
    }
}
