package io.shmx.bench;

import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of {@code io.shmx.bench.jmh} with the GC profiler (allocation per
 * operation), writing JMH's JSON and its text log. Each benchmark and parameter set gets one
 * forked JVM; the fork flags are on the benchmark classes.
 */
final class JmhSuite {
    private JmhSuite() {}

    static Collection<RunResult> run(boolean quick, String include, Path json, Path log) throws RunnerException {
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(include)
                .addProfiler(GCProfiler.class)
                .forks(1)
                .shouldFailOnError(false)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .output(log.toString());
        if (quick) {
            b.warmupIterations(1).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(300))
                    .param("size", "64", "1048576")
                    .param("readers", "0", "16")
                    .param("payload", "64")
                    .param("n", "262144");
        } else {
            b.warmupIterations(2).warmupTime(TimeValue.milliseconds(800))
                    .measurementIterations(3).measurementTime(TimeValue.milliseconds(800));
        }
        return new Runner(b.build()).run();
    }
}
