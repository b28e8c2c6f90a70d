package kz.iin.cli.rows;

import java.io.IOException;

/**
 * RFC 4180 records (CRLF line ends), quoted as commons-csv's minimal quoting does so that a file read and
 * written back keeps its shape: a field is quoted when it holds the delimiter, a quote or a line break,
 * starts with a character up to '#', ends with a space or control, or is an empty first field (else an
 * empty record would vanish).
 */
public final class CsvFields {
    private final Out out;
    private final char delimiter;
    private boolean first = true;

    public CsvFields(Out out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    public void field(CharSequence s) throws IOException {
        if (!first) {
            out.write(delimiter);
        }
        if (!needsQuotes(s)) {
            out.write(s);
        } else {
            out.write('"');
            int plain = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '"') {
                    out.write(s, plain, i + 1).write('"');
                    plain = i + 1;
                }
            }
            out.write(s, plain, s.length()).write('"');
        }
        first = false;
    }

    /** A result column's value as a field (never quoted: ASCII letters, digits and '-'). */
    public void field(ResultColumn c, CheckResult r) throws IOException {
        if (!first) {
            out.write(delimiter);
        }
        c.write(r, out);
        first = false;
    }

    public void endRecord() throws IOException {
        out.write("\r\n");
        first = true;
    }

    private boolean needsQuotes(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            return first;
        }
        if (s.charAt(0) <= '#' || s.charAt(n - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == delimiter) {
                return true;
            }
        }
        return false;
    }
}
