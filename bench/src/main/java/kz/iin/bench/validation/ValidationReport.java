package kz.iin.bench.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link BeanValidationBenchmark} with the GC profiler and prints ns/op and B/op per benchmark and
 * the {@code @Iin} to {@code @PESEL} ratios (on medians), with the date, JDK, cores and load average of the run.
 * JMH options on the command line (e.g. {@code -f 1 -wi 3 -i 5}) are passed through.
 */
public final class ValidationReport {
    private ValidationReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        String loadBefore = loadAverage();
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include("^" + BeanValidationBenchmark.class.getName().replace(".", "\\.") + "\\.")
                .addProfiler(GCProfiler.class)
                .build()).run();
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst("^.*\\.", "");
            Result<?> time = run.getPrimaryResult();
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(name, new double[] {time.getScore(), time.getScoreError(), alloc == null ? Double.NaN
                    : alloc.getScore(), time.getStatistics().getPercentile(50)});
        }
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format(Locale.ROOT, "Bean Validation: one @Iin field vs Hibernate Validator's @PESEL, %s,"
                + " JDK %s, %d cores, load average %s before and %s after the run%n%n", Instant.now(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadBefore,
                loadAverage()));
        out.append(String.format(Locale.ROOT, "| %-14s | %19s | %13s | %8s |%n", "benchmark", "ns/op (mean ± CI)",
                "ns/op, median", "B/op"));
        out.append(String.format(Locale.ROOT, "|%s|%s|%s|%s|%n", "-".repeat(16), "-".repeat(21), "-".repeat(15),
                "-".repeat(10)));
        rows.forEach((name, r) -> out.append(String.format(Locale.ROOT, "| %-14s | %9.1f ± %7.1f | %13.1f | %8.1f |%n",
                name, r[0], r[1], r[3], r[2])));
        out.append('\n');
        ratio(out, rows, "validIin", "validPesel");
        ratio(out, rows, "invalidIin", "invalidPesel");
        System.out.print(out);
    }

    private static void ratio(StringBuilder out, Map<String, double[]> rows, String iin, String pesel) {
        double[] a = rows.get(iin);
        double[] b = rows.get(pesel);
        if (a == null || b == null) {
            out.append(iin).append(" / ").append(pesel).append(": not measured\n");
            return;
        }
        // Medians of the iterations resist a neighbour's burst of load better than means do.
        out.append(String.format(Locale.ROOT, "%s / %s: %.2fx time (medians; means %.2fx), %.2fx bytes"
                + " (target: time at most 1x) %s%n", iin, pesel, a[3] / b[3], a[0] / b[0], a[2] / b[2],
                a[3] <= b[3] ? "MET" : "MISSED"));
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Paths.get("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
