package kz.iin.cli.batch;

import java.io.IOException;

/**
 * JSON Lines: one object per input line, {@code input} then the {@link ResultColumn}s (null where
 * not applicable), so a stream of any length stays valid line by line.
 */
public final class JsonRows implements RowWriter {
    private static final byte[] INPUT = ResultColumn.ascii("{\"input\":\"");
    private static final byte[] NULL = ResultColumn.ascii("null");
    private static final byte[] FILE = ResultColumn.ascii(",\"file\":\"");
    private static final byte[] LINE = ResultColumn.ascii(",\"line\":");
    private static final byte[] HEX = ResultColumn.ascii("0123456789abcdef");
    private static final int TAIL = ResultColumn.all().length * (ResultColumn.MAX_VALUE_BYTES + 20) + 2;

    private final ByteSink out;
    private final RowOptions options;

    public JsonRows(ByteSink out, RowOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void header() {
    }

    @Override
    public void row(LineReader line, CheckResult r, String file, long lineNumber) throws IOException {
        out.write(INPUT);
        string(options.shown(line.text()));
        byte[] b = out.reserve(TAIL);
        int p = out.position();
        b[p++] = '"';
        for (ResultColumn c : ResultColumn.all()) {
            p = ResultColumn.put(b, p, c.jsonKey());
            if (c.isEmpty(r)) {
                p = ResultColumn.put(b, p, NULL);
            } else if (c.jsonLiteral()) {
                p = c.write(r, b, p);
            } else {
                b[p++] = '"';
                p = c.write(r, b, p);
                b[p++] = '"';
            }
        }
        out.position(p);
        if (options.withLocation()) {
            out.write(FILE);
            string(file);
            out.write((byte) '"');
            out.write(LINE);
            out.decimal(lineNumber);
        }
        out.write((byte) '}');
        out.write((byte) '\n');
    }

    /** The body of a JSON string: quote, backslash and controls escaped, everything else UTF-8. */
    private void string(CharSequence s) throws IOException {
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.write((byte) '\\');
                out.write((byte) c);
                i++;
            } else if (c < 0x20 || c == 0x7F) {
                out.write((byte) '\\');
                out.write((byte) 'u');
                out.write((byte) '0');
                out.write((byte) '0');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 0xF]);
                i++;
            } else {
                i += out.utf8(s, i);
            }
        }
    }
}
