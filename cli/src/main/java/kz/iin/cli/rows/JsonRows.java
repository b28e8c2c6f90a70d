package kz.iin.cli.rows;

import java.io.IOException;

/** JSON Lines: one object per input, {@code input} then the {@link ResultColumn}s (null when empty). */
public final class JsonRows implements RowWriter {
    private final Out out;
    private final boolean withLocation;

    public JsonRows(Out out, boolean withLocation) {
        this.out = out;
        this.withLocation = withLocation;
    }

    @Override
    public void row(CharSequence input, CheckResult r, String file, long line) throws IOException {
        out.write("{\"input\":");
        string(input);
        for (ResultColumn c : ResultColumn.all()) {
            out.write(",\"").write(c.header).write("\":");
            if (c.isEmpty(r)) {
                out.write("null");
            } else if (c == ResultColumn.VALID) {
                c.write(r, out);
            } else {
                out.write('"');
                c.write(r, out);
                out.write('"');
            }
        }
        if (withLocation) {
            out.write(",\"file\":");
            string(file);
            out.write(",\"line\":").number(line);
        }
        out.write("}\n");
    }

    /** A JSON string: quote, backslash, DEL and controls escaped. */
    private void string(CharSequence s) throws IOException {
        out.write('"');
        int plain = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.write(s, plain, i).write('\\').write(c);
                plain = i + 1;
            } else if (c < 0x20 || c == 0x7F) {
                out.write(s, plain, i).write("\\u00").write(Character.forDigit(c >> 4, 16)).write(Character.forDigit(c & 0xF, 16));
                plain = i + 1;
            }
        }
        out.write(s, plain, s.length()).write('"');
    }
}
