package kz.iin.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Input files by name, "-" meaning standard input; every failure names the file and says why. */
final class Inputs {
    static final String STDIN = "-";

    private Inputs() {
    }

    /** How a source is named in messages (file names are masked like identifiers, just in case). */
    static String name(String source) {
        return STDIN.equals(source) ? "stdin" : "'" + Redact.digits(source) + "'";
    }

    /** Fails before any output when a named file cannot be read, so a run never stops half-way for that. */
    static void requireReadable(List<String> sources) {
        for (String s : sources) {
            if (STDIN.equals(s)) {
                continue;
            }
            Path p = Path.of(s);
            if (Files.isDirectory(p)) {
                throw new CliException("cannot read " + name(s) + ": it is a directory");
            }
            if (!Files.exists(p)) {
                throw new CliException("cannot read " + name(s) + ": no such file"
                        + " (with --format or --column the arguments are files; '-' reads stdin)");
            }
            if (!Files.isReadable(p)) {
                throw new CliException("cannot read " + name(s) + ": permission denied");
            }
        }
    }

    static InputStream open(String source) {
        if (STDIN.equals(source)) {
            return new FileInputStream(FileDescriptor.in);
        }
        try {
            return Files.newInputStream(Path.of(source));
        } catch (NoSuchFileException e) {
            throw new CliException("cannot read " + name(source) + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliException("cannot read " + name(source) + ": permission denied");
        } catch (IOException e) {
            throw new CliException("cannot read " + name(source) + ": " + Failures.describe(e));
        }
    }

    /** Size in bytes of a regular file, or -1 (stdin, pipes). */
    static long size(String source) {
        if (STDIN.equals(source)) {
            return -1;
        }
        try {
            Path p = Path.of(source);
            return Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
