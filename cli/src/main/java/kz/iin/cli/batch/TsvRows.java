package kz.iin.cli.batch;

import java.io.IOException;

/**
 * TSV with a header: {@code input} then the {@link ResultColumn}s (then file and line with
 * {@code --with-location}).
 *
 * <p>The input column is the line exactly, minus its line ending; only the three characters that
 * would break the columns or be ambiguous are escaped, as in the common "linear TSV" convention:
 * TAB as {@code \t}, a stray CR as {@code \r}, backslash as {@code \\}.
 */
public final class TsvRows implements RowWriter {
    private static final int FAST_MAX_INPUT = 4096;
    /** Room for the result columns after the input: every value plus its TAB, and the LF. */
    private static final int TAIL = ResultColumn.all().length * (ResultColumn.MAX_VALUE_BYTES + 1) + 1;

    private final ByteSink out;
    private final RowOptions options;

    public TsvRows(ByteSink out, RowOptions options) {
        this.out = out;
        this.options = options;
    }

    /** The header line, as the writer prints it. */
    public static String headerLine(RowOptions options) {
        return "input\t" + String.join("\t", ResultColumn.headers("", options.withLocation() ? ResultColumn.LOCATION : java.util.List.of())) + "\n";
    }

    @Override
    public void header() throws IOException {
        out.utf8(headerLine(options));
    }

    @Override
    public void row(LineReader line, CheckResult r, String file, long lineNumber) throws IOException {
        if (options.mask()) {
            text(options.shown(line.text()));
        } else if (r.valid() && line.isAscii()) {
            // A valid input holds only digits (with --compact also spaces and hyphens): nothing to escape.
            out.write(line.bytes(), line.start(), line.length());
        } else if (line.isAscii() && line.length() <= FAST_MAX_INPUT) {
            asciiInput(line);
        } else {
            text(line.text());
        }
        byte[] b = out.reserve(TAIL);
        int p = out.position();
        p = ResultColumn.writeAll(r, b, p, (byte) '\t');
        if (options.withLocation()) {
            out.position(p);
            out.write((byte) '\t');
            text(file);
            out.write((byte) '\t');
            out.decimal(lineNumber);
            b = out.reserve(1);
            p = out.position();
        }
        b[p++] = '\n';
        out.position(p);
    }

    /** A short ASCII line copied straight into the output buffer, escaping as {@link #text} does. */
    private void asciiInput(LineReader line) throws IOException {
        int len = line.length();
        byte[] b = out.reserve(2 * len);
        int p = out.position();
        byte[] src = line.bytes();
        int from = line.start();
        for (int i = 0; i < len; i++) {
            byte c = src[from + i];
            if (c == '\t' || c == '\r' || c == '\\') {
                b[p++] = '\\';
                b[p++] = c == '\t' ? (byte) 't' : c == '\r' ? (byte) 'r' : (byte) '\\';
            } else {
                b[p++] = c;
            }
        }
        out.position(p);
    }

    private void text(CharSequence s) throws IOException {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\r' || c == '\\') {
                out.write((byte) '\\');
                out.write(c == '\t' ? (byte) 't' : c == '\r' ? (byte) 'r' : (byte) '\\');
                i++;
            } else {
                i += out.utf8(s, i);
            }
        }
    }
}
