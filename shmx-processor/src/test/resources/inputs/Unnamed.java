import io.shmx.DType;
import io.shmx.annotations.ShmxFrame;
import io.shmx.annotations.Stream;

/** A frame record in the unnamed package. */
@ShmxFrame(name = "unnamed \"quoted\" */ schema")
record Unnamed(@Stream(id = 0, dtype = DType.BF16) float value) {
}
