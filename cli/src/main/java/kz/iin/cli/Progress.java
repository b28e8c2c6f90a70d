package kz.iin.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for a whole run (all its inputs), redrawn at most five times a
 * second, fitted to the terminal's width, with lines, rate and, when the total size is known, percent
 * and time left. Erased when the run ends, and on Ctrl-C.
 */
final class Progress {
    /**
     * How often the bar is redrawn. The end-to-end tests set {@code -Diin.progress.redraw-ms=0} (through
     * JAVA_OPTS) so that a run that ends within the first interval still draws its bar.
     */
    private static final long REDRAW_NANOS = Long.getLong("iin.progress.redraw-ms", 200L) * 1_000_000L;
    private static final int DEFAULT_COLUMNS = 80;

    private final PrintStream err;
    private final long totalBytes;
    private final int columns;
    private final long started = System.nanoTime();
    private long lastDraw = started;
    private boolean drawn;
    /** Erased for good: a redraw racing the exit (Ctrl-C) must not put the bar back. */
    private boolean erased;
    private final Thread eraseOnExit = new Thread(this::erase, "iin-progress-erase");

    private Progress(PrintStream err, long totalBytes, int columns) {
        this.err = err;
        this.totalBytes = totalBytes;
        this.columns = columns;
        Runtime.getRuntime().addShutdownHook(eraseOnExit);
    }

    /**
     * A bar for a run over {@code totalBytes} ({@code -1} when unknown, e.g. a pipe), or null when none
     * should be shown.
     */
    static Progress start(PrintStream err, long totalBytes, boolean shown) {
        return shown ? new Progress(err, totalBytes, columns()) : null;
    }

    /** The terminal width: COLUMNS (the launcher exports it when stderr is a terminal), else 80. */
    static int columns() {
        String value = String.valueOf(System.getenv("COLUMNS")).trim();
        int n = value.matches("[0-9]{1,4}") ? Integer.parseInt(value) : DEFAULT_COLUMNS;
        return n >= 20 ? n : DEFAULT_COLUMNS;
    }

    /** Called every thousand lines or so; redraws when due. */
    synchronized void update(String label, long bytes, long lines) {
        long now = System.nanoTime();
        if (erased || now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print(line(label, bytes, lines, (now - started) / 1e9));
        err.flush();
        drawn = true;
    }

    /** The bar as drawn: CR, then at most {@code columns - 1} characters (a full line would wrap). */
    String line(String label, long bytes, long lines, double seconds) {
        String stat = String.format(Locale.ROOT, "  %,d lines  %,d lines/s", lines, seconds > 0 ? (long) (lines / seconds) : 0);
        String percent = "";
        if (totalBytes > 0) {
            percent = String.format(Locale.ROOT, "%3d%%", (int) Math.min(100, bytes * 100 / totalBytes));
            if (bytes > 0 && bytes < totalBytes && seconds > 0.3) {
                long left = (long) (seconds * (totalBytes - bytes) / bytes);
                stat += String.format(Locale.ROOT, "  ETA %d:%02d", left / 60, left % 60);
            }
        }
        int room = columns - 1;
        // Room for the ETA is kept from the start, so the name does not jump when the ETA appears.
        int eta = totalBytes > 0 && !stat.contains("ETA") ? 11 : 0;
        int free = room - percent.length() - stat.length() - eta;
        // The name comes first (at least 12 characters when it can), then a bar of at least 5.
        int labelWidth = Math.max(0, Math.min(Math.min(30, label.length()), Math.max(Math.min(12, free - 1), free - 9)));
        String name = fit(label, labelWidth);
        StringBuilder out = new StringBuilder(columns + 8).append('\r').append(name);
        int barWidth = free - name.length() - 4;
        if (totalBytes > 0 && barWidth >= 5) {
            int filled = (int) (barWidth * Math.min(bytes, totalBytes) / totalBytes);
            out.append(" [").append("#".repeat(filled)).append(" ".repeat(barWidth - filled)).append("] ");
        } else {
            out.append(' ');
        }
        out.append(percent).append(stat);
        if (out.length() - 1 > room) {
            out.setLength(room + 1);
        }
        return out.append("\033[K").toString();
    }

    /** {@code s} in at most {@code width} characters, shortened in the middle with an ellipsis. */
    static String fit(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        if (width < 5) {
            return width <= 0 ? "" : s.substring(s.length() - width);
        }
        int tail = (width - 1) / 2;
        return s.substring(0, width - 1 - tail) + "\u2026" + s.substring(s.length() - tail);
    }

    /** Erases the bar (the summary follows on a clean line). */
    void done() {
        erase();
        try {
            Runtime.getRuntime().removeShutdownHook(eraseOnExit);
        } catch (IllegalStateException shuttingDown) {
            // already exiting: the hook erases
        }
    }

    private synchronized void erase() {
        erased = true;
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
