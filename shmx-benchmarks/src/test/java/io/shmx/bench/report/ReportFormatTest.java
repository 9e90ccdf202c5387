package io.shmx.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.shmx.bench.harness.Sizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void jsonEscapesStringsAndKeepsKeyOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", "say \"hi\"\n");
        m.put("a", List.of(1, 2.5, Double.NaN));
        assertEquals("{\n  \"b\": \"say \\\"hi\\\"\\n\",\n  \"a\": [\n    1,\n    2.5,\n    null\n  ]\n}\n",
                Json.write(m));
    }

    @Test
    void percentileAxisLabelsFollowOneOverOneMinusQ() {
        assertEquals("90%", AxisFormats.percentile().format(10.0));
        assertEquals("99.9%", AxisFormats.percentile().format(1000.0));
        assertEquals("50%", AxisFormats.percentile().format(2.0));
    }

    @Test
    void sizesAndUnitsReadAsPeopleWriteThem() {
        assertEquals("64B", Sizes.label(64));
        assertEquals("64KiB", Sizes.label(65536));
        assertEquals("8MiB", Sizes.label(8 << 20));
        assertEquals("1.20 ms", Units.nanos(1_204_000));
        assertEquals("16.0 GB/s", Units.gbPerSecond(1 << 20, 65_536));
        assertEquals("0", Units.bytesPerOp(0.0001));
        assertEquals("0.50", Units.ratio(1, 2));
        assertEquals("0.00013", Units.ratio(319, 2_441_215));
    }
}
