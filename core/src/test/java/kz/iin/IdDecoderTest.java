package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one-pass decoder gives exactly the answers of the String API, on the golden vectors and on random digits. */
class IdDecoderTest {
    private final IdDecoder decoder = new IdDecoder();

    @Test
    void agreesWithTheStringApiOnEveryGoldenVector() {
        List<String> inputs = new ArrayList<>();
        GoldenVectors.iin().forEach(v -> inputs.add(v.input()));
        GoldenVectors.bin().forEach(v -> inputs.add(v.input()));
        assertThat(inputs).hasSizeGreaterThan(50);
        inputs.forEach(this::assertAgrees);
    }

    @Test
    void agreesWithTheStringApiOnRandomDigits() {
        SplittableRandom random = new SplittableRandom(11);
        int valid = 0;
        for (int n = 0; n < 200_000; n++) {
            char[] c = new char[12];
            for (int i = 0; i < 12; i++) {
                c[i] = (char) ('0' + random.nextInt(10));
            }
            if (n % 3 == 0) {
                c[6] = (char) ('1' + random.nextInt(6)); // plausible century digit, so that many are valid
                c[2] = '0';
                c[4] = (char) ('0' + random.nextInt(7));
            }
            String s = new String(c);
            assertAgrees(s);
            valid += decoder.valid() ? 1 : 0;
        }
        assertThat(valid).as("enough valid numbers to compare the decoded fields").isGreaterThan(1000);
    }

    @Test
    void junkNeverThrowsAndNonAsciiDigitsAreNonDigits() {
        for (String s : new String[] {null, "", "90010130000", "9001013000071", "９００１０１３０００７", "90010130000\u0000",
            "900101 300007", "+90101300007"}) {
            assertAgrees(s);
        }
        assertThat(decoder.decode("９００１０１３００００７")).isFalse();
        assertThat(decoder.error()).isEqualTo(IdError.NON_DIGIT);
        for (byte notADigit : new byte[] {'/', ':', (byte) 0xB9, (byte) 0x80, 0}) {
            byte[] line = "900101300007".getBytes(StandardCharsets.US_ASCII);
            line[3] = notADigit;
            assertThat(decoder.decodeAscii(line, 0, 12)).isFalse();
            assertThat(decoder.error()).as("byte %d", notADigit).isEqualTo(IdError.NON_DIGIT);
        }
    }

    @Test
    void decodedFieldsOnlyWhenValid() {
        Iin iin = Iin.firstAssignable(LocalDate.of(1990, 1, 31), Sex.FEMALE, 5);
        assertThat(decoder.decode(iin.value())).isTrue();
        assertThat(decoder.birthYear()).isEqualTo(1990);
        assertThat(decoder.birthDay()).isEqualTo(31);
        assertThatThrownBy(decoder::entityType).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(decoder::registrationYear).isInstanceOf(IllegalStateException.class);
        decoder.decode("900101300008");
        assertThatThrownBy(decoder::birthYear).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CHECK_DIGIT_MISMATCH");
        decoder.decode(Bin.firstAssignable(YearMonth.of(1999, 12), EntityType.RESIDENT, Division.BRANCH, 7).value());
        assertThat(decoder.registrationYear()).isEqualTo(1999);
        assertThatThrownBy(decoder::birthYear).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BIN");
    }

    @Test
    void theDecodedFieldsAreReadWhenDecodedNotWhenAsked() {
        byte[] line = "x;900101300007;".getBytes(StandardCharsets.US_ASCII);
        assertThat(decoder.decodeAscii(line, 2, 12)).isTrue();
        line[2] = '8';
        line[8] = '6';
        assertThat(decoder.birthYear()).isEqualTo(1990);
        assertThat(decoder.sex()).isEqualTo(Sex.MALE);
    }

    private void assertAgrees(String s) {
        boolean valid = decoder.decode(s);
        assertThat(valid).as(s).isEqualTo(TaxpayerId.isValid(s));
        assertThat(decoder.error()).as(s).isEqualTo(TaxpayerId.check(s).orElse(null));
        assertThat(decoder.lenientError()).as(s).isEqualTo(TaxpayerId.checkLenient(s).orElse(null));
        assertThat(decoder.kind()).as(s).isEqualTo(TaxpayerId.kindOf(s).orElse(null));
        if (s != null) {
            byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
            if (new String(latin1, StandardCharsets.ISO_8859_1).equals(s)) {
                IdDecoder bytes = new IdDecoder();
                assertThat(bytes.decodeAscii(latin1, 0, latin1.length)).isEqualTo(valid);
                assertThat(bytes.error()).isEqualTo(decoder.error());
                assertThat(bytes.kind()).isEqualTo(decoder.kind());
                assertThat(bytes.lenientError()).isEqualTo(decoder.lenientError());
            }
        }
        if (!valid) {
            return;
        }
        TaxpayerId id = TaxpayerId.parse(s);
        if (id instanceof Iin iin) {
            assertThat(LocalDate.of(decoder.birthYear(), decoder.birthMonth(), decoder.birthDay()))
                    .isEqualTo(iin.birthDate());
            assertThat(decoder.sex()).isEqualTo(iin.sex());
        } else if (id instanceof Bin bin) {
            assertThat(YearMonth.of(decoder.registrationYear(), decoder.registrationMonth()))
                    .isEqualTo(bin.registered());
            assertThat(decoder.entityType()).isEqualTo(bin.type());
            assertThat(decoder.division()).isEqualTo(bin.division());
        }
    }
}
