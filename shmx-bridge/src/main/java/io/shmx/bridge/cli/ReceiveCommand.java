package io.shmx.bridge.cli;

import io.shmx.bridge.BridgeReceiver;
import io.shmx.bridge.ShmxBridge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "receive", mixinStandardHelpOptions = true,
        description = {"Subscribes to an Aeron channel a 'shmx bridge send' publishes on, creates the local channel "
                + "with the sender's static directory and republishes every whole frame on it; frames that did "
                + "not arrive whole are counted lost."})
final class ReceiveCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "AERON_URI",
            description = "aeron:udp?endpoint=THIS_HOST:PORT (unicast), aeron:udp?endpoint=239.x.y.z:PORT|interface=ADDR "
                    + "(multicast) or aeron:udp?endpoint=THIS_HOST:PORT|control=SENDER:PORT|control-mode=dynamic (MDC).")
    String from;

    @Option(names = "--as", required = true, paramLabel = "CHANNEL", description = "The local channel to create.")
    String as;

    @Option(names = "--slots", paramLabel = "N", description = "Frame slots of the local channel (default: the sender's).")
    int slots;

    @Option(names = "--keep-channel", description = "Leave the local channel's file on exit.")
    boolean keep;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        BridgeReceiver r = ShmxBridge.receiver(from).as(as).streamId(common.streamId).aeronDirectory(common.aeronDir)
                .busySpin(common.busySpin).slots(slots).keepChannel(keep).start();
        Rates rates = new Rates();
        return StatusLoop.run(r, common, System.out, last -> {
            var st = r.stats();
            rates.sample(st.framesReceived(), st.bytesReceived());
            return common.json ? StatusText.json(st, rates, last) : StatusText.line(st, rates);
        }, r::isRunning, r::failure);
    }
}
