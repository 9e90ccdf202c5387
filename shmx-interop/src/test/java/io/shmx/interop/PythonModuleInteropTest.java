package io.shmx.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Python module the processor generated for {@link AllTypes}, run under python3 with numpy on
 * frame dictionaries in the format of the shmx Python package
 * ({@code {name: {'data': memoryview, 'elem_count': n, 'bytes': b}, '__metadata__': {...}}}), built
 * from the wire bytes of recipe frames. Skipped, with one line, when python3 or numpy is missing
 * (a failure under -Dshmx.interop.required=true).
 */
class PythonModuleInteropTest {
    private static final String SCRIPT = """
            import importlib.util, struct, sys
            spec = importlib.util.spec_from_file_location("alltypes", sys.argv[1])
            m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
            print("schema", m.SCHEMA_NAME, m.SCHEMA_VERSION, "%d" % m.SCHEMA_HASH)
            for s in m.STREAMS:
                print("stream", s.id, s.name, s.field, s.dtype_code, s.components, s.bytes_per_elem, s.dtype.str, s.kind,
                      "x".join(str(d) for d in s.shape) if s.shape else "-")
            for line in sys.stdin:
                parts = line.split()
                frame = {"__metadata__": {"frame_id": 1, "sim_time": 0.0, "payload_bytes": 0, "tlv_count": 19}}
                for p in parts:
                    name, count, hexdata = p.split(":")
                    data = bytes.fromhex(hexdata)
                    frame[name] = {"data": memoryview(data), "elem_count": int(count), "bytes": len(data)}
                v = m.decode(frame)
                out = []
                for field in v._fields:
                    x = getattr(v, field)
                    if isinstance(x, str):
                        out.append(field + "=s:" + x.encode("utf-8").hex())
                    elif isinstance(x, bytes):
                        out.append(field + "=b:" + x.hex())
                    else:
                        import numpy as np
                        a = np.asarray(x)
                        vals = ",".join("d%d" % struct.unpack("<q", struct.pack("<d", float(e)))[0] if a.dtype.kind == "f"
                                        else str(int(e)) for e in a.reshape(-1))
                        out.append(field + "=" + a.dtype.str + ":" + "x".join(str(d) for d in a.shape) + ":" + vals)
                print("frame", " ".join(out))
                sys.stdout.flush()
            try:
                m.decode({"seq": frame["seq"]})
                print("missing-stream accepted")
            except KeyError as e:
                print("missing-stream", str(e).replace(" ", "_")[:60])
            """;

    private static Path generated(String file) throws URISyntaxException {
        return Path.of(AllTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("META-INF/shmx").resolve(file);
    }

    private static void requirePythonWithNumpy() throws Exception {
        String why = null;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                why = "python3 has no numpy";
            }
        } catch (IOException e) {
            why = "no python3";
        }
        if (why != null) {
            String line = "shmx-interop: Python module test SKIPPED, " + why;
            if (InteropEnvironment.required()) {
                fail(line + " (required)");
            }
            System.err.println(line);
            Assumptions.abort(line);
        }
    }

    @Test
    void generatedPythonModuleDecodesFrameDictsIntoExactTypedArrays() throws Exception {
        requirePythonWithNumpy();
        Path module = generated("io.shmx.interop.AllTypes.py");
        Path script = Files.createTempFile("shmx-py", ".py");
        try {
            Files.writeString(script, SCRIPT);
            Process p = new ProcessBuilder("python3", script.toString(), module.toString()).redirectErrorStream(true).start();
            long[] seqs = {1, 2, 3, 4, 77, 511, 4096, 123456789};
            StringBuilder input = new StringBuilder();
            for (long k : seqs) {
                AllTypes f = Recipe.frame(k, Recipe.defaultBlob(k));
                for (int id = 1; id <= 19; id++) {
                    byte[] bytes = Recipe.wireBytes(f, id);
                    int bpe = AllTypesSchema.streams().get(id - 1).bytesPerElem();
                    input.append(AllTypesSchema.streams().get(id - 1).name()).append(':').append(bytes.length / bpe).append(':')
                            .append(HexFormat.of().formatHex(bytes)).append(id == 19 ? "\n" : " ");
                }
            }
            p.getOutputStream().write(input.toString().getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            List<String> out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), String.join("\n", out));
            assertEquals("schema AllTypes 1 " + Long.toUnsignedString(AllTypesSchema.SCHEMA_HASH), out.get(0));
            assertEquals("stream 1 seq seq 9 1 8 <u8 scalar -", out.get(1));
            assertEquals("stream 10 f16 f16 10 1 2 <f2 scalar -", out.get(10));
            assertEquals("stream 11 bf16 bf16 11 2 4 <u2 array -1x2", out.get(11));
            assertEquals("stream 13 f64 f64 13 4 32 <f8 array -1x4", out.get(13));
            assertEquals("stream 18 label label 3 1 1 |u1 string -", out.get(18));
            List<String> frames = new ArrayList<>(out.subList(20, 20 + seqs.length));
            for (int i = 0; i < seqs.length; i++) {
                assertEquals(expectedLine(Recipe.frame(seqs[i], Recipe.defaultBlob(seqs[i]))), frames.get(i), "frame " + seqs[i]);
            }
            assertTrue(out.get(20 + seqs.length).startsWith("missing-stream"), out.get(20 + seqs.length));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /** What the script prints for frame r: dtype, shape and values of each decoded field, in Python's notation. */
    private static String expectedLine(AllTypes r) {
        int n = r.mask().length;
        List<String> f = new ArrayList<>();
        f.add("seq=<u8::" + Long.toUnsignedString(r.seq()));
        f.add("flag=|b1::" + (r.flag() ? 1 : 0));
        f.add("i8=|i1::" + r.i8());
        f.add("u8=|u1::" + Byte.toUnsignedInt(r.u8()));
        f.add("i16=<i2::" + r.i16());
        f.add("u16=<u2::" + Short.toUnsignedInt(r.u16()));
        f.add("i32=<i4::" + r.i32());
        f.add("u32=<u4::" + Integer.toUnsignedString(r.u32()));
        f.add("i64=<i8::" + r.i64());
        f.add("f16=<f2::" + py(r.f16()));
        f.add("bf16=<f4:" + n + "x2:" + floats(r.bf16()));
        f.add("f32=<f4:" + n + "x3:" + floats(r.f32()));
        StringBuilder d = new StringBuilder();
        for (double v : r.f64()) {
            d.append(d.isEmpty() ? "" : ",").append(py(v));
        }
        f.add("f64=<f8:" + n + "x4:" + d);
        StringBuilder s = new StringBuilder();
        for (short v : r.u16Pairs()) {
            s.append(s.isEmpty() ? "" : ",").append(Short.toUnsignedInt(v));
        }
        f.add("u16Pairs=<u2:" + n + "x2:" + s);
        StringBuilder t = new StringBuilder();
        for (int v : r.i32Triples()) {
            t.append(t.isEmpty() ? "" : ",").append(v);
        }
        f.add("i32Triples=<i4:" + n + "x3:" + t);
        StringBuilder q = new StringBuilder();
        for (long v : r.u64Quads()) {
            q.append(q.isEmpty() ? "" : ",").append(Long.toUnsignedString(v));
        }
        f.add("u64Quads=<u8:" + n + "x4:" + q);
        StringBuilder m = new StringBuilder();
        for (boolean v : r.mask()) {
            m.append(m.isEmpty() ? "" : ",").append(v ? 1 : 0);
        }
        f.add("mask=|b1:" + n + ":" + m);
        f.add("label=s:" + HexFormat.of().formatHex(r.label().getBytes(StandardCharsets.UTF_8)));
        f.add("blob=|u1:" + r.blob().length + ":" + bytes(r.blob()));
        return "frame " + String.join(" ", f);
    }

    private static String floats(float[] a) {
        StringBuilder b = new StringBuilder();
        for (float v : a) {
            b.append(b.isEmpty() ? "" : ",").append(py(v));
        }
        return b.toString();
    }

    private static String bytes(byte[] a) {
        StringBuilder b = new StringBuilder();
        for (byte v : a) {
            b.append(b.isEmpty() ? "" : ",").append(Byte.toUnsignedInt(v));
        }
        return b.toString();
    }

    /** A float value as the script prints it: "d" and the bits of the value as a double. */
    private static String py(double v) {
        return "d" + Double.doubleToRawLongBits(v);
    }
}
