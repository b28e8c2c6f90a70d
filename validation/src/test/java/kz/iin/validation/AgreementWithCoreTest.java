package kz.iin.validation;

import static kz.iin.validation.Validators.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import kz.iin.Sex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A million generated values through {@code @Iin} and {@code @Iin(lenient = true)}: each verdict equals
 * the core's. A third of the values are valid numbers, a third the same with one digit changed, a third
 * random digits, so every branch of the rules is taken many times.
 */
@Tag("slow")
class AgreementWithCoreTest {
    static final int VALUES = 1_000_000;

    record Form(@Iin String strict, @Iin(lenient = true) String lenient) {
    }

    @Test
    void aMillionGeneratedValuesAgreeWithIinIsValid() {
        SplittableRandom random = new SplittableRandom(20261201L);
        int valid = 0;
        for (int i = 0; i < VALUES; i++) {
            String value = generate(random, i % 3);
            boolean strictValid = kz.iin.Iin.isValid(value);
            boolean lenientValid = kz.iin.Iin.hasValidCheckDigit(value);
            var violations = VALIDATOR.validate(new Form(value, value));
            boolean strictReported = violations.stream().anyMatch(v -> v.getPropertyPath().toString().equals("strict"));
            boolean lenientReported = violations.stream().anyMatch(v -> v.getPropertyPath().toString().equals("lenient"));
            if (strictReported == strictValid || lenientReported == lenientValid) {
                throw new AssertionError("constraint and core disagree on generated value #" + i);
            }
            valid += strictValid ? 1 : 0;
        }
        // The mix really exercises both outcomes.
        assertThat(valid).isBetween(VALUES / 4, VALUES / 2);
    }

    private static String generate(SplittableRandom random, int shape) {
        LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1800, 1, 1).toEpochDay(),
                LocalDate.of(2099, 12, 31).toEpochDay()));
        String issued = kz.iin.Iin.firstAssignable(birth, random.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                random.nextInt(9000)).value();
        switch (shape) {
            case 0:
                return issued;
            case 1:
                char[] digits = issued.toCharArray();
                int position = random.nextInt(12);
                digits[position] = (char) ('0' + (digits[position] - '0' + 1 + random.nextInt(9)) % 10);
                return new String(digits);
            default:
                StringBuilder any = new StringBuilder(12);
                for (int i = 0; i < 12; i++) {
                    any.append((char) ('0' + random.nextInt(10)));
                }
                return any.toString();
        }
    }
}
