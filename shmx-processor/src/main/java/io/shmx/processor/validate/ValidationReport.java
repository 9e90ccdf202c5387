package io.shmx.processor.validate;

import io.shmx.processor.model.FrameDef;
import java.util.List;

/**
 * The outcome of validating one record: every problem found (all of them, so the user sees them
 * at once), and the validated frame when there are none.
 *
 * @param problems every problem, in source order
 * @param frame    the validated frame, or {@code null} when there are problems
 */
public record ValidationReport(List<Problem> problems, FrameDef frame) {

    public ValidationReport {
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (frame == null)) {
            throw new IllegalArgumentException("a report has either problems or a frame");
        }
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
