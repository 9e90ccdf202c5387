package io.shmx.tool;

import io.shmx.ChannelConfig;
import io.shmx.ShmxServer;
import java.io.IOException;

/**
 * A producer in its own JVM, for tests that need one outside the test's process: creates channel
 * {@code args[0]}, publishes {@code args[1]} quick-start frames, prints {@code ready}, then waits
 * until its stdin closes and destroys the channel. Killed instead, it leaves the region behind.
 */
public final class ChildProducer {
    private ChildProducer() {}

    public static void main(String[] args) throws IOException {
        String name = args[0];
        int frames = Integer.parseInt(args[1]);
        try (ShmxServer server = ShmxServer.create(name, ChannelConfig.defaults(), TestChannels.QUICKSTART)) {
            for (int k = 1; k <= frames; k++) {
                TestChannels.publishQuickstart(server, k);
            }
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
            server.destroy();
        }
    }

    /** Starts a child JVM running this class with the test's class path. */
    static Process start(String name, int frames) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ChildProducer.class.getName(), name, Integer.toString(frames))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"ready".equals(line)) {
            p.destroyForcibly();
            throw new IllegalStateException("child producer did not start (said " + line + ")");
        }
        return p;
    }
}
