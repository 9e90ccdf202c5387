package io.shmx.bridge.aeron;

import io.aeron.Aeron;
import io.aeron.ChannelUri;
import io.aeron.ExclusivePublication;
import io.aeron.Subscription;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import io.aeron.exceptions.AeronException;
import io.aeron.exceptions.RegistrationException;
import io.shmx.bridge.BridgeException;
import org.agrona.concurrent.BackoffIdleStrategy;

import java.io.File;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An Aeron client and, by default, the media driver it talks to, embedded in this process.
 *
 * <p>Embedded driver: one shared thread (these bridges run on small machines), its directory
 * under the system's Aeron location ({@code /dev/shm} on Linux) with a unique name, deleted on
 * start and on {@link #close()}. External driver: the caller names the driver's directory
 * (started with {@code java io.aeron.driver.MediaDriver} or the C driver); nothing is deleted.
 *
 * <p>Errors the user can cause come out as {@link BridgeException} naming the channel, what
 * Aeron said and what to do (a port in use, an unknown interface, no driver).
 */
public final class AeronMedia implements AutoCloseable {
    /**
     * UDP socket buffers and receiver window of the embedded driver: 2 MiB, so a 1 Gb/s path with
     * a few ms of round trip is not limited by the window (Linux caps it at net.core.rmem_max).
     */
    static final int SOCKET_BUFFER = 2 << 20;
    private final MediaDriver driver;
    private final Aeron aeron;
    private final String directory;
    private final SystemCounters counters;

    private AeronMedia(MediaDriver driver, Aeron aeron, String directory) {
        this.driver = driver;
        this.aeron = aeron;
        this.directory = directory;
        this.counters = new SystemCounters(aeron.countersReader());
    }

    /**
     * Starts an embedded driver when {@code externalDirectory} is null, or connects to the driver
     * whose directory it names.
     */
    public static AeronMedia start(String externalDirectory) {
        if (externalDirectory != null) {
            if (!new File(externalDirectory, "cnc.dat").exists()) {
                throw new BridgeException("no Aeron media driver at " + externalDirectory + " (no cnc.dat there); "
                        + "start one (java " + "io.aeron.driver.MediaDriver, with -Daeron.dir=" + externalDirectory
                        + ") or drop --aeron-dir to use the embedded driver");
            }
            try {
                Aeron a = Aeron.connect(new Aeron.Context().aeronDirectoryName(externalDirectory));
                return new AeronMedia(null, a, externalDirectory);
            } catch (AeronException e) {
                throw new BridgeException("cannot use the Aeron media driver at " + externalDirectory + ": "
                        + e.getMessage() + "; check that it is running, or drop --aeron-dir to use the embedded driver", e);
            }
        }
        String dir = MediaDriver.Context.getAeronDirectoryName() + "-shmx-bridge-" + ProcessHandle.current().pid()
                + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
        MediaDriver.Context ctx = new MediaDriver.Context()
                .aeronDirectoryName(dir)
                .threadingMode(ThreadingMode.SHARED)
                .sharedIdleStrategy(new BackoffIdleStrategy(64, 16, 1_000, 100_000))
                .socketRcvbufLength(SOCKET_BUFFER)
                .socketSndbufLength(SOCKET_BUFFER)
                .initialWindowLength(SOCKET_BUFFER)
                .dirDeleteOnStart(true)
                .dirDeleteOnShutdown(true)
                .warnIfDirectoryExists(false);
        MediaDriver driver = null;
        try {
            driver = MediaDriver.launch(ctx);
            Aeron a = Aeron.connect(new Aeron.Context().aeronDirectoryName(dir));
            return new AeronMedia(driver, a, dir);
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            throw new BridgeException("cannot start the embedded Aeron media driver in " + dir + ": " + e.getMessage()
                    + "; check that the directory's file system (/dev/shm) is writable and has room", e);
        }
    }

    public Aeron aeron() { return aeron; }

    /** The driver's directory (embedded: deleted on close). */
    public String directory() { return directory; }

    public boolean embedded() { return driver != null; }

    public SystemCounters counters() { return counters; }

    /** Adds a publication, turning Aeron's errors into a message that names the channel and the fix. */
    public ExclusivePublication publication(String uri, int streamId, String role) {
        checkUri(uri, role);
        try {
            return aeron.addExclusivePublication(uri, streamId);
        } catch (RegistrationException | IllegalArgumentException | IllegalStateException e) {
            throw channelError(uri, streamId, role, e);
        }
    }

    /** Adds a subscription, turning Aeron's errors into a message that names the channel and the fix. */
    public Subscription subscription(String uri, int streamId, String role,
                                     io.aeron.AvailableImageHandler available,
                                     io.aeron.UnavailableImageHandler unavailable) {
        checkUri(uri, role);
        try {
            return aeron.addSubscription(uri, streamId, available, unavailable);
        } catch (RegistrationException | IllegalArgumentException | IllegalStateException e) {
            throw channelError(uri, streamId, role, e);
        }
    }

    private static void checkUri(String uri, String role) {
        try {
            ChannelUri.parse(uri);
        } catch (RuntimeException e) {
            throw new BridgeException(role + ": '" + uri + "' is not an Aeron channel URI (" + e.getMessage()
                    + "); write it like aeron:udp?endpoint=192.168.1.20:40456 (unicast), "
                    + "aeron:udp?endpoint=239.255.0.1:40456|interface=192.168.1.0/24 (multicast) or "
                    + "aeron:udp?control=192.168.1.10:40457|control-mode=dynamic (multi-destination-cast)", e);
        }
    }

    static BridgeException channelError(String uri, int streamId, String role, RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        String lower = m.toLowerCase(java.util.Locale.ROOT);
        String fix;
        if (lower.contains("address already in use") || lower.contains("bindexception")) {
            fix = "another process (or another bridge) already listens on that address and port; pick a free port "
                    + "in the URI or stop the other process";
        } else if (lower.contains("interface") || lower.contains("cannot assign requested address")
                || lower.contains("no such") || lower.contains("unknown host") || lower.contains("unresolved")) {
            fix = "the address or interface is not on this machine or cannot be resolved; use an address of one of "
                    + "this machine's interfaces (ip -brief address) or a resolvable host name";
        } else {
            fix = "check the URI's endpoint, control and interface parameters";
        }
        return new BridgeException(role + ": Aeron refused channel " + uri + " (stream " + streamId + "): " + m
                + "; " + fix, e);
    }

    @Override
    public void close() {
        try {
            aeron.close();
        } finally {
            if (driver != null) {
                driver.close();
            }
        }
    }
}
