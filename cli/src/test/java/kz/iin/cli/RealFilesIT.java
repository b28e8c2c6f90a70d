package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files back offices really have (issue 11, defects 1-9), each through the real launcher
 * {@code ./iin} and a real shell: pipes, FIFOs, byte order marks, other encodings, ragged CSV, huge
 * fields, full disks and closed pipes, and what the operating system says about unreadable files.
 */
class RealFilesIT {
    static final String IIN = CheckArgumentsIT.IIN;
    static final String BIN = CheckArgumentsIT.BIN;
    static final String ROW = IIN + "\tIIN\ttrue\t\t1990-01-01\tM\t\t\t";

    @TempDir
    Path dir;

    private Cli.Result sh(String script) {
        return Cli.shell(dir, script).assertNoStackTrace();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void pipesFifosAndProcessSubstitutionReadLikeStdin() throws IOException {
        write("ids.txt", IIN + "\n");
        for (String script : List.of(
                "$IIN check --format tsv -q <(cat ids.txt)",
                "cat ids.txt | $IIN check --format tsv -q /dev/stdin",
                "mkfifo f && { cat ids.txt > f & } && $IIN check --format tsv -q f",
                "$IIN check --format tsv -q - < ids.txt",
                "cat ids.txt | $IIN check --column 1 -q /dev/stdin | tr -d '\\r' | sed 's/,/\\t/g; s/^/&/'")) {
            Cli.Result r = sh(script);
            assertThat(r.exit()).as(script).isZero();
            assertThat(r.out()).as(script).contains(IIN);
            assertThat(r.stderr()).as(script).isEmpty();
        }
        Cli.Result piped = sh("printf '" + IIN + "\\n' | $IIN check");
        assertThat(piped.exit()).as("check reads stdin when it is not a terminal").isZero();
        assertThat(piped.out()).startsWith(IIN + "  IIN      valid");
    }

    @Test
    void aByteOrderMarkIsEncodingNotDataInEveryMode() throws IOException {
        Files.write(dir.resolve("bom.txt"), ("\uFEFF" + IIN + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("bom.csv"), ("\uFEFFiin,name\n" + IIN + ",Anna\n").getBytes(StandardCharsets.UTF_8));
        assertThat(sh("$IIN check --format tsv -q bom.txt").lines()).containsExactly(BatchIT.HEADER, ROW);
        assertThat(sh("$IIN check --format json -q bom.txt").out()).startsWith("{\"input\":\"" + IIN + "\",\"kind\":\"IIN\",\"valid\":true");
        assertThat(sh("$IIN check --format text -q bom.txt").out()).startsWith(IIN + "  IIN      valid");
        Cli.Result csv = sh("$IIN check --column iin -q bom.csv");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).startsWith("iin,name,iin_kind,").contains(IIN + ",Anna,IIN,true,");
    }

    @Test
    void invisibleFormatCharactersAreShownInText() {
        Cli.Result r = Cli.run("check", "\uFEFF" + IIN, IIN + "\u200B", "a\u2028b\u0085");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.lines()).hasSize(3);
        assertThat(r.lines().get(0)).startsWith("<U+FEFF>" + IIN + "  UNKNOWN  invalid");
        assertThat(r.lines().get(1)).startsWith(IIN + "<U+200B>  UNKNOWN");
        assertThat(r.lines().get(2)).startsWith("a<U+2028>b\\x85");
    }

    @Test
    void windows1251AndUtf16FromExcel() throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        String table = "ИИН;Фамилия\r\n" + IIN + ";Әлиев\r\n" + BIN + ";Иванова\r\n";
        // Kazakh letters are not in Windows-1251: only the Russian ones for the 1251 file.
        Files.write(dir.resolve("ru.csv"), table.replace("Әлиев", "Алиев").getBytes(cp1251));
        Cli.Result r = sh("$IIN check --column ИИН --delimiter ';' --encoding windows-1251 ru.csv");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("ИИН;Фамилия;iin_kind;").contains(IIN + ";Алиев;IIN;true;");

        Cli.Result noEncoding = sh("$IIN check --column 1 --delimiter ';' ru.csv");
        assertThat(noEncoding.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(noEncoding.stderr()).contains("line 1 is not valid UTF-8").contains("--encoding windows-1251");

        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = table.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, utf16, 0, 2);
        System.arraycopy(body, 0, utf16, 2, body.length);
        Files.write(dir.resolve("unicode.csv"), utf16);
        Cli.Result u = sh("$IIN check --column ИИН --delimiter ';' unicode.csv");
        assertThat(u.exit()).isZero();
        assertThat(u.out()).contains(IIN + ";Әлиев;IIN;true;");
    }

    @Test
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
        Cli.Result r = sh("$IIN check --column 1 --header big.csv | wc -l");
        assertThat(r.stderr()).contains("line 200002 is not valid UTF-8").contains("--encoding windows-1251");
        assertThat(r.out().trim()).isEqualTo("200001"); // the header and every record before the bad line

        Files.write(dir.resolve("lines.txt"), ("1\n2\n3\nA\u00C0B\n").getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result lines = sh("$IIN check --format tsv lines.txt");
        assertThat(lines.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(lines.stderr()).contains("1 line was not valid UTF-8 (first: 'lines.txt' line 4)")
                .contains("--encoding windows-1251");
    }

    @Test
    void aSpreadsheetIsNamedAsOne() throws IOException {
        Files.write(dir.resolve("people.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        for (String mode : List.of("--column 1", "--format tsv")) {
            Cli.Result r = sh("$IIN check " + mode + " people.xlsx");
            assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
            assertThat(r.stderr()).contains("'people.xlsx' is a spreadsheet (.xlsx), not text").contains("CSV UTF-8");
            assertThat(r.stdout()).isEmpty();
        }
    }

    @Test
    void aColumnBeyondEveryRecordIsAUsageErrorAndRaggedRecordsKeepTheResultsInOnePlace() throws IOException {
        write("two.csv", "a," + IIN + "\nb," + BIN + "\n");
        Cli.Result beyond = sh("$IIN check --column 3 two.csv");
        assertThat(beyond.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(beyond.stderr()).contains("--column 3 is beyond the last column: the first record of 'two.csv' has 2 fields");
        assertThat(beyond.stdout()).isEmpty();

        write("ragged.csv", "name,iin\nAnna," + IIN + ",extra\nshort\nOrg," + BIN + "\n");
        Cli.Result r = sh("$IIN check --column iin ragged.csv");
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
    void csvFieldsAreCappedAndAnUnclosedQuoteNamesTheLineItOpened() throws IOException {
        Cli.Result zero = sh("$IIN check --column 1 /dev/zero");
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
        Cli.Result quote = sh("$IIN check --column 1 -q quote.csv > /dev/null");
        assertThat(quote.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(quote.stderr()).contains("the quoted field opened on line 100002 is longer than 16 MiB");
    }

    @Test
    void writeErrorsAndClosedPipesBehaveTheSameForEveryCommand() throws IOException {
        write("case.json", DecideAndDemoIT.CASE.formatted(IIN, "2"));
        write("ids.txt", IIN + "\n");
        for (String command : List.of("check " + IIN, "check --format tsv ids.txt", "check --column 1 ids.txt",
                "generate --birth-date 1990-01-01 --sex M", "decide case.json", "--help", "check --help", "--version")) {
            Cli.Result full = sh("$IIN " + command + " > /dev/full");
            assertThat(full.exit()).as(command + " > /dev/full").isEqualTo(ExitCode.USAGE);
            assertThat(full.stderr()).as(command).contains("iin: cannot write the output: No space left on device");

            Cli.Result closed = sh("$IIN " + command + " | { exec 0<&-; sleep 0; }; echo ${PIPESTATUS[0]}");
            // The reader is gone before the JVM writes: EPIPE, reported as SIGPIPE would be.
            assertThat(closed.out().trim()).as(command + " | (closed)").isEqualTo("141");
            assertThat(closed.stderr()).as(command).isEmpty();
        }
        Cli.Result head = sh("$IIN generate --random --count 10000000 --seed 1 | head -1; echo ${PIPESTATUS[0]}");
        assertThat(head.lines()).hasSize(2);
        assertThat(head.lines().get(1)).isEqualTo("141");
    }

    @Test
    void generateValidatesTheCountBeforeAnyWorkAndNeverMasksIt() {
        for (String count : List.of("1000000000", "2147483647", "100000000000")) {
            long started = System.nanoTime();
            Cli.Result r = Cli.run("generate", "--birth-date", "1990-01-01", "--sex", "M", "--count", count);
            assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
            assertThat(r.stderr()).contains("only 9,9").contains("IINs exist").contains("nothing printed")
                    .contains(String.format("--count %,d", Long.parseLong(count))).doesNotContain("*");
            assertThat(r.stdout()).isEmpty();
            assertThat((System.nanoTime() - started) / 1e9).as("no allocation of the whole list first").isLessThan(20);
        }
        Cli.Result huge = Cli.run("generate", "--random", "--count", "99999999999999999999");
        assertThat(huge.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(huge.stderr()).contains("the count must be at most 9,223,372,036,854,775,807").doesNotContain("*");
    }

    @Test
    void cannotReadSaysWhatTheOperatingSystemSaid() throws IOException {
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
        Cli.Result loop = sh("$IIN check --format tsv loop");
        assertThat(loop.stderr()).contains("cannot read 'loop': Too many levels of symbolic links");
        Cli.Result empty = sh("$IIN check --format tsv ''");
        assertThat(empty.stderr()).contains("cannot read '': No such file or directory");
        Cli.Result decide = sh("$IIN decide nonexist.json");
        assertThat(decide.stderr()).isEqualTo("iin: cannot read 'nonexist.json': No such file or directory\n");
        for (Cli.Result r : List.of(loop, empty, decide)) {
            assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        }
        // Permissions mean nothing to root: run that one as nobody (runuser), else say it was not run.
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("ids.txt"), IIN + "\n");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
            System.err.println("SKIPPED the permission case: running as root without runuser");
            return;
        }
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        String as = root ? "runuser -u nobody -- " : "";
        Cli.Result denied = sh(as + "java -jar " + Cli.JAR + " check --format tsv locked/ids.txt");
        assertThat(denied.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(denied.stderr()).contains("cannot read 'locked/ids.txt': Permission denied");
    }

    @Test
    void csvOnlyOptionsAreRejectedOutsideCsvMode() throws IOException {
        write("ids.txt", IIN + "\n");
        for (String options : List.of("--header --format tsv ids.txt", "--delimiter ';' --format json ids.txt",
                "--header " + IIN, "--delimiter tab -")) {
            Cli.Result r = sh("$IIN check " + options);
            assertThat(r.exit()).as(options).isEqualTo(ExitCode.USAGE);
            assertThat(r.stderr()).as(options).contains("is for CSV mode: add --column N|NAME");
            assertThat(r.stdout()).isEmpty();
        }
    }
}
