package kz.iin.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.Explanation;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;
import kz.iin.rules.json.SampleCase;

import org.junit.jupiter.api.Tag;

/**
 * The JSON case reader under arbitrary input, for Jazzer: it returns a case the rules decide, or throws a
 * {@link CaseFormatException} naming a field; any other exception escaping here is a finding. Half of the
 * inputs are a valid case with one value replaced by fuzzed text, so the fuzzer reaches every field; the
 * other half are raw bytes decoded as UTF-8 (malformed sequences included).
 *
 * <p>Under plain {@code mvn test} JUnit runs this once per stored input; {@link BoundedCaseJsonFuzzRunTest}
 * fuzzes it for a bounded time in a child JVM.
 */
@Tag("slow")
class CaseJsonFuzzTest {
    private static final String CASE = SampleCase.JSON;
    private static final String[] SLOTS = {"\"2014-03-01\"", "\"KZ\"", "true", "\"1975-03-04\"", "\"MALE\"",
        "\"ID_CARD\"", "\"1996-05-20\"", "false", "1", "2", "\"PHOTOS\"", "\"" + SampleCase.IIN + "\"", "{", "}", ","};

    @FuzzTest(maxDuration = "60s")
    void readsACaseOrNamesTheField(FuzzedDataProvider data) throws Exception {
        String json;
        if (data.consumeBoolean()) {
            String slot = SLOTS[data.consumeInt(0, SLOTS.length - 1)];
            int at = CASE.indexOf(slot, data.consumeInt(0, CASE.length() - 1));
            at = at < 0 ? CASE.indexOf(slot) : at;
            json = CASE.substring(0, at) + data.consumeString(200) + CASE.substring(at + slot.length());
        } else {
            byte[] bytes = data.consumeRemainingAsBytes();
            json = new String(bytes, StandardCharsets.UTF_8);
        }
        Case c;
        try {
            c = CaseJson.read(new InputStreamReader(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8));
        } catch (CaseFormatException e) {
            assertThat(e.field()).isNotBlank();
            assertThat(e.getMessage()).startsWith(e.field() + ": ").doesNotContain(SampleCase.IIN);
            return;
        }
        Decision d = EligibilityService.shared().decide(c);
        assertThat(CaseJson.read(CaseJson.write(c))).isEqualTo(c);
        assertThat(CaseJson.write(d)).isNotBlank();
        assertThat(Explanation.toText(d)).isNotBlank();
    }
}
