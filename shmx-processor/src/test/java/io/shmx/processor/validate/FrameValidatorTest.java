package io.shmx.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shmx.DType;
import io.shmx.Layout;
import io.shmx.annotations.StreamLayout;
import io.shmx.processor.diagnostics.Message;
import io.shmx.processor.model.ComponentModel;
import io.shmx.processor.model.FrameDef;
import io.shmx.processor.model.JavaKind;
import io.shmx.processor.model.JavaType;
import io.shmx.processor.model.RecordModel;
import io.shmx.processor.model.StreamAttributes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules, without javac: models in, problems or a resolved frame out. */
class FrameValidatorTest {

    private static RecordModel record(ComponentModel... components) {
        return new RecordModel("p", List.of("Foo"), RecordModel.RECORD_KIND, List.of(), null, true, "", 1,
                List.of(components), Set.of());
    }

    private static ComponentModel c(String name, JavaType type, int id, DType dtype, int components) {
        return new ComponentModel(name, type, new StreamAttributes(id, dtype, components, StreamLayout.DEFAULT, ""));
    }

    @Test
    void resolvesDefaults() {
        ValidationReport r = FrameValidator.validate(record(
                c("pos", JavaType.arrayOf(JavaKind.FLOAT), 1, DType.F32, 3),
                c("ids", JavaType.arrayOf(JavaKind.INT), 2, DType.U32, 1)));
        assertTrue(r.isClean(), () -> r.problems().toString());
        FrameDef f = r.frame();
        assertEquals("Foo", f.schemaName());
        assertEquals(Layout.AOS_VECTOR, f.streams().get(0).layout());
        assertEquals(Layout.SOA_SCALAR, f.streams().get(1).layout());
        assertEquals("ids", f.streams().get(1).name());
        assertEquals(12, f.streams().get(0).bytesPerElem());
    }

    @Test
    void collectsEveryProblemOfARecordInSourceOrder() {
        ValidationReport r = FrameValidator.validate(record(
                c("a", JavaType.arrayOf(JavaKind.FLOAT), 1, DType.I32, 1),   // incompatible dtype
                c("b", JavaType.scalar(JavaKind.INT), 1, DType.I32, 1),      // duplicate id
                c("c", JavaType.scalar(JavaKind.FLOAT), 3, DType.F32, 2)));  // scalar with 2 components
        assertNull(r.frame());
        assertEquals(List.of(Message.INCOMPATIBLE_DTYPE, Message.DUPLICATE_STREAM_ID, Message.COMPONENTS_MISMATCH),
                r.problems().stream().map(Problem::message).toList());
        assertEquals(List.of("a", "b", "c"), r.problems().stream().map(Problem::component).toList());
        assertEquals("dtype", r.problems().get(0).member());
    }

    @Test
    void halfFloatsTakeFloatOrShortAndSegmentsTakeAnything() {
        assertTrue(FrameValidator.validate(record(
                c("h", JavaType.arrayOf(JavaKind.FLOAT), 1, DType.F16, 1),
                c("b", JavaType.arrayOf(JavaKind.SHORT), 2, DType.BF16, 1),
                c("raw", JavaType.memorySegment(), 3, DType.F64, 4),
                c("s", JavaType.string(), 4, DType.U8, 1))).isClean());
        assertEquals(Message.INCOMPATIBLE_DTYPE, FrameValidator.validate(record(
                c("s", JavaType.string(), 4, DType.I8, 1))).problems().getFirst().message());
    }

    @Test
    void generatedMemberNamesMayNotCollide() {
        ValidationReport r = FrameValidator.validate(record(
                c("simTime", JavaType.scalar(JavaKind.DOUBLE), 1, DType.F64, 1),
                c("a", JavaType.arrayOf(JavaKind.INT), 2, DType.I32, 1),
                c("aCount", JavaType.scalar(JavaKind.INT), 3, DType.I32, 1)));
        assertEquals(List.of(Message.MEMBER_NAME_CLASH, Message.MEMBER_NAME_CLASH),
                r.problems().stream().map(Problem::message).toList());
        assertTrue(r.problems().get(0).text().contains("View method 'simTime'"), r.problems().get(0).text());
        assertTrue(r.problems().get(1).text().contains("View method 'aCount'"), r.problems().get(1).text());
    }

    @Test
    void missingStreamSuggestsAFreeIdAndADtype() {
        ValidationReport r = FrameValidator.validate(record(
                c("a", JavaType.arrayOf(JavaKind.INT), 4, DType.I32, 1),
                new ComponentModel("b", JavaType.arrayOf(JavaKind.DOUBLE), null)));
        assertTrue(r.problems().getFirst().text().endsWith("e.g. '@Stream(id = 5, dtype = DType.F64) double[] b'"),
                r.problems().getFirst().text());
    }
}
