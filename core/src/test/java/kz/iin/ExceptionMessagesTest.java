package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No exception message carries the number or anything that completes it. Over the golden vectors and every
 * single-digit mutation of each valid one (check-digit mutations included), through every parsing entry
 * point: a message never contains the input or its first 11 digits, and inputs with the same reason and
 * shape get the very same message, so no digit of the input and no expected digit can be in it.
 */
class ExceptionMessagesTest {
    private static final Map<String, Function<String, ?>> PARSERS = Map.of(
            "Iin.parse", Iin::parse, "Bin.parse", Bin::parse, "TaxpayerId.parse", TaxpayerId::parse,
            "new Iin", Iin::new, "new Bin", Bin::new);

    record Failure(String parser, String input, InvalidIdException exception) {
        /**
         * What a message may depend on: the entry point and the kind it names (TaxpayerId.parse says IIN or BIN
         * by the 5th digit), the reason, the length, where a stray character is.
         */
        String shape() {
            String kind = exception.getMessage().substring(0, exception.getMessage().indexOf(':'));
            int nonDigit = input.length() == 12 ? Validation.firstNonDigit(input, 12) : -2;
            return parser + " " + kind + " " + exception.error() + " length " + input.length()
                    + " non-digit at " + nonDigit;
        }
    }

    private static List<String> inputs() {
        List<String> inputs = new ArrayList<>();
        Stream.concat(GoldenVectors.iin().stream(), GoldenVectors.bin().stream()).forEach(v -> {
            inputs.add(v.input());
            if (v.reason().isEmpty()) {
                for (int position = 0; position < 12; position++) {
                    for (char d = '0'; d <= '9'; d++) {
                        if (v.input().charAt(position) != d) {
                            char[] mutated = v.input().toCharArray();
                            mutated[position] = d;
                            inputs.add(new String(mutated));
                        }
                    }
                }
            }
        });
        return inputs;
    }

    private static List<Failure> failures() {
        List<Failure> failures = new ArrayList<>();
        for (String input : inputs()) {
            PARSERS.forEach((name, parse) -> {
                try {
                    parse.apply(input);
                } catch (InvalidIdException e) {
                    failures.add(new Failure(name, input, e));
                }
            });
        }
        return failures;
    }

    @Test
    void noMessageContainsTheNumberOrItsFirstElevenDigits() {
        List<Failure> failures = failures();
        assertThat(failures).hasSizeGreaterThan(10_000);
        for (Failure f : failures) {
            if (f.input().isEmpty()) {
                continue;
            }
            assertThat(f.exception().getMessage()).as("%s(%s)", f.parser(), f.input())
                    .doesNotContain(f.input())
                    .satisfies(m -> {
                        if (f.input().length() >= 11) {
                            assertThat(m).doesNotContain(f.input().substring(0, 11));
                        }
                    });
        }
    }

    @Test
    void inputsWithTheSameReasonAndShapeGetTheSameMessage() {
        Map<String, TreeSet<String>> messagesByShape = new HashMap<>();
        for (Failure f : failures()) {
            messagesByShape.computeIfAbsent(f.shape(), k -> new TreeSet<>()).add(f.exception().getMessage());
        }
        assertThat(messagesByShape.get("Iin.parse IIN CHECK_DIGIT_MISMATCH length 12 non-digit at -1"))
                .as("every check-digit mismatch, whatever the digits").hasSize(1);
        messagesByShape.forEach((shape, messages) -> assertThat(messages).as(shape).hasSize(1));
    }

    @Test
    void theMismatchMessageNamesNoDigitAtAll() {
        Iin valid = Iin.parse("900101300007");
        for (char d = '0'; d <= '9'; d++) {
            if (d != '7') {
                String mistyped = valid.value().substring(0, 11) + d;
                InvalidIdException e = catchThrowableOfType(InvalidIdException.class, () -> Iin.parse(mistyped));
                assertThat(e.getMessage()).isEqualTo("IIN: expected the check digit of digits 1-11 as the 12th digit");
            }
        }
    }
}
