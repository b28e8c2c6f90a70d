package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden-vector contract, written once and run for both kinds (the shape of commons-validator's
 * AbstractCheckDigitTest, with the kinds as data instead of subclasses): each kind names its vectors,
 * the reasons that apply to it, its entry points, and how a valid number decodes into the files' columns.
 */
class GoldenVectorTest {
    /** What differs between the kinds; everything else below is the same contract. */
    record KindUnderTest(Kind kind, List<GoldenVectors.Vector> vectors, Set<IdError> reasonsThatApply,
            Function<String, Optional<IdError>> check, Predicate<String> isValid, Predicate<String> hasValidCheckDigit,
            Function<String, TaxpayerId> parse, ToIntFunction<String> computeCheckDigit,
            Function<TaxpayerId, Map<String, String>> decodedColumns) {

        @Override
        public String toString() {
            return kind.name();
        }
    }

    static final KindUnderTest IIN = new KindUnderTest(Kind.IIN, GoldenVectors.iin(),
            EnumSet.of(IdError.WRONG_LENGTH, IdError.NON_DIGIT, IdError.INVALID_CENTURY_SEX_DIGIT,
                    IdError.INVALID_BIRTH_DATE, IdError.NO_CHECK_DIGIT, IdError.CHECK_DIGIT_MISMATCH),
            Iin::check, Iin::isValid, Iin::hasValidCheckDigit, Iin::parse, Iin::computeCheckDigit,
            id -> {
                Iin iin = (Iin) id;
                return Map.of("birth_date", iin.birthDate().toString(), "sex", iin.sex().code(),
                        "century", String.valueOf(iin.century()), "serial", String.valueOf(iin.serial()));
            });

    static final KindUnderTest BIN = new KindUnderTest(Kind.BIN, GoldenVectors.bin(),
            EnumSet.of(IdError.WRONG_LENGTH, IdError.NON_DIGIT, IdError.INVALID_REGISTRATION_MONTH,
                    IdError.INVALID_ENTITY_TYPE, IdError.INVALID_DIVISION, IdError.NO_CHECK_DIGIT,
                    IdError.CHECK_DIGIT_MISMATCH),
            Bin::check, Bin::isValid, Bin::hasValidCheckDigit, Bin::parse, Bin::computeCheckDigit,
            id -> {
                Bin bin = (Bin) id;
                return Map.of("registered", bin.registered().toString(), "type", bin.type().name(),
                        "division", bin.division().name(), "serial", String.valueOf(bin.serial()));
            });

    static Stream<KindUnderTest> kinds() {
        return Stream.of(IIN, BIN);
    }

    static Stream<Arguments> vectors() {
        return kinds().flatMap(k -> k.vectors().stream().map(v -> Arguments.of(k, v)));
    }

    static Stream<Arguments> validVectors() {
        return kinds().flatMap(k -> k.vectors().stream().filter(v -> v.reason().isEmpty()).map(v -> Arguments.of(k, v)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vectors")
    void strictReasonMatches(KindUnderTest k, GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.reason());
        assertThat(k.check().apply(v.input())).isEqualTo(expected);
        assertThat(k.isValid().test(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vectors")
    void lenientReasonMatches(KindUnderTest k, GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.lenientReason());
        assertThat(TaxpayerId.checkLenient(v.input())).isEqualTo(expected);
        assertThat(k.hasValidCheckDigit().test(v.input())).isEqualTo(expected.isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("vectors")
    void parseDecodesValidAndRejectsInvalidWithTheSameReason(KindUnderTest k, GoldenVectors.Vector v) {
        Optional<IdError> expected = reason(v.reason());
        if (expected.isPresent()) {
            InvalidIdException e = catchThrowableOfType(InvalidIdException.class, () -> k.parse().apply(v.input()));
            assertThat(e).isNotNull();
            assertThat(e.error()).isEqualTo(expected.get());
            if (v.input().length() >= 12) {
                assertThat(e.getMessage()).doesNotContain(v.input());
            }
            return;
        }
        TaxpayerId id = k.parse().apply(v.input());
        assertThat(id.value()).isEqualTo(v.input());
        assertThat(id.kind()).isEqualTo(k.kind());
        int written = id instanceof Iin iin ? iin.checkDigit() : ((Bin) id).checkDigit();
        assertThat(written).isEqualTo(k.computeCheckDigit().applyAsInt(v.input().substring(0, 11)));
        k.decodedColumns().apply(id).forEach((column, decoded) -> assertThat(decoded).as(column).isEqualTo(v.get(column)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("validVectors")
    void everyOtherTwelfthDigitIsAMismatch(KindUnderTest k, GoldenVectors.Vector v) {
        String body = v.input().substring(0, 11);
        int check = k.computeCheckDigit().applyAsInt(body);
        assertThat(check).isEqualTo(v.input().charAt(11) - '0');
        for (char wrong = '0'; wrong <= '9'; wrong++) {
            if (wrong - '0' != check) {
                assertThat(k.check().apply(body + wrong)).as(body + wrong).contains(IdError.CHECK_DIGIT_MISMATCH);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void vectorsCoverEveryReasonThatApplies(KindUnderTest k) {
        Set<IdError> covered = k.vectors().stream().map(GoldenVectors.Vector::reason).filter(r -> !r.isEmpty())
                .map(IdError::valueOf).collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(k.reasonsThatApply());
        assertThat(k.vectors()).anyMatch(v -> v.reason().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyDecodedColumnIsInTheFile(KindUnderTest k) {
        GoldenVectors.Vector valid = k.vectors().stream().filter(v -> v.reason().isEmpty()).findFirst().orElseThrow();
        assertThat(valid.columns()).containsAll(k.decodedColumns().apply(k.parse().apply(valid.input())).keySet());
    }

    @Test
    void constructorsValidateToo() {
        assertThatThrownBy(() -> new Iin("900101300008")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> new Iin(null)).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> new Bin("990151000008")).isInstanceOf(InvalidIdException.class);
        assertThatThrownBy(() -> new Bin(null)).isInstanceOf(InvalidIdException.class);
    }

    static Optional<IdError> reason(String cell) {
        return cell.isEmpty() ? Optional.empty() : Optional.of(IdError.valueOf(cell));
    }
}
