package kz.iin.validation;

import static kz.iin.validation.Validators.VALIDATOR;
import static kz.iin.validation.Validators.pathsAndMessages;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each place a constraint may stand: field, getter, record component, type argument, parameter, return value. */
class ConstraintTargetsTest {
    static final String VALID_IIN = "900101300007";
    static final String WRONG_CHECK_DIGIT_IIN = "900101300008";
    static final String VALID_BIN = "990151000007";
    static final String WRONG_CHECK_DIGIT_BIN = "990151000008";
    static final String MISMATCH = "check digit (12th digit) does not match";

    static class Person {
        @Iin
        String iin;

        Person(String iin) {
            this.iin = iin;
        }
    }

    static class Company {
        private final StringBuilder bin;

        Company(String bin) {
            this.bin = new StringBuilder(bin);
        }

        @Bin
        public StringBuilder getBin() {
            return bin;
        }
    }

    record Applicant(@TaxpayerId String id, List<@Iin String> children, Map<String, @Bin String> employers) {
    }

    static class Registry {
        @Iin
        public String find(@Bin String bin, @Iin(lenient = true) String iin) {
            return iin;
        }
    }

    @Test
    void aField() {
        assertThat(VALIDATOR.validate(new Person(VALID_IIN))).isEmpty();
        assertThat(pathsAndMessages(VALIDATOR.validate(new Person(WRONG_CHECK_DIGIT_IIN))))
                .containsExactly("iin: is not a valid IIN: " + MISMATCH);
    }

    @Test
    void aGetterReturningAnotherCharSequence() {
        assertThat(VALIDATOR.validate(new Company(VALID_BIN))).isEmpty();
        assertThat(pathsAndMessages(VALIDATOR.validate(new Company(WRONG_CHECK_DIGIT_BIN))))
                .containsExactly("bin: is not a valid BIN: " + MISMATCH);
    }

    @Test
    void recordComponentsAndTypeArguments() {
        Applicant valid = new Applicant(VALID_BIN, List.of(VALID_IIN), Map.of("first", VALID_BIN));
        assertThat(VALIDATOR.validate(valid)).isEmpty();

        Applicant invalid = new Applicant("900101300009", List.of(VALID_IIN, WRONG_CHECK_DIGIT_IIN),
                Map.of("first", WRONG_CHECK_DIGIT_BIN));
        assertThat(pathsAndMessages(VALIDATOR.validate(invalid))).containsExactly(
                "children[1].<list element>: is not a valid IIN: " + MISMATCH,
                "employers[first].<map value>: is not a valid BIN: " + MISMATCH,
                "id: is not a valid IIN or BIN: " + MISMATCH);
    }

    @Test
    void methodParametersAndReturnValue() throws NoSuchMethodException {
        Registry registry = new Registry();
        Method find = Registry.class.getMethod("find", String.class, String.class);
        // 7th digit 7 is never issued, but its check digit matches: lenient accepts it, strict does not.
        String reservedCenturyDigit = "900101700002";

        assertThat(VALIDATOR.forExecutables().validateParameters(registry, find,
                new Object[] {VALID_BIN, reservedCenturyDigit})).isEmpty();
        Set<ConstraintViolation<Registry>> parameters = VALIDATOR.forExecutables().validateParameters(registry, find,
                new Object[] {VALID_IIN, WRONG_CHECK_DIGIT_IIN});
        assertThat(pathsAndMessages(parameters)).containsExactly(
                "find.arg0: is not a valid BIN: entity type (5th digit) is not 4, 5 or 6",
                "find.arg1: is not a valid IIN: " + MISMATCH);
        assertThat(pathsAndMessages(VALIDATOR.forExecutables().validateReturnValue(registry, find,
                reservedCenturyDigit))).containsExactly("find.<return value>: is not a valid IIN: "
                        + "7th digit (century and sex) is not 1-6");
    }

    @Test
    void nullIsValidEverywhere() {
        assertThat(VALIDATOR.validate(new Person(null))).isEmpty();
        assertThat(VALIDATOR.validate(new Applicant(null, java.util.Arrays.asList(VALID_IIN, null), Map.of()))).isEmpty();
    }

    @Test
    void emptyAndJunkAreInvalidWithTheirReason() {
        assertThat(pathsAndMessages(VALIDATOR.validate(new Person("")))).containsExactly(
                "iin: is not a valid IIN: not 12 characters long");
        String fullwidthDigits = VALID_IIN.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '\uFF10')))
                .collect(java.util.stream.Collectors.joining());
        assertThat(pathsAndMessages(VALIDATOR.validate(new Person(fullwidthDigits))))
                .containsExactly("iin: is not a valid IIN: contains a character other than the ASCII digits 0-9");
    }
}
