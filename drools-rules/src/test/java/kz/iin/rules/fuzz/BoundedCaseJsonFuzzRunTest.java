package kz.iin.rules.fuzz;

import java.io.IOException;
import kz.iin.fuzz.BoundedFuzzRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes {@link CaseJsonFuzzTest} for a bounded time in the normal test run: 30 seconds by default (about
 * 45 s with the child JVM's start). A longer run:
 * {@code mvn -B -pl drools-rules test -Dtest=BoundedCaseJsonFuzzRunTest -Diin.rules.fuzz.seconds=3600};
 * none: {@code 0}. Jazzer instruments the reader and Jackson's parser (see core's {@link BoundedFuzzRun}).
 */
@Tag("slow")
class BoundedCaseJsonFuzzRunTest {
    @Test
    void fuzzerFindsNothingWithinTheBudget() throws IOException, InterruptedException {
        new BoundedFuzzRun("iin.rules.fuzz.seconds", 30, CaseJsonFuzzTest.class, "readsACaseOrNamesTheField",
                "kz.iin.rules.json.**:com.fasterxml.jackson.core.**", "kz.iin.rules.json.**",
                // Coverage of the reader and the parser, not of the test's input builder, steers the fuzzer.
                "kz.iin.rules.fuzz.**",
                "drools-rules/src/test/resources/kz/iin/rules/fuzz/CaseJsonFuzzTestInputs/readsACaseOrNamesTheField/")
                .findsNothing();
    }
}
