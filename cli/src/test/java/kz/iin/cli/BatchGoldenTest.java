package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.iin.IdError;
import kz.iin.TaxpayerId;
import org.junit.jupiter.api.Test;

/** Core's golden vectors through the batch TSV output: the CLI reports exactly what core decides and decodes. */
class BatchGoldenTest {

    /** Vectors that fit on one line (a vector with a line break cannot be a line). */
    private static List<Golden.Row> oneLineVectors(List<Golden.Row> rows) {
        return rows.stream().filter(r -> r.input().indexOf('\n') < 0 && r.input().indexOf('\r') < 0).toList();
    }

    private static List<String[]> checkTsv(List<Golden.Row> vectors, String... options) {
        StringBuilder in = new StringBuilder();
        vectors.forEach(v -> in.append(v.input()).append('\n'));
        List<String> args = new ArrayList<>(List.of("check", "--format", "tsv", "-q"));
        args.addAll(List.of(options));
        args.add("-");
        Cli.Result r = Cli.piped(in.toString(), args.toArray(String[]::new));
        assertThat(r.exit()).isIn(ExitCode.OK, ExitCode.INVALID);
        List<String> lines = r.lines();
        assertThat(lines.get(0)).isEqualTo("input\tkind\tvalid\treason\tbirth_date\tsex\tregistered\ttype\tdivision");
        assertThat(lines).hasSize(vectors.size() + 1);
        return lines.subList(1, lines.size()).stream().map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void iinVectors() {
        List<Golden.Row> vectors = oneLineVectors(Golden.iinRows());
        assertThat(vectors).hasSizeGreaterThan(50);
        List<String[]> rows = checkTsv(vectors);
        for (int i = 0; i < vectors.size(); i++) {
            Golden.Row v = vectors.get(i);
            String[] row = rows.get(i);
            assertThat(row).as(v.input()).hasSize(9);
            String expected = TaxpayerId.check(v.input()).map(IdError::name).orElse("");
            assertThat(row[3]).as("reason of %s", v.input()).isEqualTo(expected);
            assertThat(row[2]).isEqualTo(expected.isEmpty() ? "true" : "false");
            if (v.reason().isEmpty()) {
                assertThat(row[1]).isEqualTo("IIN");
                assertThat(row[4]).as("birth date of %s", v.input()).isEqualTo(v.a());
                assertThat(row[5]).isEqualTo(v.b());
                assertThat(row[6] + row[7] + row[8]).isEmpty();
            } else if (!expected.isEmpty()) {
                assertThat(row[4] + row[5] + row[6] + row[7] + row[8]).isEmpty();
            }
        }
    }

    @Test
    void binVectors() {
        List<Golden.Row> vectors = oneLineVectors(Golden.binRows());
        assertThat(vectors).hasSizeGreaterThan(40);
        List<String[]> rows = checkTsv(vectors);
        for (int i = 0; i < vectors.size(); i++) {
            Golden.Row v = vectors.get(i);
            String[] row = rows.get(i);
            String expected = TaxpayerId.check(v.input()).map(IdError::name).orElse("");
            assertThat(row[3]).as("reason of %s", v.input()).isEqualTo(expected);
            if (v.reason().isEmpty()) {
                assertThat(row[1]).isEqualTo("BIN");
                assertThat(row[6]).isEqualTo(v.a());
                assertThat(row[7]).isEqualTo(v.b());
                assertThat(row[8]).isEqualTo(v.c());
                assertThat(row[4] + row[5]).isEmpty();
            }
        }
    }

    @Test
    void lenientVectors() {
        List<Golden.Row> vectors = oneLineVectors(Golden.iinRows());
        List<String[]> rows = checkTsv(vectors, "--lenient");
        for (int i = 0; i < vectors.size(); i++) {
            Golden.Row v = vectors.get(i);
            assertThat(rows.get(i)[3]).as("lenient reason of %s", v.input()).isEqualTo(v.lenientReason());
        }
    }
}
