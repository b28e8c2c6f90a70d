package kz.iin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import kz.iin.Bin;
import kz.iin.Iin;
import org.junit.jupiter.api.Test;

/**
 * The comparison is fair only if the competitors compute the same answer on the benchmark inputs;
 * and the inputs are realistic only if most, not all, are valid. (Runs in `mvn verify`; the
 * benchmarks themselves do not.)
 */
class BaselinesAgreeTest {

    @Test
    void minimalLoopAndPeerStyleAgreeWithTheCoreOnEveryMixedInput() {
        for (String s : BenchInputs.mixedIins()) {
            boolean expected = Iin.isValid(s);
            assertThat(MinimalLoop.isValidIin(s)).as(s).isEqualTo(expected);
            assertThat(PeerStyleBaseline.isValid(s)).as(s).isEqualTo(expected);
        }
    }

    @Test
    void minimalLoopAgreesOnCalendarEdges() {
        for (String s : new String[] {"000229500012", "000229500000", "000229300000", "000229100000",
                "960229300000", "000431300000", "001301300000", "000100300000", "000132300000"}) {
            for (char check = '0'; check <= '9'; check++) {
                String candidate = s.substring(0, 11) + check;
                assertThat(MinimalLoop.isValidIin(candidate)).as(candidate).isEqualTo(Iin.isValid(candidate));
            }
        }
    }

    @Test
    void peerStyleDecodesTheSameBirthDate() {
        for (String s : BenchInputs.validIins()) {
            LocalDate peer = PeerStyleBaseline.parse(s).birthDate().toInstant()
                    .atZone(ZoneOffset.UTC).toLocalDate();
            assertThat(peer).as(s).isEqualTo(Iin.parse(s).birthDate());
        }
    }

    @Test
    void mixedInputsAreMostlyButNotAllValid() {
        long validIins = Arrays.stream(BenchInputs.mixedIins()).filter(Iin::isValid).count();
        long validBins = Arrays.stream(BenchInputs.mixedBins()).filter(Bin::isValid).count();
        assertThat(validIins).isBetween(BenchInputs.SIZE * 80L / 100, BenchInputs.SIZE * 95L / 100);
        assertThat(validBins).isBetween(BenchInputs.SIZE * 80L / 100, BenchInputs.SIZE * 95L / 100);
        assertThat(BenchInputs.validIins()).allMatch(Iin::isValid);
        assertThat(BenchInputs.validBins()).allMatch(Bin::isValid);
    }

    @Test
    void someBodiesNeedTheSecondPassOrHaveNoCheckDigit() {
        long none = Arrays.stream(BenchInputs.bodies(BenchInputs.validIins()))
                .filter(b -> Iin.computeCheckDigit(b) < 0).count();
        assertThat(none).isPositive();
    }
}
