package io.shmx.examples.support;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArgsTest {
    private static final List<String> OPTIONS = List.of("seconds", "channel");
    private static final List<String> FLAGS = List.of("quick");

    @Test
    void readsValuesFlagsAndDefaults() {
        Args a = Args.parse("demo", new String[] {"--seconds", "2.5", "--quick"}, OPTIONS, FLAGS);
        assertEquals(2.5, a.decimal("seconds", 15, 0.1));
        assertTrue(a.flag("quick"));
        assertEquals("x", a.string("channel", "x"));
        assertEquals(7, a.integer("missing", 7, 0));
        assertFalse(Args.parse("demo", new String[0], OPTIONS, FLAGS).flag("quick"));
    }

    @Test
    void unknownOptionNamesWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Args.parse("demo", new String[] {"--secs", "3"}, OPTIONS, FLAGS));
        assertEquals("demo: unknown argument '--secs'; accepted: --seconds VALUE --channel VALUE --quick",
                e.getMessage());
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("demo: option --seconds needs a value", assertThrows(IllegalArgumentException.class,
                () -> Args.parse("demo", new String[] {"--seconds"}, OPTIONS, FLAGS)).getMessage());
        Args a = Args.parse("demo", new String[] {"--seconds", "abc", "--channel", "-1"}, OPTIONS, FLAGS);
        assertEquals("demo: --seconds takes a number, not 'abc'",
                assertThrows(IllegalArgumentException.class, () -> a.decimal("seconds", 1, 0)).getMessage());
        assertEquals("demo: --channel must be at least 0, not -1",
                assertThrows(IllegalArgumentException.class, () -> a.integer("channel", 1, 0)).getMessage());
    }
}
