package kz.iin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link CorePropertiesFuzzTest} with Jazzer (coverage-guided, libFuzzer inside) for a
 * bounded time as part of the normal test run: 50 seconds of fuzzing by default, which with the
 * child JVM's start and Jazzer's set-up adds about a minute to {@code mvn verify} (plus ~8 s for
 * Jazzer's agent in the regression run of the fuzz test itself). A longer run:
 * {@code mvn -B -pl core test -Dtest=BoundedFuzzRunTest -Diin.fuzz.seconds=3600}; none: {@code 0}.
 *
 * <p>The fuzzer runs in a child JVM started from this test's class path, because Jazzer fuzzes one
 * test per JVM and must instrument the core before it is loaded, which the other tests in this JVM
 * already did. The child works in {@code target/jazzer/}: its generated corpus grows there across
 * runs, a crashing input is written there, and {@code fuzz.log} holds the fuzzer's output, including
 * the number of executions.
 */
class BoundedFuzzRunTest {
    private static final String SECONDS_PROPERTY = "iin.fuzz.seconds";
    private static final int DEFAULT_SECONDS = 50;
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    /** The fuzzer's report of the first finding, and how to replay it as a regression test. */
    private static String finding(String output, Path workDir) {
        int start = output.indexOf("== Java Exception");
        int end = output.indexOf("Done ", Math.max(start, 0));
        String report = start < 0 ? output.substring(Math.max(0, output.length() - 4000))
                : output.substring(start, end < 0 ? output.length() : end);
        if (report.length() > 8000) {
            report = report.substring(0, 8000) + "... (more in fuzz.log)";
        }
        return "Jazzer found an input that breaks a property (crash-* file in " + workDir + "). To replay it"
                + " in every build, copy that file into core/src/test/resources/kz/iin/fuzz/"
                + "CorePropertiesFuzzTestInputs/contractHoldsForAnyInput/ and fix the core.\n" + report;
    }

    @Test
    void fuzzerFindsNothingWithinTheBudget() throws IOException, InterruptedException {
        int seconds = Integer.getInteger(SECONDS_PROPERTY, DEFAULT_SECONDS);
        if (seconds <= 0) {
            System.out.println("SKIPPED: " + getClass().getSimpleName() + ": fuzzing switched off by -D" + SECONDS_PROPERTY + "=0");
        }
        assumeTrue(seconds > 0, "fuzzing switched off by -D" + SECONDS_PROPERTY + "=0");

        Path workDir = Paths.get("target", "jazzer").toAbsolutePath();
        Files.createDirectories(workDir);
        Path log = workDir.resolve("fuzz.log");
        Process child = new ProcessBuilder(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djazzer.max_duration=" + seconds + "s",
                "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + CorePropertiesFuzzTest.class.getName(),
                "--target_method=contractHoldsForAnyInput",
                "--instrumentation_includes=kz.iin.**",
                "--custom_hook_includes=kz.iin.**",
                // Coverage of the core, not of the test's own input builder, steers the fuzzer.
                "--instrumentation_excludes=kz.iin.fuzz.**"))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // Should this JVM be stopped (Ctrl-C, surefire's timeout), do not leave the fuzzer running.
        Thread reaper = new Thread(child::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            if (!child.waitFor(seconds + 120L, TimeUnit.SECONDS)) {
                throw new AssertionError("fuzzer did not stop within " + (seconds + 120) + " s; see " + log);
            }
        } finally {
            child.destroyForcibly();
            Runtime.getRuntime().removeShutdownHook(reaper);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        if (child.exitValue() != 0) {
            throw new AssertionError(finding(output, workDir));
        }
        Matcher done = DONE.matcher(output);
        assertThat(done.find()).as("libFuzzer's final 'Done N runs' line in %s", log).isTrue();
        long executions = Long.parseLong(done.group(1));
        // Thousands per second are normal even on a busy 2-core machine; far fewer would mean the
        // fuzzer spent its time starting up or stuck rather than fuzzing.
        assertThat(executions).as("executions").isGreaterThan(100L * seconds);
        System.out.printf("Jazzer: %d executions in %s s, no finding (log: %s)%n", executions, done.group(2), log);
    }
}
