package kz.iin.bench.rules;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseJson;

/**
 * The first decision in a fresh JVM: reads one case from JSON, decides it and prints, in milliseconds since the
 * JVM started, the first decision, then the parts: JVM start to main, reading the case, creating the service,
 * the decision; then the CPU time all threads had used (JIT compilers and GC included), the main thread's own
 * CPU time, and how long the main thread waited for a free core. On a machine shared with other work the wall
 * times mostly measure that wait; the wall time from main to the decision cannot go below the main thread's CPU
 * time, and an idle machine (less contention for caches and memory) would show less of both.
 * bench/rules/first-decision.sh runs it.
 *
 * <p>Everything is read after the decision ({@code /proc} for CPU, the runtime bean for the start time), so
 * measuring adds nothing to the figures. Linux only: elsewhere the CPU figures are -1.
 */
public final class FirstDecision {
    private FirstDecision() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        String json = """
                {"asOf": "2017-03-01",
                 "applicant": {"iin": "750304300018", "citizenship": "KZ", "birthDate": "1975-03-04", "sex": "M"},
                 "document": {"type": "ID_CARD", "issued": "1996-05-20", "iinPrinted": false},
                 "application": {"surrendersPreviousDocuments": false, "governmentForCitizensOfficeAtResidence": true,
                                 "submitted": {"ID_COPY": 1, "ID_ORIGINAL": 1, "HOUSE_REGISTER_COPY": 1, "PHOTOS": 1}}}
                """;
        Case c = CaseJson.read(new StringReader(json));
        long read = System.currentTimeMillis();
        EligibilityService service = EligibilityService.shared();
        long created = System.currentTimeMillis();
        Decision d = service.decide(c);
        long decided = System.currentTimeMillis();
        if (d.fee() == null) {
            throw new IllegalStateException("unexpected decision");
        }
        long[] mainThread = schedstat(Path.of("/proc/thread-self/schedstat"));
        long allThreads = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                allThreads += schedstat(task.resolve("schedstat"))[0];
            }
        } catch (IOException e) {
            allThreads = -1_000_000;
        }
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println((decided - start) + " " + (main - start) + " " + (read - main) + " " + (created - read)
                + " " + (decided - created) + " " + allThreads / 1_000_000 + " " + mainThread[0] / 1_000_000
                + " " + mainThread[1] / 1_000_000);
    }

    /** A thread's time on a CPU and time waiting for one, in ns ({@code /proc/.../schedstat}), or -1 ms each. */
    private static long[] schedstat(Path file) {
        try {
            String[] fields = Files.readString(file).trim().split(" ");
            return new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1_000_000, -1_000_000};
        }
    }
}
