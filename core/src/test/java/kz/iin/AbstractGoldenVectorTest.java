package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden-vector contract every kind meets, written once (as commons-validator's AbstractCheckDigitTest):
 * a subclass names its vectors, its entry points and how a valid number decodes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractGoldenVectorTest {
    /** This kind's golden vectors. */
    abstract List<GoldenVectors.Vector> vectors();

    /** Every strict reason that can apply to this kind; the vectors must cover each. */
    abstract Set<IdError> reasonsThatApply();

    abstract Optional<IdError> check(String s);

    abstract boolean isValid(String s);

    abstract boolean hasValidCheckDigit(String s);

    abstract TaxpayerId parse(String s);

    abstract int computeCheckDigit(String first11Digits);

    /** Asserts that the decoded fields of a valid number equal the vector's columns. */
    abstract void assertDecodes(TaxpayerId id, GoldenVectors.Vector v);

    List<GoldenVectors.Vector> validVectors() {
        return vectors().stream().filter(v -> v.reason().isEmpty()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void strictReasonMatches(GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.reason());
        assertThat(check(v.input())).isEqualTo(expected);
        assertThat(isValid(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void lenientReasonMatches(GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.lenientReason());
        assertThat(TaxpayerId.checkLenient(v.input())).isEqualTo(expected);
        assertThat(hasValidCheckDigit(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void parseDecodesValidAndRejectsInvalidWithTheSameReason(GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.reason());
        if (expected.isPresent()) {
            InvalidIdException e = catchThrowableOfType(InvalidIdException.class, () -> parse(v.input()));
            assertThat(e).isNotNull();
            assertThat(e.error()).isEqualTo(expected.get());
            if (v.input().length() >= 12) {
                assertThat(e.getMessage()).doesNotContain(v.input());
            }
        } else {
            TaxpayerId id = parse(v.input());
            assertThat(id.value()).isEqualTo(v.input());
            assertDecodes(id, v);
        }
    }

    @ParameterizedTest
    @MethodSource("validVectors")
    void everyOtherTwelfthDigitIsAMismatch(GoldenVectors.Vector v) {
        String body = v.input().substring(0, 11);
        int check = computeCheckDigit(body);
        assertThat(check).isEqualTo(v.input().charAt(11) - '0');
        for (char wrong = '0'; wrong <= '9'; wrong++) {
            if (wrong - '0' != check) {
                assertThat(check(body + wrong)).as(body + wrong).contains(IdError.CHECK_DIGIT_MISMATCH);
            }
        }
    }

    @Test
    void vectorsCoverEveryReasonThatApplies() {
        Set<IdError> covered = vectors().stream().map(GoldenVectors.Vector::reason).filter(r -> !r.isEmpty())
                .map(IdError::valueOf).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(reasonsThatApply());
        assertThat(validVectors()).isNotEmpty();
    }

    static Optional<IdError> reason(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(IdError.valueOf(cell));
    }
}
