package io.shmx.examples.multiprocess;

import io.shmx.examples.testing.Output;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MultiProcessExampleTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("multi");

    @Test
    void threeConsumerProcessesReadEveryCounter() throws InterruptedException {
        String channel = names.next();
        Output out = new Output();
        int status = MultiProcessExample.run(channel, 60, 10, 3, out.stream());

        assertEquals(0, status, out.text());
        out.single("producer: started on '" + channel + "'");
        out.single("producer: 3 consumers attached, publishing 60 frames");
        out.single("producer: done, published 60 frames");
        for (int i = 1; i <= 3; i++) {
            out.single("consumer " + i + ": connected to '" + channel + "' \\(reader slot \\d\\)");
            out.single("consumer " + i + ": counter=50, value=157\\.00");
            Matcher m = out.single("consumer " + i + ": received (\\d+) frames, missed (\\d+), all values right");
            // every consumer attached before the first frame: what it did not receive, it knows it missed
            assertEquals(60, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), m.group());
        }
        out.single("all 4 processes completed");
        assertFalse(Files.exists(ShmNames.path(channel)), "the producer removed its region");
    }
}
