package kz.iin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The check columns give, for every golden vector, its reasons and what it encodes, spelled as the vectors spell them. */
class CheckColumnTest {
    private final IdDecoder decoder = new IdDecoder();
    private final String[] strictRow = new String[CheckColumn.values().length];
    private final String[] lenientRow = new String[CheckColumn.values().length];

    @Test
    void labelsInOrder() {
        assertThat(List.of(CheckColumn.values())).extracting(CheckColumn::label).containsExactly("kind", "valid",
                "reason", "birth_date", "sex", "registered", "type", "division");
    }

    @Test
    void everyGoldenVectorStrictAndLenient() {
        check(GoldenVectors.iin(), Kind.IIN, List.of(CheckColumn.BIRTH_DATE, CheckColumn.SEX));
        check(GoldenVectors.bin(), Kind.BIN, List.of(CheckColumn.REGISTERED, CheckColumn.TYPE, CheckColumn.DIVISION));
    }

    /** One row reused over every vector (its templates with them) writes what fill says, separated, as TSV would. */
    @Test
    void aReusedRowWritesEveryVectorAsFillSpellsIt() {
        CheckColumn.Row row = new CheckColumn.Row();
        byte[] written = new byte[CheckColumn.Row.MAX_LENGTH];
        for (GoldenVectors.Vector v : Stream.concat(GoldenVectors.iin().stream(), GoldenVectors.bin().stream()).toList()) {
            for (boolean lenient : new boolean[] {false, true}) {
                decoder.decode(v.input());
                CheckColumn.fill(decoder, lenient, strictRow);
                row.fill(decoder, lenient);
                StringBuilder expected = new StringBuilder();
                for (String value : strictRow) {
                    expected.append('\t').append(value == null ? "" : value);
                }
                int end = row.write((byte) '\t', written, 0);
                assertThat(new String(written, 0, end, StandardCharsets.US_ASCII)).as(v + " lenient " + lenient)
                        .isEqualTo(expected.toString());
            }
        }
    }

    private void check(List<GoldenVectors.Vector> vectors, Kind kind, List<CheckColumn> decoded) {
        for (GoldenVectors.Vector v : vectors) {
            decoder.decode(v.input());
            CheckColumn.fill(decoder, false, strictRow);
            CheckColumn.fill(decoder, true, lenientRow);
            // The files judge each vector as their kind; the columns judge it as its 5th digit says, as TaxpayerId does.
            String strict = TaxpayerId.check(v.input()).map(IdError::name).orElse(null);
            assertThat(strictRow[CheckColumn.REASON.ordinal()]).as(v.toString()).isEqualTo(strict);
            assertThat(strictRow[CheckColumn.VALID.ordinal()]).isEqualTo(String.valueOf(strict == null));
            String lenient = TaxpayerId.checkLenient(v.input()).map(IdError::name).orElse(null);
            assertThat(lenientRow[CheckColumn.REASON.ordinal()]).as(v.toString()).isEqualTo(lenient);
            assertThat(strictRow[CheckColumn.KIND.ordinal()])
                    .isEqualTo(TaxpayerId.kindOf(v.input()).map(Kind::name).orElse("UNKNOWN"));
            for (CheckColumn c : CheckColumn.values()) {
                String value = lenientRow[c.ordinal()];
                if (strict != null && c.ordinal() > CheckColumn.REASON.ordinal()) {
                    assertThat(value).as(v + " " + c).isNull(); // nothing decoded unless strictly valid, even when lenient
                } else if (strict == null && v.reason().isEmpty() && decoded.contains(c)) {
                    assertThat(value).as(v + " " + c).isEqualTo(v.get(c.label()));
                }
            }
            if (strict == null && v.reason().isEmpty()) {
                assertThat(decoder.kind()).isEqualTo(kind);
            }
        }
    }
}
