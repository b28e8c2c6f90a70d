import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import kz.iin.rules.Case;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/**
 * The in-process side of bench/server/decisions-wrk.sh: keeps the lines of IN that are valid cases (written to
 * OUT, what wrk sends), then decides them in a loop with THREADS threads for SECONDS after a warm-up as long, as the
 * service does (read the JSON, decide, write the JSON), and prints decisions/s.
 * Run as a single source file: java -cp iin-server.jar InProcess.java IN OUT THREADS SECONDS
 */
public class InProcess {
    public static void main(String[] args) throws Exception {
        List<String> valid = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            try {
                CaseJson.read(line);
                valid.add(line);
            } catch (CaseFormatException e) {
                // Not a case: wrk sends only cases, so the two sides decide the same work.
            }
        }
        Files.write(Path.of(args[1]), valid, StandardCharsets.UTF_8);
        int threads = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        EligibilityService service = EligibilityService.shared();
        run(service, valid, threads, seconds); // warm-up (JIT), as long as the measured run
        long n = run(service, valid, threads, seconds);
        System.out.printf("in-process  %d thread(s): %8.0f decisions/s (read JSON, decide, write JSON; %d cases)%n",
                threads, n / (double) seconds, valid.size());
    }

    private static long run(EligibilityService service, List<String> cases, int threads, long seconds)
            throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 997;
            Thread w = new Thread(() -> {
                int i = offset;
                long n = 0;
                while (System.nanoTime() < end) {
                    try {
                        Case c = CaseJson.read(cases.get(i++ % cases.size()));
                        if (CaseJson.write(service.decide(c)).isEmpty()) {
                            throw new IllegalStateException();
                        }
                    } catch (CaseFormatException e) {
                        throw new IllegalStateException(e);
                    }
                    n++;
                }
                done.addAndGet(n);
            });
            workers.add(w);
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return done.get();
    }
}
