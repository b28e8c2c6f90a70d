package kz.iin.cli.rows;

import java.io.IOException;

/**
 * TSV with a header: {@code input}, the {@link ResultColumn}s, then file and line with locations. The
 * input is the line exactly, with only TAB, CR and backslash escaped ({@code \t}, {@code \r}, {@code \\}),
 * as "linear TSV" does.
 */
public final class TsvRows implements RowWriter {
    private final Out out;
    private final boolean withLocation;

    public TsvRows(Out out, boolean withLocation) {
        this.out = out;
        this.withLocation = withLocation;
    }

    @Override
    public void header() throws IOException {
        out.write("input\t").write(String.join("\t",
                ResultColumn.headers("", withLocation ? ResultColumn.LOCATION : java.util.List.of()))).write('\n');
    }

    @Override
    public void row(CharSequence input, CheckResult r, String file, long line) throws IOException {
        escaped(input);
        for (ResultColumn c : ResultColumn.all()) {
            out.write('\t');
            c.write(r, out);
        }
        if (withLocation) {
            out.write('\t');
            escaped(file);
            out.write('\t').number(line);
        }
        out.write('\n');
    }

    private void escaped(CharSequence s) throws IOException {
        int plain = 0;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\r' || c == '\\') {
                out.write(s, plain, i).write('\\').write(c == '\t' ? 't' : c == '\r' ? 'r' : '\\');
                plain = i + 1;
            }
        }
        out.write(s, plain, length);
    }
}
