package io.shmx.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shmx.HeaderInfo;
import io.shmx.ShmxInspector;
import io.shmx.StreamSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code shmx docs CLASS-OR-JSON | --channel NAME | --file PATH}: schema documentation as Markdown. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        header = "Print schema docs as Markdown (frame type or channel).",
        description = "Print the schema docs of a generated frame type as Markdown: give the record's fully "
                + "qualified class name (its META-INF/shmx/<class>.md, written by the shmx annotation "
                + "processor, is looked up on the class path and --cp), or the path of a schema .json/.md "
                + "file. With --channel or --file, print a region's stream directory as Markdown instead.")
final class DocsCommand implements Callable<Integer> {
    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CLASS-OR-JSON",
            description = "Fully qualified record name (e.g. com.example.Tick), or a schema .json / .md file.")
    private String subject;

    @Option(names = "--channel", paramLabel = "NAME", description = "Document the stream directory of live channel NAME.")
    private String channel;

    @Option(names = "--file", paramLabel = "PATH", description = "Document the stream directory of a saved region file.")
    private Path file;

    @Option(names = "--cp", paramLabel = "PATH", split = ":",
            description = "Extra class path entries (directories or jars, ':'-separated) to search for META-INF/shmx.")
    private List<Path> classPath = new ArrayList<>();

    @Option(names = "--json", description = "Print the record's JSON schema document instead of the Markdown page.")
    private boolean json;

    @Override
    public Integer call() {
        int given = (subject != null ? 1 : 0) + (channel != null ? 1 : 0) + (file != null ? 1 : 0);
        if (given != 1) {
            throw new ParameterException(spec.commandLine(), given == 0
                    ? "Missing subject: give CLASS-OR-JSON, --channel NAME or --file PATH."
                    : "Give only one of CLASS-OR-JSON, --channel NAME and --file PATH.");
        }
        String text = subject != null ? schemaDocs(subject) : directoryDocs();
        PrintWriter out = spec.commandLine().getOut();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
        return ExitCodes.OK;
    }

    private String schemaDocs(String arg) {
        Path path = Path.of(arg);
        boolean looksLikeFile = arg.endsWith(".json") || arg.endsWith(".md") || arg.contains("/") || Files.exists(path);
        if (looksLikeFile) {
            return fileDocs(path);
        }
        if (!CLASS_NAME.matcher(arg).matches()) {
            throw new ParameterException(spec.commandLine(), "'" + arg + "' is neither a fully qualified class name"
                    + " (like com.example.Tick) nor an existing schema file.");
        }
        try (SchemaResources resources = new SchemaResources(classPath)) {
            String ext = json ? "json" : "md";
            String doc = resources.read(arg, ext);
            if (doc == null) {
                throw new RegionException("no schema docs for " + arg + ": " + SchemaResources.resourceName(arg, ext)
                        + " is not on the class path; compile the @ShmxFrame record with the shmx annotation processor"
                        + " and pass its classes directory or jar with --cp");
            }
            return doc;
        }
    }

    private String fileDocs(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new RegionException("no schema file " + path + ": it does not exist or is not a regular file");
        }
        if (ShmxInspector.probe(path).isRegion()) {
            // Never read a region as text: besides being no schema, opening and closing it here would
            // drop the lock of a producer running in this JVM.
            throw new RegionException(path + " is a shmx region, not a schema file; `shmx docs --file " + path
                    + "` documents its stream directory");
        }
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RegionException("cannot read schema file " + path + ": " + e.getMessage(), e);
        }
        String fileName = path.getFileName().toString();
        if (!fileName.endsWith(".json") || json) {
            return text;
        }
        Path markdown = path.resolveSibling(fileName.substring(0, fileName.length() - ".json".length()) + ".md");
        if (Files.isRegularFile(markdown)) {
            try {
                return Files.readString(markdown, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RegionException("cannot read schema file " + markdown + ": " + e.getMessage(), e);
            }
        }
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            return JsonMarkdown.render("Schema " + fileName, root);
        } catch (IOException e) {
            throw new RegionException("schema file " + path + " is not valid JSON: "
                    + RegionAccess.oneLine(e.getMessage()), e);
        }
    }

    private String directoryDocs() {
        boolean live = channel != null;
        Path path = live ? RegionNames.pathOf(spec, channel) : file;
        String what = live ? "region '" + channel + "'" : "file " + file;
        RegionFiles.require(path, what);
        HeaderInfo header;
        List<StreamSpec> streams;
        try (ShmxInspector inspector = RegionAccess.read(what,
                () -> live ? ShmxInspector.open(channel) : ShmxInspector.openFile(path))) {
            header = RegionAccess.read(what, inspector::headerInfo);
            streams = RegionAccess.read(what, inspector::streams);
        }
        String title = live ? "Channel `" + channel + "`" : "Region file `" + file + "`";
        return DirectoryMarkdown.render(title, header, streams);
    }
}
