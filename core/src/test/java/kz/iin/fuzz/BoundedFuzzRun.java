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

/**
 * A bounded Jazzer session (coverage-guided, libFuzzer inside) as part of the normal test run, shared by
 * every module's fuzz test through core's test jar.
 *
 * <p>The fuzzer runs in a child JVM started from the calling test's class path, because Jazzer fuzzes one
 * test per JVM and must instrument the code under test before it is loaded, which the other tests in the
 * calling JVM already did. The child works in {@code target/jazzer/}: its generated corpus grows there
 * across runs, a crashing input is written there, and {@code fuzz.log} holds the fuzzer's output,
 * including the number of executions.
 *
 * @param secondsProperty system property giving the budget in seconds; 0 switches fuzzing off (loudly)
 * @param defaultSeconds budget when the property is not set
 * @param target the class holding the {@code @FuzzTest}
 * @param method the {@code @FuzzTest} method
 * @param instrumented Jazzer's --instrumentation_includes: whose coverage steers the fuzzer
 * @param hooked Jazzer's --custom_hook_includes
 * @param notInstrumented Jazzer's --instrumentation_excludes: the test's own input builders
 * @param regressionInputs where a crashing input goes to be replayed in every build
 */
public record BoundedFuzzRun(String secondsProperty, int defaultSeconds, Class<?> target, String method,
        String instrumented, String hooked, String notInstrumented, String regressionInputs) {
    private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");

    /** Fuzzes for the budget and fails with the fuzzer's report on any finding; skips (saying so) at 0 s. */
    public void findsNothing() throws IOException, InterruptedException {
        int seconds = Integer.getInteger(secondsProperty, defaultSeconds);
        if (seconds <= 0) {
            System.out.println("SKIPPED: fuzzing " + target.getSimpleName() + ": switched off by -D" + secondsProperty + "=0");
        }
        assumeTrue(seconds > 0, "fuzzing switched off by -D" + secondsProperty + "=0");

        Path workDir = Paths.get("target", "jazzer").toAbsolutePath();
        Files.createDirectories(workDir);
        Path log = workDir.resolve("fuzz.log");
        Process child = new ProcessBuilder(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Djazzer.max_duration=" + seconds + "s",
                "-cp", System.getProperty("java.class.path"),
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + target.getName(),
                "--target_method=" + method,
                "--instrumentation_includes=" + instrumented,
                "--custom_hook_includes=" + hooked,
                "--instrumentation_excludes=" + notInstrumented))
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
        System.out.printf("Jazzer: %s: %d executions in %s s, no finding (log: %s)%n",
                target.getSimpleName(), executions, done.group(2), log);
    }

    /** The fuzzer's report of the first finding, and how to replay it as a regression test. */
    private String finding(String output, Path workDir) {
        int start = output.indexOf("== Java Exception");
        int end = output.indexOf("Done ", Math.max(start, 0));
        String report = start < 0 ? output.substring(Math.max(0, output.length() - 4000))
                : output.substring(start, end < 0 ? output.length() : end);
        if (report.length() > 8000) {
            report = report.substring(0, 8000) + "... (more in fuzz.log)";
        }
        return "Jazzer found an input that breaks a property (crash-* file in " + workDir + "). To replay it"
                + " in every build, copy that file into " + regressionInputs + " and fix the code.\n" + report;
    }
}
