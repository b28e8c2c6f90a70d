package kz.iin.cli;

import java.io.IOException;

/**
 * RFC 4180 records (CRLF line ends), quoted as commons-csv's minimal quoting does so that a file read and
 * written back keeps its shape: a field is quoted when it holds the delimiter, a quote or a line break,
 * starts with a character up to '#', ends with a space or control, or is an empty first field (else an
 * empty record would vanish).
 */
final class CsvFields {
    private final Out out;
    private final char delimiter;
    private boolean first = true;

    CsvFields(Out out, char delimiter) {
        this.out = out;
        this.delimiter = delimiter;
    }

    void field(CharSequence s) throws IOException {
        if (!first) {
            out.append(delimiter);
        }
        if (!needsQuotes(s)) {
            out.append(s);
        } else {
            out.append('"');
            int plain = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '"') {
                    out.append(s, plain, i + 1).append('"');
                    plain = i + 1;
                }
            }
            out.append(s, plain, s.length()).append('"');
        }
        first = false;
    }

    void endRecord() throws IOException {
        out.appendAscii("\r\n");
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
