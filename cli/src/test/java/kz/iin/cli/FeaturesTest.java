package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.iin.IdError;
import kz.iin.TaxpayerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The back-office features of issue 11: masking, rejects only, locations, JSON summary, column names, random data. */
class FeaturesTest {
    static final String IIN = CheckArgumentsTest.IIN;
    static final String BIN = CheckArgumentsTest.BIN;

    @TempDir
    Path dir;

    @Test
    void maskHidesIdentifiersInEveryFormat() throws IOException {
        Path ids = Files.writeString(dir.resolve("ids.txt"), IIN + "\n900101300008\n");
        for (String format : List.of("tsv", "json", "text")) {
            Cli.Result r = Cli.run("check", "--format", format, "--mask", "-q", ids.toString());
            assertThat(r.out()).as(format).doesNotContain(IIN).doesNotContain("900101300008")
                    .contains("********0007").contains("********0008");
        }
        assertThat(Cli.run("check", "--mask", IIN).out()).startsWith("********0007  IIN      valid");
        Path csv = Files.writeString(dir.resolve("p.csv"), "iin,name\n" + IIN + ",Anna\n");
        assertThat(Cli.run("check", "--column", "iin", "--mask", "-q", csv.toString()).out())
                .contains("********0007,Anna,IIN,true").doesNotContain(IIN);
    }

    @Test
    void onlyInvalidWithLocationTracesRejectsAcrossFiles() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), IIN + "\nbad\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "x\n" + BIN + "\n900101300008\n");
        Cli.Result r = Cli.run("check", "--format", "tsv", "--only-invalid", "--with-location", a.toString(), b.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines()).containsExactly(BatchTest.HEADER + "\tfile\tline",
                "bad\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t\t" + a + "\t2",
                "x\tUNKNOWN\tfalse\tWRONG_LENGTH\t\t\t\t\t\t" + b + "\t1",
                "900101300008\tIIN\tfalse\tCHECK_DIGIT_MISMATCH\t\t\t\t\t\t" + b + "\t3");
        assertThat(r.stderr()).contains("5 lines checked: 2 valid, 3 invalid");
        Cli.Result json = Cli.run("check", "--format", "json", "--only-invalid", "--with-location", "-q", a.toString());
        assertThat(json.out()).endsWith(",\"file\":\"" + a + "\",\"line\":2}\n");

        Path csv = Files.writeString(dir.resolve("p.csv"), "iin\n" + IIN + "\nbad\n");
        assertThat(Cli.run("check", "--column", "iin", "--only-invalid", "--with-location", "-q", csv.toString()).out())
                .isEqualTo("iin,iin_kind,iin_valid,iin_reason,iin_birth_date,iin_sex,iin_registered,iin_type,iin_division,"
                        + "iin_file,iin_record\r\nbad,UNKNOWN,false,WRONG_LENGTH,,,,,," + csv + ",3\r\n");
    }

    @Test
    void summaryJsonCountsPerKindAndReason() throws IOException {
        Path ids = Files.writeString(dir.resolve("ids.txt"), IIN + "\n" + BIN + "\n12\n\u00ff\n");
        Files.write(ids, new byte[] {'1', (byte) 0xC0, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Path json = dir.resolve("s.json");
        Cli.Result r = Cli.run("check", "--format", "tsv", "-q", "--summary-json", json.toString(), ids.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(Files.readString(json)).startsWith("{\"lines\":5,\"valid\":2,\"invalid\":3,"
                        + "\"kinds\":{\"IIN\":1,\"BIN\":1,\"UNKNOWN\":3},\"reasons\":{\"WRONG_LENGTH\":3,")
                .contains("\"invalid_utf8_lines\":1,\"elapsed_seconds\":");
        Cli.Result unwritable = Cli.run("check", "--format", "tsv", "--summary-json", dir.resolve("no/such/dir.json").toString(),
                ids.toString());
        assertThat(unwritable.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unwritable.stderr()).contains("cannot write the summary to").contains("No such file or directory");
        assertThat(unwritable.stdout()).isEmpty();
    }

    @Test
    void columnNamesMatchAnyCaseWhenUnambiguousAndDuplicatesAreAnError() throws IOException {
        Path csv = Files.writeString(dir.resolve("p.csv"), "Name,IIN,iin_old\n" + "Anna," + IIN + ",x\n");
        assertThat(Cli.run("check", "--column", "iin", "-q", csv.toString()).out()).contains("Anna," + IIN + ",x,IIN,true");
        Path dup = Files.writeString(dir.resolve("d.csv"), "iin,name,IIN\n" + IIN + ",Anna," + IIN + "\n");
        Cli.Result ambiguous = Cli.run("check", "--column", "Iin", dup.toString());
        assertThat(ambiguous.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(ambiguous.stderr()).contains("more than one column 'Iin': columns 1 ('iin'), 3 ('IIN')");
        assertThat(Cli.run("check", "--column", "IIN", "-q", dup.toString()).exit()).as("exact match wins").isZero();
        Path twice = Files.writeString(dir.resolve("t.csv"), "iin,iin\n" + IIN + "," + IIN + "\n");
        assertThat(Cli.run("check", "--column", "iin", twice.toString()).stderr())
                .contains("more than one column 'iin': columns 1 ('iin'), 2 ('iin')");
    }

    @Test
    void randomGenerationIsDeterministicStreamedAndHonoursItsOptions() {
        Cli.Result a = Cli.run("generate", "--random", "--count", "20000", "--seed", "42", "--from", "1980-02-29",
                "--to", "1980-03-01", "--sex", "F", "--invalid-share", "0.25");
        Cli.Result b = Cli.run("generate", "--random", "--count", "20000", "--seed", "42", "--from", "1980-02-29",
                "--to", "1980-03-01", "--sex", "F", "--invalid-share", "0.25");
        assertThat(a.exit()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        assertThat(a.stderr()).isEmpty();
        List<String> ids = a.lines();
        assertThat(ids).hasSize(20000);
        long invalid = ids.stream().filter(s -> !TaxpayerId.isValid(s)).count();
        assertThat(invalid).isBetween(4500L, 5500L);
        assertThat(ids.stream().filter(s -> !TaxpayerId.isValid(s)))
                .allMatch(s -> TaxpayerId.check(s).orElseThrow() == IdError.CHECK_DIGIT_MISMATCH);
        assertThat(ids).allMatch(s -> s.startsWith("800229") || s.startsWith("800301")).allMatch(s -> s.charAt(6) == '4');

        Cli.Result bins = Cli.run("generate", "--bin", "--random", "--count", "1000", "--seed", "1", "--from", "2001-01",
                "--to", "2001-02", "--type", "NON_RESIDENT");
        assertThat(bins.lines()).hasSize(1000).allMatch(TaxpayerId::isValid)
                .allMatch(s -> s.startsWith("0101") || s.startsWith("0102")).allMatch(s -> s.charAt(4) == '5');
        assertThat(Cli.run("generate", "--random", "--count", "3").stderr()).startsWith("iin: note: --seed ");
        assertThat(Cli.run("generate", "--seed", "1", "--birth-date", "1990-01-01", "--sex", "M").stderr())
                .contains("Missing required argument(s): --random"); // --seed is for --random
    }
}
