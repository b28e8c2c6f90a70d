package kz.iin.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the core benchmarks (IIN and BIN, not other modules') with the GC profiler in one JMH run and
 * prints the table the performance issue asks for: ns/op and B/op per benchmark, then the three
 * target ratios. JMH options on the command line (e.g. {@code -f 1 -wi 3 -i 5}) are passed through.
 */
public final class CoreReport {
    private static final String CORE_BENCHMARKS = "^kz\\.iin\\.bench\\.(Iin|Bin)Benchmark\\.";

    private CoreReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(CORE_BENCHMARKS)
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.print(table(results));
    }

    static String table(Collection<RunResult> results) {
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (RunResult run : results) {
            String name = run.getParams().getBenchmark().replaceFirst("^kz\\.iin\\.bench\\.", "");
            Result<?> alloc = run.getSecondaryResults().get("gc.alloc.rate.norm");
            rows.put(name, new double[] {run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError(),
                    alloc == null ? Double.NaN : alloc.getScore()});
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| %-42s | %14s | %8s |%n", "benchmark", "ns/op", "B/op"));
        out.append(String.format(Locale.ROOT, "|%s|%s|%s|%n", "-".repeat(44), "-".repeat(16), "-".repeat(10)));
        List<String> names = new ArrayList<>(rows.keySet());
        for (String name : names) {
            double[] r = rows.get(name);
            out.append(String.format(Locale.ROOT, "| %-42s | %7.1f ± %4.1f | %8.1f |%n", name, r[0], r[1], r[2]));
        }
        out.append('\n');
        ratio(out, rows, "Iin.isValid vs minimal loop (target: at most 2x)",
                "IinBenchmark.isValid", "IinBenchmark.isValidMinimalLoop", false, 2);
        ratio(out, rows, "peer style vs Iin.isValid (target: at least 20x)",
                "IinBenchmark.isValidPeerStyle", "IinBenchmark.isValid", true, 20);
        ratio(out, rows, "peer style vs Iin.parse+birthDate (target: at least 5x)",
                "IinBenchmark.parseBirthDatePeerStyle", "IinBenchmark.parseBirthDate", true, 5);
        return out.toString();
    }

    private static void ratio(StringBuilder out, Map<String, double[]> rows, String label,
            String numerator, String denominator, boolean atLeast, double target) {
        double[] n = rows.get(numerator);
        double[] d = rows.get(denominator);
        if (n == null || d == null) {
            out.append(String.format(Locale.ROOT, "%-58s   not measured%n", label));
            return;
        }
        double ratio = n[0] / d[0];
        boolean met = atLeast ? ratio >= target : ratio <= target;
        out.append(String.format(Locale.ROOT, "%-58s %6.2fx  %s%n", label, ratio, met ? "MET" : "MISSED"));
    }
}
