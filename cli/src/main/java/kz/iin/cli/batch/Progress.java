package kz.iin.cli.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr, only when stderr is a terminal and the input size is known (a file).
 * Redrawn at most five times a second.
 */
public final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long totalBytes;
    private final String label;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream err, long totalBytes, String label) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.label = label;
        this.lastDraw = System.nanoTime();
    }

    /** A bar for a file of {@code size} bytes, or null when no bar should be shown. */
    public static Progress forFile(PrintStream err, long size, String label) {
        return size > 0 && stderrIsTerminal() ? new Progress(err, size, label) : null;
    }

    /**
     * IIN_PROGRESS=1/0 forces it (the launcher sets it from {@code [ -t 2 ]}); otherwise, on Linux, asks
     * where file descriptor 2 points. Java itself cannot tell whether stderr alone is a terminal.
     */
    static boolean stderrIsTerminal() {
        String forced = System.getenv("IIN_PROGRESS");
        if (forced != null) {
            return forced.equals("1");
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Called every few thousand lines; redraws when due. */
    public void update(long bytes, long lines) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int percent = (int) Math.min(100, bytes * 100 / totalBytes);
        int filled = percent * WIDTH / 100;
        StringBuilder bar = new StringBuilder(80).append('\r').append(label).append(" [");
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '#' : ' ');
        }
        bar.append("] ").append(percent).append("%  ").append(lines).append(" lines");
        err.print(bar);
        err.flush();
        drawn = true;
    }

    /** Erases the bar. */
    public void done() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
