package io.shmx.bridge.cli;

import io.shmx.bridge.BridgeSender;
import io.shmx.bridge.ShmxBridge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Reads the local channel CHANNEL and publishes its frames on an Aeron channel, newest frame "
                + "first: the producer is never slowed; when the network is slower the sender skips to the newest "
                + "frame and counts what it skipped."})
final class SendCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CHANNEL", description = "The local channel to send.")
    String channel;

    @Option(names = "--to", required = true, paramLabel = "AERON_URI",
            description = "Where to: aeron:udp?endpoint=HOST:PORT (one receiver at HOST), "
                    + "aeron:udp?endpoint=239.x.y.z:PORT|interface=ADDR (multicast), or "
                    + "aeron:udp?control=THIS_HOST:PORT|control-mode=dynamic (multi-destination-cast).")
    String to;

    @Option(names = "--status-bind", paramLabel = "ADDR", description = "Address to hear receivers' status on (default ${DEFAULT-VALUE}).")
    String statusBind = "0.0.0.0";

    @Option(names = "--status-port", paramLabel = "PORT", description = "UDP port for receivers' status (default 0: any free port, told to receivers).")
    int statusPort;

    @Option(names = "--no-status", description = "Do not listen for receivers' status (no liveness on this side).")
    boolean noStatus;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        BridgeSender s = ShmxBridge.sender(channel).to(to).streamId(common.streamId)
                .status(noStatus ? null : statusBind, statusPort).aeronDirectory(common.aeronDir)
                .busySpin(common.busySpin).start();
        Rates rates = new Rates();
        return StatusLoop.run(s, common, System.out, last -> {
            var st = s.stats();
            rates.sample(st.framesSent(), st.bytesSent());
            return common.json ? StatusText.json(st, rates, last) : StatusText.line(st, rates);
        }, s::isRunning, s::failure);
    }
}
