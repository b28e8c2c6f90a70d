package kz.iin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import kz.iin.Bin;
import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.InvalidIdException;
import kz.iin.Kind;
import kz.iin.TaxpayerId;
import org.junit.jupiter.api.Tag;

/**
 * The core's contract under arbitrary input, for Jazzer. Any exception escaping here — from the
 * core or from a failed assertion — is a finding.
 *
 * <p>Under plain {@code mvn verify} JUnit runs this once per stored input (regression mode);
 * {@link BoundedFuzzRunTest} fuzzes it for a bounded time in a child JVM. Jazzer fuzzes one
 * {@code @FuzzTest} per run, so every property sits behind this one method.
 */
@Tag("slow")
class CorePropertiesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void contractHoldsForAnyInput(FuzzedDataProvider data) {
        EdgeCases.Input input = EdgeCases.next(data);
        String s = input.text();

        Iin iin = holds(s, Iin::check, Iin::isValid, Iin::hasValidCheckDigit, Iin::parse);
        Bin bin = holds(s, Bin::check, Bin::isValid, Bin::hasValidCheckDigit, Bin::parse);
        TaxpayerId any = holds(s, TaxpayerId::check, TaxpayerId::isValid, TaxpayerId::hasValidCheckDigit,
                TaxpayerId::parse);

        // The two kinds never overlap, and the kind-blind entry points agree with the typed ones.
        assertThat(iin == null || bin == null).as("valid as both kinds").isTrue();
        assertThat(any == null).isEqualTo(iin == null && bin == null);
        if (any != null) {
            assertThat(any).isEqualTo(iin != null ? iin : bin);
            assertThat(TaxpayerId.kindOf(s)).contains(any.kind());
        }
        decoderAgrees(s, any);
        if (iin != null) {
            assertThat(Iin.of(iin.birthDate(), iin.sex(), iin.serial())).isEqualTo(iin);
            assertThat(iin.kind()).isEqualTo(Kind.IIN);
        }
        if (bin != null) {
            assertThat(Bin.of(bin.registered(), bin.type(), bin.division(), bin.serial())).isEqualTo(bin);
        }

        // Lenient level: one rule for all three entry points, and consistent with checkDigit.
        boolean lenient = TaxpayerId.hasValidCheckDigit(s);
        assertThat(TaxpayerId.checkLenient(s).isEmpty()).isEqualTo(lenient);
        checkDigitAgrees(s, lenient);

        compactHolds(input);
        maskHolds(s);

        // Any CharSequence gives the same answers as its String.
        if (s.length() <= 64) {
            StringBuilder sb = new StringBuilder(s);
            assertThat(Iin.check(sb)).isEqualTo(Iin.check(s));
            assertThat(Bin.check(sb)).isEqualTo(Bin.check(s));
            assertThat(TaxpayerId.check(sb)).isEqualTo(TaxpayerId.check(s));
        }
    }

    /** The batch decoder answers as the String API does, from the String and from its bytes. */
    private static void decoderAgrees(String s, TaxpayerId any) {
        IdDecoder decoder = new IdDecoder();
        assertThat(decoder.decode(s)).isEqualTo(any != null);
        assertThat(decoder.error()).isEqualTo(TaxpayerId.check(s).orElse(null));
        assertThat(decoder.lenientError()).isEqualTo(TaxpayerId.checkLenient(s).orElse(null));
        assertThat(decoder.kind()).isEqualTo(TaxpayerId.kindOf(s).orElse(null));
        if (any instanceof Iin iin) {
            assertThat(LocalDate.of(decoder.birthYear(), decoder.birthMonth(), decoder.birthDay()))
                    .isEqualTo(iin.birthDate());
            assertThat(decoder.sex()).isEqualTo(iin.sex());
        } else if (any instanceof Bin bin) {
            assertThat(YearMonth.of(decoder.registrationYear(), decoder.registrationMonth())).isEqualTo(bin.registered());
            assertThat(decoder.entityType()).isEqualTo(bin.type());
            assertThat(decoder.division()).isEqualTo(bin.division());
        }
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
        if (new String(latin1, StandardCharsets.ISO_8859_1).equals(s)) {
            IdDecoder bytes = new IdDecoder();
            assertThat(bytes.decodeAscii(latin1, 0, latin1.length)).isEqualTo(any != null);
            assertThat(bytes.error()).isEqualTo(decoder.error());
            assertThat(bytes.lenientError()).isEqualTo(decoder.lenientError());
        }
    }

    /**
     * The shared properties of one kind: check never throws; isValid is check's emptiness; validity
     * implies the lenient level, a parse that round-trips and keeps the text; invalidity gives a
     * parse exception with check's reason and a message that does not echo the input.
     *
     * @return the parsed value, or null when {@code s} is not valid
     */
    private static <T extends TaxpayerId> T holds(String s, Function<CharSequence, Optional<IdError>> check,
            Predicate<CharSequence> isValid, Predicate<CharSequence> hasValidCheckDigit,
            Function<CharSequence, T> parse) {
        Optional<IdError> reason = check.apply(s);
        boolean valid = isValid.test(s);
        assertThat(valid).as("isValid(s) == check(s).isEmpty()").isEqualTo(reason.isEmpty());
        if (valid) {
            assertThat(hasValidCheckDigit.test(s)).as("isValid implies hasValidCheckDigit").isTrue();
            T parsed = parse.apply(s);
            assertThat(parsed.value()).isEqualTo(s);
            assertThat(parse.apply(parsed.value())).isEqualTo(parsed);
            assertThat(parsed.toString()).doesNotContain(s);
            return parsed;
        }
        InvalidIdException failure = catchThrowableOfType(InvalidIdException.class, () -> parse.apply(s));
        assertThat(failure).as("parse of an invalid input throws InvalidIdException").isNotNull();
        assertThat(failure.error()).isEqualTo(reason.get());
        if (s.length() >= 12 && asciiDigits(s) >= 8) {
            // Digit-bearing input only: a message template could itself contain a crafted non-number.
            assertThat(failure.getMessage()).as("message echoes the input").doesNotContain(s);
        }
        return null;
    }

    private static void checkDigitAgrees(String s, boolean lenient) {
        if (s.length() == 12 && asciiDigits(s) == 12) {
            int expected = Iin.computeCheckDigit(s.substring(0, 11));
            assertThat(Bin.computeCheckDigit(s.substring(0, 11))).isEqualTo(expected);
            assertThat(lenient).isEqualTo(expected == s.charAt(11) - '0');
        } else if (s.length() >= 11) {
            String body = s.substring(0, 11);
            int digits = asciiDigits(body);
            if (digits < 11) {
                Throwable thrown = catchThrowable(() -> Iin.computeCheckDigit(body));
                assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
                if (digits >= 8) {
                    assertThat(thrown.getMessage()).doesNotContain(body);
                }
            }
        }
    }

    /** compact never throws, removes exactly the documented separators, and is idempotent. */
    private static void compactHolds(EdgeCases.Input input) {
        String s = input.text();
        String compacted = TaxpayerId.compact(s);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (!isSeparator(s.charAt(i))) {
                expected.append(s.charAt(i));
            }
        }
        assertThat(compacted).isEqualTo(expected.toString());
        assertThat(compacted).doesNotContain(" ", "-");
        assertThat(TaxpayerId.compact(compacted)).isEqualTo(compacted);
        if (input.shape() == EdgeCases.Shape.SEPARATED) {
            assertThat(compacted).isEqualTo(input.source());
            assertThat(TaxpayerId.isValid(compacted)).isTrue();
        }
    }

    /**
     * mask shows at most the last four characters (none of an input under 9 characters), and only
     * the length of an input over 16. (Not "never contains the input": the fuzzer found that a run
     * of asterisks masks to itself.)
     */
    private static void maskHolds(String s) {
        String masked = TaxpayerId.mask(s);
        int length = s.length();
        if (length > 16) {
            assertThat(masked).isEqualTo("<" + length + " characters>");
        } else {
            int shown = Math.max(0, Math.min(4, length - 8));
            assertThat(masked).isEqualTo("*".repeat(length - shown) + s.substring(length - shown));
        }
    }

    private static boolean isSeparator(char c) {
        for (char separator : EdgeCases.SEPARATORS) {
            if (c == separator) {
                return true;
            }
        }
        return false;
    }

    private static int asciiDigits(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }
}
