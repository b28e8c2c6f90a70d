package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One shared service (one compiled rule base, a rule-unit instance per decision), 8 threads: every decision
 * equal to the one a single thread makes with a service of its own.
 *
 * <p>The normal test command decides the full 1,000,000 cases (under a minute on the 2 cores here); a
 * quicker local run can lower it with {@code -Diin.rules.concurrency.decisions=200000}.
 */
@Tag("slow")
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int DISTINCT = 5_000;
    private static final int DECISIONS = Integer.getInteger("iin.rules.concurrency.decisions", 1_000_000);

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void eightThreadsDecideExactlyAsOneThread() throws Exception {
        Case[] cases = RandomCases.generate(DISTINCT, 20261124L);
        // The reference: one thread, a service of its own.
        EligibilityService reference = new EligibilityService();
        Decision[] expected = new Decision[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            expected[i] = reference.decide(cases[i]);
        }
        EligibilityService service = new EligibilityService();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                long decided = 0;
                long mismatches = 0;
                // Each thread walks the cases from a different offset, so threads decide different cases at once.
                for (int n = thread; n < DECISIONS; n += THREADS) {
                    int i = (int) ((n * 7L + thread * 997L) % DISTINCT);
                    if (!service.decide(cases[i]).equals(expected[i])) {
                        mismatches++;
                    }
                    decided++;
                }
                return new long[] {decided, mismatches};
            }));
        }
        long decided = 0;
        long mismatches = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            decided += r[0];
            mismatches += r[1];
        }
        pool.shutdown();

        assertThat(decided).isEqualTo(DECISIONS);
        assertThat(mismatches).isZero();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
}
