package io.shmx.bridge.cli;

import io.shmx.bridge.bench.BridgeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures, in one run on UDP loopback, the local channel, Aeron alone and the bridged channel at "
                + "64 B and 1 MiB: one-way latency p50/p99/p99.9 and throughput (a Markdown table)."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Fewer messages (about 30 s instead of about 60 s).")
    boolean quick;

    @Option(names = "--busy-spin", description = "Bridge threads spin instead of backing off.")
    boolean busySpin;

    @Override
    public Integer call() throws Exception {
        List<String> a = new ArrayList<>();
        if (quick) {
            a.add("--quick");
        }
        if (busySpin) {
            a.add("--busy-spin");
        }
        BridgeBench.main(a.toArray(String[]::new));
        return 0;
    }
}
