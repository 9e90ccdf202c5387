package io.shmx.processor.model;

import io.shmx.DType;
import io.shmx.annotations.StreamLayout;
import java.util.Objects;

/**
 * The values of one {@code @Stream} annotation, defaults applied by javac but not yet resolved
 * (an empty {@code name} still means "the component name").
 *
 * @param id         stream id as written
 * @param dtype      element type
 * @param components scalars per element as written (may be invalid)
 * @param layout     layout as written
 * @param name       stream name as written, {@code ""} for the default
 */
public record StreamAttributes(int id, DType dtype, int components, StreamLayout layout, String name) {

    public StreamAttributes {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(name, "name");
    }
}
