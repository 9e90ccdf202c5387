package io.shmx.examples;

import io.shmx.examples.testing.Output;
import org.junit.jupiter.api.Test;

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
    void anUnknownNameIsNamed() {
        Output out = new Output();
        assertFalse(Examples.list("vidoe", out.stream()));
        out.single("no example named 'vidoe'");
    }
}
