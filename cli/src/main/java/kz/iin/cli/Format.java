package kz.iin.cli;

import java.io.IOException;
import kz.iin.CheckColumn;
import kz.iin.Kind;

/**
 * The output formats of line-by-line checking: a header, then one row per line with the input and core's
 * {@link CheckColumn}s; with a {@code file}, its name and the line number too.
 */
enum Format {
    /**
     * TSV with a header. The input is the line exactly, with only TAB, CR and backslash escaped ({@code \t},
     * {@code \r}, {@code \\}), as "linear TSV" does.
     */
    tsv {
        @Override
        void header(Out out, boolean withLocation) throws IOException {
            out.append("input");
            for (CheckColumn c : COLUMNS) {
                out.append('\t').append(c.label());
            }
            out.append(withLocation ? "\tfile\tline\n" : "\n");
        }

        @Override
        void row(Out out, CharSequence input, Checker r, String file, long line) throws IOException {
            if (r.valid()) { // digits (with --compact, spaces and hyphens too): nothing to escape
                out.append(input);
            } else {
                escaped(out, input);
            }
            out.columns(r, '\t');
            if (file != null) {
                escaped(out.append('\t'), file);
                out.append('\t').append(line);
            }
            out.append('\n');
        }

        private void escaped(Out out, CharSequence s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\t' || c == '\r' || c == '\\') {
                    out.append('\\').append(c == '\t' ? 't' : c == '\r' ? 'r' : '\\');
                } else {
                    i = out.appendAt(s, i, s.length());
                }
            }
        }
    },

    /** JSON Lines: one object per line, {@code input} then the columns (null where not applicable). */
    json {
        @Override
        void row(Out out, CharSequence input, Checker r, String file, long line) throws IOException {
            string(out.appendAscii("{\"input\":"), input);
            for (CheckColumn c : COLUMNS) {
                out.appendAscii(",\"").appendAscii(c.label()).appendAscii("\":");
                if (r.columns.length(c) == 0) {
                    out.appendAscii("null");
                } else if (c == CheckColumn.VALID) {
                    out.value(c, r);
                } else {
                    out.append('"').value(c, r).append('"');
                }
            }
            if (file != null) {
                string(out.appendAscii(",\"file\":"), file);
                out.appendAscii(",\"line\":").append(line);
            }
            out.appendAscii("}\n");
        }

        /** A JSON string: quote, backslash, DEL and controls escaped. */
        private void string(Out out, CharSequence s) throws IOException {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c == 0x7F) {
                    out.appendAscii(String.format("\\u%04x", (int) c));
                } else {
                    i = out.appendAt(s, i, s.length());
                }
            }
            out.append('"');
        }
    },

    /**
     * For people: {@code 900101300007  IIN      valid    birth date 1990-01-01, sex M (as encoded; ...)}.
     * Controls (C0, DEL, C1) are shown as {@code \xHH}, invisible format characters (byte order mark,
     * zero-width characters, bidi marks and isolates) and line separators as {@code <U+HHHH>}, and inputs
     * past 40 characters are cut, so junk can neither garble a terminal nor hide in it.
     */
    text {
        @Override
        void row(Out out, CharSequence input, Checker r, String file, long line) throws IOException {
            if (file != null) {
                shown(out, file, Integer.MAX_VALUE);
                out.append(':').append(line).appendAscii(": ");
            }
            pad(out, shown(out, input, 40), 12).appendAscii("  ").value(CheckColumn.KIND, r);
            pad(out, r.columns.length(CheckColumn.KIND), 9);
            if (!r.valid()) {
                out.appendAscii("invalid  ").appendAscii(r.error().description()).appendAscii(" (").appendAscii(r.error().name())
                        .append(')');
            } else if (!r.decoder.valid()) {
                out.appendAscii("valid    check digit matches (lenient: not strictly valid, nothing decoded)");
            } else if (r.decoder.kind() == Kind.IIN) {
                out.appendAscii("valid    birth date ").value(CheckColumn.BIRTH_DATE, r).appendAscii(", sex ")
                        .value(CheckColumn.SEX, r)
                        .appendAscii(" (as encoded; a person's real data come from their documents)");
            } else {
                out.appendAscii("valid    registered ").value(CheckColumn.REGISTERED, r).appendAscii(", ")
                        .value(CheckColumn.TYPE, r).appendAscii(", ").value(CheckColumn.DIVISION, r);
            }
            out.append('\n');
        }

        private static Out pad(Out out, int width, int to) throws IOException {
            for (int i = width; i < to; i++) {
                out.append(' ');
            }
            return out;
        }

        /** Writes {@code s} safely for a terminal, at most {@code max} characters; returns its width in columns. */
        private int shown(Out out, CharSequence s, int max) throws IOException {
            int width = 0;
            int n = Math.min(s.length(), max);
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                int type = Character.getType(c);
                if (type == Character.CONTROL) {
                    out.append(String.format("\\x%02X", (int) c));
                    width += 4;
                } else if (type == Character.FORMAT || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR) {
                    out.append(String.format("<U+%04X>", (int) c)); // characters a terminal shows as nothing
                    width += 8;
                } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                    out.append(s, i, i + 2);
                    i++;
                    width++;
                } else {
                    out.append(c);
                    width += isWide(c) ? 2 : 1;
                }
            }
            if (s.length() > max) {
                out.append("\u2026(" + s.length() + " characters)");
                width += 20;
            } else if (s.length() == 0) {
                out.appendAscii("(empty)");
                width += 7;
            }
            return width;
        }

        /** East Asian wide and fullwidth characters take two columns. */
        private static boolean isWide(char c) {
            return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6;
        }
    };

    private static final CheckColumn[] COLUMNS = CheckColumn.values();

    void header(Out out, boolean withLocation) throws IOException {
    }

    /** The row for {@code input} as {@code r} judged it; {@code file} and {@code line} only with locations (else null). */
    abstract void row(Out out, CharSequence input, Checker r, String file, long line) throws IOException;
}
