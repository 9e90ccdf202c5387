package io.shmx.bench.jmh;

import io.shmx.ChannelConfig;
import io.shmx.ShmxClient;
import io.shmx.ShmxServer;
import io.shmx.StreamSpec;
import io.shmx.bench.support.ShmNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Base of the benchmarks that run on one shmx channel. The subclass's set-up creates the producer
 * and opens its readers through the methods here, under one unique channel name; the tear-down
 * here undoes all of it in reverse order (readers closed, producer destroyed) and removes the
 * name's file, also when the set-up failed half-way or an undo step threw.
 */
@State(Scope.Thread)
public abstract class ChannelBenchmark {
    private final String name;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    /** {@code tag} goes into the channel name ({@code shmx-bench-<tag>-<pid>-<n>}). */
    protected ChannelBenchmark(String tag) {
        name = ShmNames.unique(tag);
    }

    protected final String channelName() {
        return name;
    }

    /** Creates the channel with an untyped producer, destroyed at tear-down. */
    protected final ShmxServer createServer(ChannelConfig config, List<StreamSpec> streams) {
        return openOnChannel(n -> ShmxServer.create(n, config, streams), ShmxServer::destroy);
    }

    /** Opens an untyped reader, closed at tear-down. */
    protected final ShmxClient openClient() {
        return openOnChannel(ShmxClient::open, ShmxClient::close);
    }

    /**
     * Opens anything else on the channel (a generated writer or reader): {@code open} is given the
     * channel name; {@code close} undoes it at tear-down.
     */
    protected final <T> T openOnChannel(Function<String, T> open, Consumer<? super T> close) {
        T opened = open.apply(name);
        undo.push(() -> close.accept(opened));
        return opened;
    }

    @TearDown(Level.Trial)
    public final void closeChannel() {
        RuntimeException failure = null;
        try {
            while (!undo.isEmpty()) {
                try {
                    undo.pop().run();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        } finally {
            ShmNames.remove(name);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
