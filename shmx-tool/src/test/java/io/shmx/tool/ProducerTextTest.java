package io.shmx.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shmx.ProducerState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Producer verdicts as text; the lock holder's pid from {@code /proc/locks} lines and Linux device numbers. */
class ProducerTextTest {
    @Test
    void findsTheWriteLockOnTheInode() {
        List<String> locks = List.of(
                "1: FLOCK  ADVISORY  WRITE 900 00:1b:77 0 EOF",
                "2: POSIX  ADVISORY  READ 901 00:1b:5 0 EOF",
                "3: POSIX  ADVISORY  WRITE 4242 00:1b:5 0 EOF",
                "3: -> POSIX  ADVISORY  WRITE 5555 00:1b:5 0 EOF",
                "4: OFDLCK ADVISORY  WRITE -1 00:1c:5 0 EOF");
        assertEquals(4242, ProducerText.writeLockHolder(locks, 0, 0x1b, 5));
        assertEquals(900, ProducerText.writeLockHolder(locks, 0, 0x1b, 77));
        assertEquals(-1, ProducerText.writeLockHolder(locks, 0, 0x1c, 5));
        assertEquals(0, ProducerText.writeLockHolder(locks, 0, 0x1b, 6));
        assertEquals(0, ProducerText.writeLockHolder(locks, 8, 0x1b, 5));
        assertEquals(0, ProducerText.writeLockHolder(List.of("garbage", "", "1: POSIX ADVISORY WRITE x y:z 0 EOF"),
                0, 0x1b, 5));
    }

    @Test
    void linuxDeviceNumbers() {
        // makedev(0x103, 0x45678): minor low 8 bits | major low 12 bits << 8 | minor high bits << 12 | major high << 32
        long major = 0x103;
        long minor = 0x45678;
        long dev = (minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xffL) << 12) | ((major & ~0xfffL) << 32);
        assertEquals(major, ProducerText.major(dev));
        assertEquals(minor, ProducerText.minor(dev));
        assertEquals(0, ProducerText.major(0x1b));
        assertEquals(0x1b, ProducerText.minor(0x1b));
    }

    @Test
    void verdictText() {
        assertEquals("yes (pid 12)", ProducerText.describe(ProducerState.ALIVE, 12));
        assertEquals("yes", ProducerText.describe(ProducerState.ALIVE, 0));
        assertEquals("no", ProducerText.describe(ProducerState.DEAD, 0));
        assertEquals("closed", ProducerText.describe(ProducerState.CLOSED, 0));
        assertEquals("replaced", ProducerText.describe(ProducerState.REPLACED, 0));
        assertEquals("unknown", ProducerText.describe(ProducerState.UNKNOWN, 0));
        assertEquals("no", ProducerText.alive(ProducerState.CLOSED));
        assertEquals("yes", ProducerText.alive(ProducerState.ALIVE));
        assertEquals("unknown", ProducerText.alive(ProducerState.UNKNOWN));
    }
}
