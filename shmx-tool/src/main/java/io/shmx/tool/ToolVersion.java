package io.shmx.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version (from the build), the wire format it reads, and the JVM. */
public final class ToolVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "shmx " + version() + " (shmx 2.0 wire format)",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"
        };
    }

    /** The project version the jar was built from. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
