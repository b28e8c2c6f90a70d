package kz.iin.fuzz;

import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link CorePropertiesFuzzTest} for a bounded time in the normal test run: 50 seconds by default,
 * which with the child JVM's start adds about a minute to {@code mvn verify} (plus ~8 s for Jazzer's agent
 * in the regression run of the fuzz test itself). A longer run:
 * {@code mvn -B -pl core test -Dtest=BoundedFuzzRunTest -Diin.fuzz.seconds=3600}; none: {@code 0}.
 */
@Tag("slow")
class BoundedFuzzRunTest {
    @Test
    void fuzzerFindsNothingWithinTheBudget() throws IOException, InterruptedException {
        new BoundedFuzzRun("iin.fuzz.seconds", 50, CorePropertiesFuzzTest.class, "contractHoldsForAnyInput",
                "kz.iin.**", "kz.iin.**",
                // Coverage of the core, not of the test's own input builder, steers the fuzzer.
                "kz.iin.fuzz.**",
                "core/src/test/resources/kz/iin/fuzz/CorePropertiesFuzzTestInputs/contractHoldsForAnyInput/")
                .findsNothing();
    }
}
