package io.shmx.tool;

import io.shmx.HeaderInfo;
import io.shmx.ProducerState;
import io.shmx.RegionProbe;
import io.shmx.ShmxInspector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shmx list [--dir DIR] [--json]}: every shmx region in a directory ({@code /dev/shm}). */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        header = "List the shmx regions on this machine.",
        description = "List every shmx region under /dev/shm: size, slots, frame bytes cap, streams, frames "
                + "published, readers connected, producer alive, owner and permissions. Files that are not "
                + "shmx regions are skipped; files that cannot be read are reported.")
final class ListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "/dev/shm",
            description = "Directory to scan (default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--json", description = "One JSON object: {regions: [...], unreadable: [{path, reason}]}.")
    private boolean json;

    /** One listed region. */
    record Row(String name, Path path, long sizeBytes, HeaderInfo header, int streams, ProducerState producer,
               long producerPid, String owner, String group, String permissions) {
    }

    /** A file that looked like a region (or could not be classified) but could not be read. */
    record Problem(Path path, String reason) {
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new RegionException("cannot list " + dir + ": not a directory");
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files()) {
            RegionProbe probe = ShmxInspector.probe(file);
            switch (probe.kind()) {
                case REGION -> {
                    try {
                        rows.add(row(probe));
                    } catch (RegionException e) {
                        problems.add(new Problem(file, e.getMessage()));
                    }
                }
                case UNUSABLE -> problems.add(new Problem(file, probe.reason()));
                case MISSING, NOT_SHMX -> {
                    // removed while scanning, or one of the other files in /dev/shm: none of our business
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(rows, problems, out);
        } else {
            writeText(rows, problems, out, spec.commandLine().getErr());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private List<Path> files() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new RegionException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A row from the probe's header, producer state and pid, plus the stream count from the directory. */
    private static Row row(RegionProbe probe) {
        Path path = probe.file();
        String what = "region file " + path;
        int streams;
        try (ShmxInspector inspector = RegionAccess.read(what, () -> ShmxInspector.openFile(path))) {
            streams = RegionAccess.read(what, () -> inspector.streams().size());
        }
        long pid = ProducerText.shownPid(probe.producerState(), probe.producerPid());
        String owner = "?";
        String group = "?";
        String perms = "?";
        try {
            PosixFileAttributes attrs = Files.readAttributes(path, PosixFileAttributes.class);
            owner = attrs.owner().getName();
            group = attrs.group().getName();
            perms = PosixFilePermissions.toString(attrs.permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // shown as "?": the listing is still useful without them
        }
        return new Row(path.getFileName().toString(), path, probe.fileSize(), probe.header(), streams,
                probe.producerState(), pid, owner, group, perms);
    }

    private static void writeText(List<Row> rows, List<Problem> problems, PrintWriter out, PrintWriter err) {
        if (rows.isEmpty()) {
            out.println("no shmx regions");
        } else {
            Table t = new Table("NAME", ">SIZE", ">SLOTS", ">FRAME_CAP", ">STREAMS", ">FRAMES", ">READERS", "PRODUCER",
                    "OWNER", "PERMS");
            for (Row r : rows) {
                HeaderInfo h = r.header();
                t.row(r.name(), Units.bytes(r.sizeBytes()), Long.toUnsignedString(h.slots()),
                        Units.bytes(h.frameBytesCap()), r.streams(), Long.toUnsignedString(h.frameSeq()),
                        ReadersConnectedText.underflowed(h.readersConnected()) ? (int) h.readersConnected() + " (underflow)"
                                : Long.toUnsignedString(h.readersConnected()), ProducerText.describe(r.producer(), r.producerPid()), r.owner() + ":" + r.group(),
                        r.permissions());
            }
            t.lines("").forEach(out::println);
        }
        for (Problem p : problems) {
            err.println("shmx list: unreadable: " + p.reason());
        }
        err.flush();
    }

    private static void writeJson(List<Row> rows, List<Problem> problems, PrintWriter out) {
        try (Json json = Json.to(out)) {
            json.startObject().startArray("regions");
            for (Row r : rows) {
                HeaderInfo h = r.header();
                json.startObject()
                        .string("name", r.name())
                        .string("path", r.path().toString())
                        .unsigned("size", r.sizeBytes())
                        .unsigned("slots", h.slots())
                        .unsigned("frame_bytes_cap", h.frameBytesCap())
                        .unsigned("streams", r.streams())
                        .unsigned("frame_seq", h.frameSeq())
                        .unsigned("readers_connected", h.readersConnected())
                        .string("producer_alive", ProducerText.alive(r.producer()))
                        .string("producer_state", r.producer().name().toLowerCase(Locale.ROOT))
                        .unsigned("producer_pid", r.producerPid())
                        .string("owner", r.owner())
                        .string("group", r.group())
                        .string("permissions", r.permissions())
                        .endObject();
            }
            json.endArray().startArray("unreadable");
            for (Problem p : problems) {
                json.startObject().string("path", p.path().toString()).string("reason", p.reason()).endObject();
            }
            json.endArray().endObject();
        }
    }
}
