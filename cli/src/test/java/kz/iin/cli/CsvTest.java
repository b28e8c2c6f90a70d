package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTest {
    static final String IIN = CheckArgumentsTest.IIN;
    static final String BIN = CheckArgumentsTest.BIN;
    static final String RESULT_HEADER = "iin_kind,iin_valid,iin_reason,iin_birth_date,iin_sex,iin_registered,iin_type,iin_division";

    @Test
    void appendsResultColumnsKeepingRfc4180Quoting(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("people.csv"),
                "name,iin,note\r\n"
                        + "\"Smith, Anna\"," + IIN + ",\"says \"\"hi\"\"\"\r\n"
                        + "Org," + BIN + ",\"two\nlines\"\r\n"
                        + "Bad,900101300008,\r\n");
        Cli.Result r = Cli.run("check", "--column", "iin", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.out()).isEqualTo(
                "name,iin,note," + RESULT_HEADER + "\r\n"
                        + "\"Smith, Anna\"," + IIN + ",\"says \"\"hi\"\"\",IIN,true,,1990-01-01,M,,,\r\n"
                        + "Org," + BIN + ",\"two\nlines\",BIN,true,,,,2007-09,RESIDENT,BRANCH\r\n"
                        + "Bad,900101300008,,IIN,false,CHECK_DIGIT_MISMATCH,,,,,\r\n");
        assertThat(r.stderr()).contains("3 records checked: 2 valid, 1 invalid");
    }

    @Test
    void columnByNumberWithoutHeaderAndOtherDelimiter(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("ids.csv"), "a;" + IIN + "\nb;x\n");
        Cli.Result r = Cli.run("check", "--column", "2", "--delimiter", ";", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.out()).isEqualTo("a;" + IIN + ";IIN;true;;1990-01-01;M;;;\r\n"
                + "b;x;UNKNOWN;false;WRONG_LENGTH;;;;;\r\n");
    }

    @Test
    void stdinAndAllValid() {
        Cli.Result r = Cli.piped("id\n" + BIN + "\n", "check", "--column", "1", "--header", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(2);
    }

    @Test
    void malformedCsvIsAClearErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("broken.csv"), "id\n" + IIN + "\n\"unterminated," + IIN + "\n");
        Cli.Result r = Cli.run("check", "--column", "1", "--header", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        r.assertNoStackTrace();
        assertThat(r.stderr()).contains("'" + Redact.digits(csv.toString()) + "': the quote that opens a field on line 3 never closes");
        assertThat(r.stderr()).doesNotContain(IIN);
    }

    @Test
    void invalidUtf8InCsvIsAClearError(@TempDir Path dir) throws IOException {
        byte[] bytes = ("id\n" + IIN + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] withBad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, withBad, 0, bytes.length);
        withBad[bytes.length] = (byte) 0xC3;
        withBad[bytes.length + 1] = (byte) 0x28;
        withBad[bytes.length + 2] = '\n';
        Path csv = Files.write(dir.resolve("latin.csv"), withBad);
        Cli.Result r = Cli.run("check", "--column", "id", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        r.assertNoStackTrace();
        assertThat(r.stderr()).contains("is not valid UTF-8");
    }

    @Test
    void columnErrorsAreUsageErrors(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), "id\n" + IIN + "\n");
        Cli.Result noSuchName = Cli.run("check", "--column", "iin", csv.toString());
        assertThat(noSuchName.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noSuchName.stderr()).contains("no column named 'iin' in the header");

        Cli.Result zero = Cli.run("check", "--column", "0", csv.toString());
        assertThat(zero.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.stderr()).contains("--column must be a column number from 1");

        Cli.Result badDelimiter = Cli.run("check", "--column", "1", "--delimiter", "::", csv.toString());
        assertThat(badDelimiter.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(badDelimiter.stderr()).contains("--delimiter must be one ASCII character");

        Cli.Result withFormat = Cli.run("check", "--column", "1", "--format", "tsv", csv.toString());
        assertThat(withFormat.exit()).isEqualTo(ExitCode.USAGE);
        for (Cli.Result r : new Cli.Result[] {noSuchName, zero, badDelimiter, withFormat}) {
            r.assertNoStackTrace();
        }
    }

    @Test
    void shortRecordsArePaddedSoTheResultsStayInOnePlace(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("short.csv"), "a,b\nonly\n");
        Cli.Result r = Cli.run("check", "--column", "2", "--header", csv.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines().get(1)).isEqualTo("only,,UNKNOWN,false,WRONG_LENGTH,,,,,");
        assertThat(r.stderr()).contains("1 record had fewer fields than the first; padded");
    }
}
