package io.shmx.examples.particles;

import io.shmx.examples.testing.Output;
import io.shmx.testing.ShmNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticlesExampleTest {
    @RegisterExtension
    final ShmNames names = new ShmNames("particles");

    @Test
    void readerSeesTheSwarmMoveThroughViews() {
        String channel = names.next();
        Output out = new Output();
        SwarmStats last = ParticlesExample.run(channel, 31, 500, out.stream());

        assertEquals(500, last.count());
        assertEquals(1.0, last.meanSpeed(), 1e-3, "velocities are unit vectors");
        assertTrue(last.idsInOrder());
        List<Matcher> lines = out.matches("frame (\\d+): 500 particles, positions in \\[(-?[\\d.]+), (-?[\\d.]+)\\], "
                + "mean speed 1\\.000, ids 0\\.\\.499 in order");
        assertEquals(List.of("1", "11", "21", "31"), lines.stream().map(m -> m.group(1)).toList(), out.text());
        // frame 1 starts inside the unit cube; 0.3 s later at speed 1 the swarm has spread beyond it
        double firstMin = Double.parseDouble(lines.getFirst().group(2));
        double firstMax = Double.parseDouble(lines.getFirst().group(3));
        assertTrue(firstMin >= 0 && firstMax <= 1, lines.getFirst().group());
        assertTrue(Double.parseDouble(lines.getLast().group(2)) < -0.1, lines.getLast().group());
        assertTrue(Double.parseDouble(lines.getLast().group(3)) > 1.1, lines.getLast().group());
        assertFalse(Files.exists(ShmNames.path(channel)), "the example removed its region");
    }
}
