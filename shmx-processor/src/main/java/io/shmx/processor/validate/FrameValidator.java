package io.shmx.processor.validate;

import io.shmx.Layout;
import io.shmx.processor.diagnostics.Message;
import io.shmx.processor.model.ComponentModel;
import io.shmx.processor.model.FrameDef;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.JavaType;
import io.shmx.processor.model.MemberNames;
import io.shmx.processor.model.RecordModel;
import io.shmx.processor.model.StreamAttributes;
import io.shmx.processor.model.StreamDef;
import io.shmx.typed.SchemaEncoding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a {@link RecordModel} against every rule of {@code @ShmxFrame} and collects all problems
 * before anyone prints them; when there are none, resolves the defaults into a {@link FrameDef}.
 * Pure Java: no javac types, so the rules are tested without compiling anything.
 */
public final class FrameValidator {
    private FrameValidator() {}

    public static ValidationReport validate(RecordModel record) {
        List<Problem> problems = new ArrayList<>();
        String recordName = record.qualifiedName();
        if (!record.isRecord()) {
            problems.add(Problem.onRecord(Message.NOT_RECORD, recordName, record.kindName(), record.simpleName()));
            return new ValidationReport(problems, null);
        }
        if (!record.typeParameters().isEmpty()) {
            problems.add(Problem.onRecord(Message.GENERIC_RECORD, recordName,
                    String.join(", ", record.typeParameters())));
        }
        if (record.inaccessibleReason() != null) {
            problems.add(Problem.onRecord(Message.INACCESSIBLE_RECORD, recordName, record.inaccessibleReason()));
        }
        for (String clash : new TreeSet<>(record.clashingTypes())) {
            String qualified = record.packageName().isEmpty() ? clash : record.packageName() + "." + clash;
            problems.add(Problem.onRecord(Message.GENERATED_NAME_CLASH, qualified, recordName));
        }
        if (record.components().isEmpty()) {
            problems.add(Problem.onRecord(Message.NO_STREAMS, recordName));
        }

        int freeId = freeId(record.components());
        Map<Integer, String> idOwners = new HashMap<>();
        Map<String, String> nameOwners = new HashMap<>();
        List<StreamDef> streams = new ArrayList<>();
        for (ComponentModel c : record.components()) {
            StreamDef def = checkComponent(record, c, freeId, idOwners, nameOwners, problems);
            if (def != null) {
                streams.add(def);
            }
        }
        checkMemberNames(streams, problems);

        if (!problems.isEmpty()) {
            return new ValidationReport(problems, null);
        }
        String schemaName = record.schemaName().isEmpty() ? record.simpleName() : record.schemaName();
        return new ValidationReport(List.of(), new FrameDef(record.packageName(), record.nestedName(),
                record.generatedPrefix(), record.isPublic(), schemaName, record.version(), streams));
    }

    /** Checks one component; returns its stream when it has no problem of its own. */
    private static StreamDef checkComponent(RecordModel record, ComponentModel c, int freeId,
                                            Map<Integer, String> idOwners, Map<String, String> nameOwners,
                                            List<Problem> problems) {
        JavaType type = c.type();
        StreamAttributes s = c.stream();
        int before = problems.size();
        if (type.kind() == JavaKind.UNSUPPORTED) {
            problems.add(Problem.onComponent(Message.UNSUPPORTED_JAVA_TYPE, c.name(), null, c.name(), type.display()));
        }
        if (s == null) {
            problems.add(Problem.onComponent(Message.MISSING_STREAM, c.name(), null, c.name(),
                    record.qualifiedName(), freeId, TypeRules.suggestedDType(type.kind()), type.display(), c.name()));
            return null;
        }
        if (s.id() < 0) {
            problems.add(Problem.onComponent(Message.INVALID_STREAM_ID, c.name(), "id", s.id(), c.name()));
        } else {
            String owner = idOwners.putIfAbsent(s.id(), c.name());
            if (owner != null) {
                problems.add(Problem.onComponent(Message.DUPLICATE_STREAM_ID, c.name(), "id", s.id(), owner, c.name(),
                        c.name(), freeId));
            }
        }
        if (s.components() < 1) {
            problems.add(Problem.onComponent(Message.INVALID_COMPONENTS, c.name(), "components", s.components(),
                    c.name()));
        } else if (type.kind() != JavaKind.UNSUPPORTED) {
            checkTypeAndShape(c, s, problems);
        }
        String name = s.name().isEmpty() ? c.name() : s.name();
        int nameBytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes < 1 || nameBytes > SchemaEncoding.MAX_NAME_BYTES) {
            problems.add(Problem.onComponent(Message.INVALID_STREAM_NAME, c.name(), "name", name, c.name(), nameBytes));
        } else {
            String owner = nameOwners.putIfAbsent(name, c.name());
            if (owner != null) {
                problems.add(Problem.onComponent(Message.DUPLICATE_STREAM_NAME, c.name(),
                        s.name().isEmpty() ? null : "name", name, owner, c.name(), c.name()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Layout layout = switch (s.layout()) {
            case DEFAULT -> Layout.defaultFor(s.components());
            case SOA_SCALAR -> Layout.SOA_SCALAR;
            case AOS_VECTOR -> Layout.AOS_VECTOR;
        };
        return new StreamDef(c.name(), s.id(), name, s.dtype(), s.components(), layout, type);
    }

    private static void checkTypeAndShape(ComponentModel c, StreamAttributes s, List<Problem> problems) {
        JavaType type = c.type();
        if (!TypeRules.carries(type.kind(), s.dtype())) {
            List<String> alternatives = TypeRules.dtypesFor(type.kind()).stream().map(Enum::name).toList();
            problems.add(Problem.onComponent(Message.INCOMPATIBLE_DTYPE, c.name(), "dtype", c.name(), type.display(),
                    s.dtype(), s.dtype(), TypeRules.carriersText(s.dtype()), type.display(),
                    String.join(", ", alternatives)));
            return;
        }
        if (type.isPrimitiveScalar() && s.components() != 1) {
            problems.add(Problem.onComponent(Message.COMPONENTS_MISMATCH, c.name(), "components", c.name(),
                    type.display(), "exactly one scalar", s.components(),
                    "make it " + type.display() + "[] (holding " + s.components()
                            + " scalars per element) or remove 'components'"));
        } else if (type.kind() == JavaKind.STRING && s.components() != 1) {
            problems.add(Problem.onComponent(Message.COMPONENTS_MISMATCH, c.name(), "components", c.name(),
                    type.display(), "UTF-8 bytes, one byte per element", s.components(),
                    "String streams need components = 1: remove 'components', or use byte[] for grouped bytes"));
        }
    }

    /** Generated member names must be unique and must not hit the fixed members of the generated types. */
    private static void checkMemberNames(List<StreamDef> streams, List<Problem> problems) {
        Map<String, String> viewOwners = new HashMap<>();
        Map<String, String> constantOwners = new HashMap<>();
        for (StreamDef s : streams) {
            MemberNames m = s.members();
            Clash clash = clash(m.viewMembers(), MemberNames.VIEW_FIXED, viewOwners, "View method");
            if (clash == null) {
                clash = clash(List.of(m.accessor()), MemberNames.WRITER_FRAME_FIXED, Map.of(), "Writer.Frame method");
            }
            if (clash == null) {
                clash = clash(m.constants(), MemberNames.SCHEMA_FIXED, constantOwners, "Schema constant");
            }
            if (clash != null) {
                problems.add(Problem.onComponent(Message.MEMBER_NAME_CLASH, s.component(), null, s.component(),
                        clash.generated(), clash.existing(), s.name()));
                continue;
            }
            m.viewMembers().forEach(n -> viewOwners.put(n, s.component()));
            m.constants().forEach(n -> constantOwners.put(n, s.component()));
        }
    }

    /** A generated name and what it collides with. */
    private record Clash(String generated, String existing) {}

    private static Clash clash(List<String> names, Set<String> fixed, Map<String, String> owners, String what) {
        for (String n : names) {
            if (fixed.contains(n)) {
                return new Clash(what + " '" + n + "'", "the generated " + what + " of that name");
            }
            String owner = owners.get(n);
            if (owner != null) {
                return new Clash(what + " '" + n + "'", "the " + what + " generated for component '" + owner + "'");
            }
        }
        return null;
    }

    /** An id no component uses: one above the largest used id (1 when none is used). */
    private static int freeId(List<ComponentModel> components) {
        int max = 0;
        for (ComponentModel c : components) {
            if (c.stream() != null && c.stream().id() < Integer.MAX_VALUE) {
                max = Math.max(max, c.stream().id() + 1);
            }
        }
        return Math.max(max, 1);
    }
}
