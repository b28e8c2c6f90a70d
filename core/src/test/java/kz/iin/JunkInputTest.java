package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Junk never makes check/isValid throw, and always gets a reason; parse throws only InvalidIdException. */
class JunkInputTest {
    private static final String VALID = "900101300007";

    static Stream<Arguments> junk() {
        return Stream.of(
                Arguments.of("null", null, IdError.WRONG_LENGTH),
                Arguments.of("empty", "", IdError.WRONG_LENGTH),
                Arguments.of("11 digits", VALID.substring(0, 11), IdError.WRONG_LENGTH),
                Arguments.of("13 digits", VALID + "0", IdError.WRONG_LENGTH),
                Arguments.of("1 MB of digits", "1".repeat(1 << 20), IdError.WRONG_LENGTH),
                Arguments.of("1 MB of junk", "\u0000\uD800x".repeat(350_000), IdError.WRONG_LENGTH),
                Arguments.of("leading space", " " + VALID.substring(1), IdError.NON_DIGIT),
                Arguments.of("trailing newline", VALID.substring(0, 11) + "\n", IdError.NON_DIGIT),
                Arguments.of("fullwidth", shift(VALID, '\uFF10'), IdError.NON_DIGIT),
                Arguments.of("Arabic-Indic", shift(VALID, '\u0660'), IdError.NON_DIGIT),
                Arguments.of("Devanagari", shift(VALID, '\u0966'), IdError.NON_DIGIT),
                Arguments.of("superscript", VALID.substring(0, 11) + "²", IdError.NON_DIGIT),
                Arguments.of("letters", "abcdefghijkl", IdError.NON_DIGIT),
                Arguments.of("controls", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\n\u000B\u000C", IdError.NON_DIGIT),
                Arguments.of("lone low surrogate", VALID.substring(0, 11) + "\uDC00", IdError.NON_DIGIT),
                Arguments.of("surrogate pair", VALID.substring(0, 10) + "\uD83D\uDE00", IdError.NON_DIGIT),
                Arguments.of("plus sign", "+" + VALID.substring(1), IdError.NON_DIGIT),
                Arguments.of("char 0 below '0'", VALID.substring(0, 11) + "/", IdError.NON_DIGIT),
                Arguments.of("char just above '9'", VALID.substring(0, 11) + ":", IdError.NON_DIGIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("junk")
    void everyEntryPointGivesTheReasonWithoutThrowing(String name, String input, IdError reason) {
        assertThat(Iin.check(input)).isEqualTo(Optional.of(reason));
        assertThat(Bin.check(input)).isEqualTo(Optional.of(reason));
        assertThat(TaxpayerId.check(input)).isEqualTo(Optional.of(reason));
        assertThat(TaxpayerId.checkLenient(input)).isEqualTo(Optional.of(reason));
        assertThat(Iin.isValid(input)).isFalse();
        assertThat(Bin.isValid(input)).isFalse();
        assertThat(Iin.hasValidCheckDigit(input)).isFalse();
        assertThat(TaxpayerId.kindOf(input)).isEmpty();
        assertThatThrownBy(() -> Iin.parse(input)).isInstanceOf(InvalidIdException.class)
                .satisfies(e -> assertThat(((InvalidIdException) e).error()).isEqualTo(reason));
        assertThatThrownBy(() -> TaxpayerId.parse(input)).isInstanceOf(InvalidIdException.class);
        assertThat(TaxpayerId.mask(input)).isNotNull().hasSizeLessThanOrEqualTo(24);
    }

    /** The same digits in another Unicode digit block, which Character.isDigit would accept. */
    private static String shift(String asciiDigits, char zero) {
        StringBuilder out = new StringBuilder();
        asciiDigits.chars().forEach(c -> out.append((char) (zero + c - '0')));
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("junk")
    void stringBuilderInputBehavesLikeString(String name, String input, IdError reason) {
        if (input != null) {
            assertThat(Iin.check(new StringBuilder(input))).isEqualTo(Optional.of(reason));
        }
    }
}
