package kz.iin.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.iin.GoldenVectors;
import org.junit.jupiter.api.Test;

/** The one-pass row writer says exactly what the column model says, column by column, for every golden vector. */
class ResultColumnTest {
    @Test
    void writeAllIsTheColumnsOneByOne() {
        List<String> inputs = new ArrayList<>();
        GoldenVectors.iin().forEach(v -> inputs.add(v.input()));
        GoldenVectors.bin().forEach(v -> inputs.add(v.input()));
        inputs.add("");
        assertThat(inputs).hasSizeGreaterThan(50);
        int decoded = 0;
        for (boolean lenient : new boolean[] {false, true}) {
            CheckResult r = new CheckResult(lenient, false);
            for (String input : inputs) {
                r.check(input);
                decoded += r.decoded() ? 1 : 0;
                byte[] fast = new byte[ResultColumn.ROW_BYTES];
                int n = ResultColumn.writeAll(r, fast, 0, (byte) '\t');
                StringBuilder slow = new StringBuilder();
                for (ResultColumn c : ResultColumn.all()) {
                    slow.append('\t').append(c.text(r));
                }
                assertThat(new String(fast, 0, n, StandardCharsets.US_ASCII)).as(input).isEqualTo(slow.toString());
                assertThat(slow.toString().split("\t", -1)).hasSize(ResultColumn.all().length + 1);
            }
        }
        assertThat(decoded).isGreaterThan(10);
    }

    @Test
    void headersComeFromTheModel() {
        assertThat(TsvRows.headerLine(RowOptions.PLAIN))
                .isEqualTo("input\tkind\tvalid\treason\tbirth_date\tsex\tregistered\ttype\tdivision\n");
        assertThat(ResultColumn.headers("iin_", ResultColumn.CSV_LOCATION)).endsWith("iin_division", "iin_file", "iin_record");
    }
}
