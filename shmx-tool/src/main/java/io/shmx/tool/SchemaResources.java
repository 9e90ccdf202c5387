package io.shmx.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the schema documents the annotation processor writes for a frame record:
 * {@code META-INF/shmx/<fully.qualified.RecordName>.md} and {@code .json}, on the tool's class path
 * plus any directories and jars given with {@code --cp}.
 */
final class SchemaResources implements AutoCloseable {
    static final String DIRECTORY = "META-INF/shmx/";

    private final URLClassLoader loader;

    SchemaResources(List<Path> extraClassPath) {
        List<URL> urls = new ArrayList<>();
        for (Path p : extraClassPath) {
            try {
                urls.add(p.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("class path entry " + p + " is not a valid location", e);
            }
        }
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        this.loader = new URLClassLoader(urls.toArray(URL[]::new), parent != null ? parent : getClass().getClassLoader());
    }

    /** The resource path of a record's document: {@code META-INF/shmx/<fqcn>.<extension>}. */
    static String resourceName(String className, String extension) {
        return DIRECTORY + className + "." + extension;
    }

    /** The document's text, or {@code null} when no class path entry has it. */
    String read(String className, String extension) {
        try (InputStream in = loader.getResourceAsStream(resourceName(className, extension))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
