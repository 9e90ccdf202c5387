package io.shmx.processor.validate;

import io.shmx.processor.diagnostics.Message;
import java.util.List;
import java.util.Objects;

/**
 * One problem of a record, with where it belongs: the record itself ({@code component == null})
 * or one of its components, optionally narrowed to one member of the annotation
 * ({@code "id"}, {@code "dtype"} ...) so that the printer can point at the value.
 *
 * @param message   what is wrong
 * @param component the offending record component, or {@code null} for the record
 * @param member    the annotation member at fault, or {@code null}
 * @param args      the message arguments
 */
public record Problem(Message message, String component, String member, List<Object> args) {

    public Problem {
        Objects.requireNonNull(message, "message");
        args = List.copyOf(args);
    }

    public static Problem onRecord(Message message, Object... args) {
        return new Problem(message, null, null, List.of(args));
    }

    public static Problem onComponent(Message message, String component, String member, Object... args) {
        return new Problem(message, component, member, List.of(args));
    }

    /** The formatted text, tag included. */
    public String text() {
        return message.format(args.toArray());
    }
}
