import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/** A frame record in the unnamed package. */
@ShmxFrame(name = "unnamed \"quoted\" */ schema")
record Unnamed(@Stream(id = 0, dtype = DType.BF16) float value,
               @Stream(id = 1, dtype = DType.I32) int yield,
               @Stream(id = 2, dtype = DType.U8) java.lang.foreign.MemorySegment record) {
}
