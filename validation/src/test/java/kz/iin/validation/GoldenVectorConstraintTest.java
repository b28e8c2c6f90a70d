package kz.iin.validation;

import static kz.iin.validation.Validators.VALIDATOR;
import static kz.iin.validation.Validators.messagesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.iin.GoldenVectors;
import kz.iin.IdError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared golden vectors through the constraints: the same verdict and the same reason as the core. */
class GoldenVectorConstraintTest {
    record Strict(@Iin String iin, @Bin String bin) {
    }

    record Lenient(@Iin(lenient = true) String iin) {
    }

    static List<GoldenVectors.Vector> iinVectors() {
        return GoldenVectors.iin();
    }

    static List<GoldenVectors.Vector> binVectors() {
        return GoldenVectors.bin();
    }

    @ParameterizedTest
    @MethodSource("iinVectors")
    void iin(GoldenVectors.Vector v) {
        assertThat(messagesOf(VALIDATOR.validate(new Strict(v.input(), null)))).containsExactlyElementsOf(
                expected("is not a valid IIN", v.reason()));
        assertThat(messagesOf(VALIDATOR.validate(new Lenient(v.input())))).containsExactlyElementsOf(
                expected("is not a valid IIN", v.lenientReason()));
    }

    @ParameterizedTest
    @MethodSource("binVectors")
    void bin(GoldenVectors.Vector v) {
        assertThat(messagesOf(VALIDATOR.validate(new Strict(null, v.input())))).containsExactlyElementsOf(
                expected("is not a valid BIN", v.reason()));
    }

    private static List<String> expected(String kind, String reason) {
        return reason.isEmpty() ? List.of() : List.of(kind + ": " + IdError.valueOf(reason).description());
    }
}
