package kz.iin.fuzz;

import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link CorePropertiesFuzzTest} for a bounded time in the normal test run: a budget of 50 seconds
 * by default, plus the start of the child JVM. A longer run:
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
