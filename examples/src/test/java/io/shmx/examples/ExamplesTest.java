package io.shmx.examples;

import io.shmx.examples.testing.Output;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamplesTest {

    @Test
    void listsEveryExample() {
        Output out = new Output();
        assertTrue(Examples.list("list", out.stream()));
        for (String name : Examples.names()) {
            out.single("  " + name + " +\\S.*");
        }
        assertTrue(Examples.names().containsAll(java.util.List.of("demo", "quickstart", "video", "sensors", "particles",
                "inspect", "multiprocess")));
    }

    @Test
    void runReturnsTheExitStatusAndReportsMistakesOnTheErrorStream() throws Exception {
        Output out = new Output();
        Output err = new Output();
        assertEquals(0, Examples.run(new String[] {"list"}, out.stream(), err.stream()));
        out.single("examples \\(run one with: \\./shmx example NAME \\[OPTIONS]\\):");
        assertEquals("", err.text());

        assertEquals(2, Examples.run(new String[] {"vidoe"}, out.stream(), err.stream()));
        err.single("no example named 'vidoe'");

        Output bad = new Output();
        assertEquals(2, Examples.run(new String[] {"particles", "--frame", "3"}, out.stream(), bad.stream()));
        bad.single("particles: unknown argument '--frame'; accepted: .*--frames VALUE.*");
    }

    @Test
    void anUnknownNameIsNamed() {
        Output out = new Output();
        assertFalse(Examples.list("vidoe", out.stream()));
        out.single("no example named 'vidoe'");
    }
}
