package io.shmx.examples.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVMs of a multi-process example and the channel they share. If this JVM is stopped
 * (Ctrl-C, SIGTERM) or the example fails, {@link #close()} (also registered as a shutdown hook)
 * stops every child that is still running and removes the channel's region if its producer
 * could not.
 */
public final class ChildGroup implements AutoCloseable {
    private final String channel;
    private final List<ChildJvm> children = new ArrayList<>();
    private final Thread hook;
    private boolean closed;

    public ChildGroup(String channel) {
        this.channel = channel;
        this.hook = new Thread(this::stopOnExit, "stop children of " + channel);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public synchronized ChildJvm add(ChildJvm child) {
        children.add(child);
        return child;
    }

    public synchronized List<ChildJvm> children() {
        return List.copyOf(children);
    }

    /** Stops the children still running and removes a region left behind. Idempotent. */
    @Override
    public void close() {
        cleanUp();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running or has run
        }
    }

    /** The shutdown hook: this JVM is being stopped while children may still run. */
    private void stopOnExit() {
        long running = children().stream().filter(ChildJvm::isAlive).count();
        if (running > 0) {
            System.err.println("stopping " + running + " child process(es) of channel '" + channel + "'");
        }
        cleanUp();
    }

    private synchronized void cleanUp() {
        if (closed) {
            return;
        }
        closed = true;
        for (ChildJvm child : children) {
            child.stop(2_000);
        }
        try {
            // the producer removes its region when it ends normally or is stopped; this covers a
            // producer that was killed outright
            Files.deleteIfExists(Path.of("/dev/shm", channel));
        } catch (IOException e) {
            System.err.println("could not remove /dev/shm/" + channel + ": " + e.getMessage()
                    + "; remove it by hand (rm /dev/shm/" + channel + ")");
        }
    }
}
