package io.shmx.processor.model;

import java.util.Objects;

/**
 * A record component as the parser found it, before validation.
 *
 * @param name   the component name
 * @param type   its Java type
 * @param stream its {@code @Stream} values, or {@code null} when the component has none
 */
public record ComponentModel(String name, JavaType type, StreamAttributes stream) {

    public ComponentModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
