package kz.iin.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The standard streams of one run: the process's own, or (in tests) bytes in and captured bytes out.
 * Commands use these, never {@code System.in/out/err}, so that a test runs them in-process.
 */
final class Streams {
    final InputStream in;
    final Stdout out;
    /** Text on stdout (help, decisions), UTF-8 and buffered: Main flushes it. */
    final PrintStream print;
    final PrintStream err;
    final boolean stdinIsTerminal;
    final boolean stderrIsTerminal;

    Streams(InputStream in, OutputStream out, PrintStream err, boolean stdinIsTerminal, boolean stderrIsTerminal) {
        this.in = in;
        this.out = new Stdout(out);
        this.print = new PrintStream(new BufferedOutputStream(this.out, 1 << 16), false, StandardCharsets.UTF_8);
        this.err = err;
        this.stdinIsTerminal = stdinIsTerminal;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    static Streams system() {
        return new Streams(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                isTerminal(0), isTerminal(2));
    }

    /** Java cannot tell for one stream alone, so ask Linux where the descriptor points. */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
