package io.shmx.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Two network namespaces of this test's own, joined by a veth pair with private addresses
 * (10.213.N.1 and 10.213.N.2, /30), deleted on close. Only this machine's kernel carries the traffic.
 */
final class NetNamespaces implements AutoCloseable {
    final String a;
    final String b;
    final String addressA;
    final String addressB;
    private final List<String> created = new ArrayList<>();

    private NetNamespaces(String tag, int subnet) {
        this.a = "shmxb-" + tag + "-a";
        this.b = "shmxb-" + tag + "-b";
        this.addressA = "10.213." + subnet + ".1";
        this.addressB = "10.213." + subnet + ".2";
    }

    /** Creates the pair, or returns null with the reason in {@code why[0]} when this machine does not allow it. */
    static NetNamespaces createOrExplain(String[] why) throws IOException, InterruptedException {
        long pid = ProcessHandle.current().pid();
        NetNamespaces n = new NetNamespaces(Long.toString(pid % 100_000), (int) (pid % 250) + 1);
        String vethA = "sxa" + pid % 100_000;
        String vethB = "sxb" + pid % 100_000;
        try {
            n.run("ip", "netns", "add", n.a);
            n.created.add(n.a);
            n.run("ip", "netns", "add", n.b);
            n.created.add(n.b);
            n.run("ip", "link", "add", vethA, "netns", n.a, "type", "veth", "peer", "name", vethB, "netns", n.b);
            n.run("ip", "-n", n.a, "addr", "add", n.addressA + "/30", "dev", vethA);
            n.run("ip", "-n", n.b, "addr", "add", n.addressB + "/30", "dev", vethB);
            for (String[] up : new String[][] {{n.a, vethA}, {n.b, vethB}, {n.a, "lo"}, {n.b, "lo"}}) {
                n.run("ip", "-n", up[0], "link", "set", up[1], "up");
            }
            return n;
        } catch (IOException e) {
            why[0] = e.getMessage();
            n.close();
            return null;
        }
    }

    private String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                run("ip", "netns", "del", created.get(i));
            } catch (IOException | InterruptedException e) {
                System.err.println("could not delete network namespace " + created.get(i) + ": " + e.getMessage());
            }
        }
        created.clear();
    }
}
