package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files back offices really have (issue 11): byte order marks, other encodings, ragged CSV, huge
 * fields, spreadsheets. Pipes, FIFOs, full disks and closed pipes are {@link RealFilesIT}'s.
 */
class RealFilesTest {
    static final String IIN = CheckArgumentsTest.IIN;
    static final String BIN = CheckArgumentsTest.BIN;
    static final String ROW = IIN + "\tIIN\ttrue\t\t1990-01-01\tM\t\t\t";

    @TempDir
    Path dir;

    /** Runs iin with the arguments split at spaces, each naming a file of {@link #dir} when one exists. */
    private Cli.Result iin(String args) {
        String[] a = args.split(" ");
        for (int i = 0; i < a.length; i++) {
            if (Files.exists(dir.resolve(a[i])) && !a[i].isEmpty()) {
                a[i] = dir.resolve(a[i]).toString();
            }
        }
        return Cli.run(a).assertNoStackTrace();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aByteOrderMarkIsEncodingNotDataInEveryMode() throws IOException {
        Files.write(dir.resolve("bom.txt"), ("\uFEFF" + IIN + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bom.csv"), ("\uFEFFiin,name\n" + IIN + ",Anna\n").getBytes(StandardCharsets.UTF_8));
        assertThat(iin("check --format tsv -q bom.txt").lines()).containsExactly(BatchTest.HEADER, ROW);
        assertThat(iin("check --format json -q bom.txt").out()).startsWith("{\"input\":\"" + IIN + "\",\"kind\":\"IIN\",\"valid\":true");
        assertThat(iin("check --format text -q bom.txt").out()).startsWith(IIN + "  IIN      valid");
        Cli.Result csv = iin("check --column iin -q bom.csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).startsWith("iin,name,iin_kind,").contains(IIN + ",Anna,IIN,true,");
    }

    @Test
    void invisibleFormatCharactersAreShownInText() {
        Cli.Result r = Cli.run("check", "\uFEFF" + IIN, IIN + "\u200B", "a\u2028b\u0085", "\u2067" + IIN + "\u2069");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0)).startsWith("<U+FEFF>" + IIN + "  UNKNOWN  invalid");
        assertThat(r.lines().get(1)).startsWith(IIN + "<U+200B>  UNKNOWN");
        assertThat(r.lines().get(2)).startsWith("a<U+2028>b\\x85");
        assertThat(r.lines().get(3)).startsWith("<U+2067>" + IIN + "<U+2069>  UNKNOWN"); // a bidi isolate
    }

    @Test
    void windows1251AndUtf16FromExcel() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        String table = "ИИН;Фамилия\r\n" + IIN + ";Әлиев\r\n" + BIN + ";Иванова\r\n";
        // Kazakh letters are not in Windows-1251: only the Russian ones for the 1251 file.
        Files.write(dir.resolve("ru.csv"), table.replace("Әлиев", "Алиев").getBytes(cp1251));
        Cli.Result r = iin("check --column ИИН --delimiter ; --encoding windows-1251 ru.csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ИИН;Фамилия;iin_kind;").contains(IIN + ";Алиев;IIN;true;");

        Cli.Result noEncoding = iin("check --column 1 --delimiter ; ru.csv");
        assertThat(noEncoding.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noEncoding.stderr()).contains("line 1 is not valid UTF-8").contains("--encoding windows-1251");

        Cli.Result lines = iin("check --format tsv --encoding windows-1251 -q ru.csv");
        assertThat(lines.lines()).hasSize(4).element(2).asString().startsWith(IIN + ";Алиев\tUNKNOWN");

        byte[] body = table.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[2 + body.length];
        utf16[0] = (byte) 0xFF;
        utf16[1] = (byte) 0xFE;
        System.arraycopy(body, 0, utf16, 2, body.length);
        Files.write(dir.resolve("unicode.csv"), utf16);
        Cli.Result u = iin("check --column ИИН --delimiter ; unicode.csv");
        assertThat(u.exit()).isZero();
        assertThat(u.out()).contains(IIN + ";Әлиев;IIN;true;");

        Files.write(dir.resolve("bad.txt"), new byte[] {'1', '\n', (byte) 0x98, '\n'}); // 0x98 is no letter in 1251
        assertThat(iin("check --format tsv --encoding windows-1251 bad.txt").stderr())
                .contains("bad.txt' is not valid windows-1251: line 2 has bytes that are not text in that encoding");
    }

    @Test
    @Tag("slow")
    void notUtf8IsReportedOnItsLineWithNothingAfterIt() throws IOException {
        StringBuilder b = new StringBuilder("id\n");
        for (int i = 2; i <= 200_001; i++) {
            b.append(IIN).append('\n');
        }
        byte[] good = b.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[good.length + 5];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(new byte[] {'A', (byte) 0xC0, 'B', '\n', '1'}, 0, file, good.length, 5); // bad bytes on line 200,002
        Files.write(dir.resolve("big.csv"), file);
        Cli.Result r = iin("check --column 1 --header big.csv");
        assertThat(r.stderr()).contains("line 200002 is not valid UTF-8").contains("--encoding windows-1251");
        assertThat(r.lines()).hasSize(200_001); // the header and every record before the bad line

        Files.write(dir.resolve("lines.txt"), ("1\n2\n3\nA\u00C0B\n").getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result lines = iin("check --format tsv lines.txt");
        assertThat(lines.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(lines.stderr()).contains("1 line was not valid UTF-8 (first: '" + Redact.digits(dir.resolve("lines.txt").toString()) + "' line 4)")
                .contains("--encoding windows-1251");
    }

    @Test
    void aSpreadsheetIsNamedAsOne() throws IOException {
        Files.write(dir.resolve("people.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        for (String mode : List.of("--column 1", "--format tsv")) {
            Cli.Result r = iin("check " + mode + " people.xlsx");
            assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
            assertThat(r.stderr()).contains("people.xlsx' is a spreadsheet (.xlsx), not text").contains("CSV UTF-8");
            assertThat(r.stdout()).isEmpty();
        }
    }

    @Test
    void aColumnBeyondEveryRecordIsAUsageErrorAndRaggedRecordsKeepTheResultsInOnePlace() throws IOException {
        write("two.csv", "a," + IIN + "\nb," + BIN + "\n");
        Cli.Result beyond = iin("check --column 3 two.csv");
        assertThat(beyond.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(beyond.stderr()).contains("--column 3 is beyond the last column: the first record of '")
                .contains("two.csv' has 2 fields");
        assertThat(beyond.stdout()).isEmpty();

        write("ragged.csv", "name,iin\nAnna," + IIN + ",extra\nshort\nOrg," + BIN + "\n");
        Cli.Result r = iin("check --column iin ragged.csv");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.out().split("\r\n")).containsExactly(
                "name,iin,iin_kind,iin_valid,iin_reason,iin_birth_date,iin_sex,iin_registered,iin_type,iin_division",
                "Anna," + IIN + ",IIN,true,,1990-01-01,M,,,,extra",
                "short,,UNKNOWN,false,WRONG_LENGTH,,,,,",
                "Org," + BIN + ",BIN,true,,,,2007-09,RESIDENT,BRANCH");
        assertThat(r.stderr()).contains("1 record had fewer fields than the first; padded")
                .contains("1 record had more fields than the first; the extra fields follow the result columns");
    }

    @Test
    @Tag("slow")
    void csvFieldsAreCappedAndAnUnclosedQuoteNamesTheLineItOpened() throws IOException {
        Cli.Result zero = Cli.run("check", "--column", "1", "/dev/zero");
        assertThat(zero.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.stderr()).contains("'/dev/zero': the record on line 1 is longer than 16 MiB");

        StringBuilder b = new StringBuilder("id,note\n");
        for (int i = 0; i < 100_000; i++) {
            b.append(IIN).append(",fine\n");
        }
        b.append(IIN).append(",\"opened here\n");
        for (int i = 0; i < 1_500_000; i++) {
            b.append(IIN).append(",no quote closes it\n");
        }
        write("quote.csv", b.toString());
        Cli.Result quote = iin("check --column 1 -q quote.csv");
        assertThat(quote.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(quote.stderr()).contains("the quoted field opened on line 100002 is longer than 16 MiB");
    }

    @Test
    void generateValidatesTheCountBeforeAnyWorkAndNeverMasksIt() {
        for (String count : List.of("1000000000", "2147483647", "100000000000")) {
            Cli.Result r = Cli.run("generate", "--birth-date", "1990-01-01", "--sex", "M", "--count", count);
            assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
            assertThat(r.stderr()).contains("only 9,9").contains("IINs exist").contains("nothing printed")
                    .contains(String.format("--count %,d", Long.parseLong(count))).doesNotContain("*");
            assertThat(r.stdout()).isEmpty();
        }
        Cli.Result huge = Cli.run("generate", "--random", "--count", "99999999999999999999");
        assertThat(huge.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(huge.stderr()).contains("the count must be at most 9,223,372,036,854,775,807").doesNotContain("*");
    }

    @Test
    void cannotReadSaysWhatTheOperatingSystemSaid() throws IOException {
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        assertThat(Cli.run("check", "--format", "tsv", dir.resolve("loop").toString()).stderr())
                .contains("loop': Too many levels of symbolic links");
        assertThat(Cli.run("check", "--format", "tsv", "").stderr()).contains("cannot read '': No such file or directory");
        Cli.Result decide = Cli.run("decide", "nonexist.json");
        assertThat(decide.stderr()).isEqualTo("iin: cannot read 'nonexist.json': No such file or directory\n");
        assertThat(decide.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void csvOnlyOptionsAreRejectedOutsideCsvMode() throws IOException {
        write("ids.txt", IIN + "\n");
        for (String options : List.of("--header --format tsv ids.txt", "--delimiter ; --format json ids.txt",
                "--header " + IIN, "--delimiter tab -")) {
            Cli.Result r = iin("check " + options);
            assertThat(r.exit()).as(options).isEqualTo(ExitCode.USAGE);
            assertThat(r.stderr()).as(options).contains("is for CSV mode: add --column N|NAME");
            assertThat(r.stdout()).isEmpty();
        }
    }
}
