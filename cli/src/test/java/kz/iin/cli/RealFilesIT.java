package kz.iin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a real shell and the launcher {@code ./iin} show: pipes, FIFOs and process substitution,
 * full disks and closed pipes, and a file another user may not read. The files themselves (byte order
 * marks, encodings, ragged CSV) are {@link RealFilesTest}'s.
 */
class RealFilesIT {
    static final String IIN = CheckArgumentsTest.IIN;
    static final String BIN = CheckArgumentsTest.BIN;
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
    void writeErrorsAndClosedPipesBehaveTheSameForEveryCommand() throws IOException {
        write("case.json", DecideAndDemoTest.CASE.formatted(IIN, "2"));
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
    void cannotReadSaysWhatTheOperatingSystemSaid() throws IOException {
        // Permissions mean nothing to root: run as nobody (runuser), from a copy of the jar nobody can read,
        // since the checkout may sit in a directory closed to other users (/root, mktemp -d).
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("ids.txt"), IIN + "\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root && !Files.isExecutable(Path.of("/usr/sbin/runuser"))) {
            System.err.println("SKIPPED: the permission case needs runuser when the tests run as root");
            return;
        }
        Path jar = Files.copy(Cli.JAR, dir.resolve("iin-cli.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String as = root ? "runuser -u nobody -- " : "";
        Cli.Result denied = sh(as + "java -jar iin-cli.jar check --format tsv locked/ids.txt");
        assertThat(denied.exit()).as(denied.stderr()).isEqualTo(ExitCode.USAGE);
        assertThat(denied.stderr()).contains("cannot read 'locked/ids.txt': Permission denied");
    }
}
