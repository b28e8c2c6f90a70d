package kz.iin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stdin or stderr is a terminal: Java cannot tell for one stream alone, so ask Linux where the descriptor points. */
final class Terminal {
    private Terminal() {
    }

    static boolean stdin() {
        return isTerminal(0);
    }

    static boolean stderr() {
        return isTerminal(2);
    }

    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
