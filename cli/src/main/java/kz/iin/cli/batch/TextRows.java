package kz.iin.cli.batch;

import java.io.IOException;
import kz.iin.Kind;

/**
 * For people: one line per input, {@code 900101300123  IIN      valid    birth date 1990-01-01, sex M (as encoded...)},
 * the values spelled as the {@link ResultColumn}s spell them. Control characters (C0, DEL, C1) are shown
 * as {@code \xHH}, invisible format characters (BOM, zero-width, bidi marks, line and paragraph
 * separators) as {@code <U+HHHH>}, and inputs longer than 40 characters are shortened, so junk cannot
 * garble a terminal or hide in it.
 */
public final class TextRows implements RowWriter {
    private static final int SHOWN = 40;
    private static final byte[] HEX = ResultColumn.ascii("0123456789ABCDEF");

    private final ByteSink out;
    private final RowOptions options;

    public TextRows(ByteSink out, RowOptions options) {
        this.out = out;
        this.options = options;
    }

    public TextRows(ByteSink out) {
        this(out, RowOptions.PLAIN);
    }

    @Override
    public void header() {
    }

    @Override
    public void row(LineReader line, CheckResult r, String file, long lineNumber) throws IOException {
        if (options.withLocation()) {
            shown(file, Integer.MAX_VALUE);
            out.write((byte) ':');
            out.decimal(lineNumber);
            out.write((byte) ':');
            out.write((byte) ' ');
        }
        write(line.text(), r);
    }

    /** One text line for {@code input}, checked as {@code r}. */
    public void write(String input, CheckResult r) throws IOException {
        int width = shown(options.shown(input), SHOWN);
        for (int i = width; i < 12; i++) {
            out.write((byte) ' ');
        }
        out.utf8("  ");
        String kind = ResultColumn.KIND.text(r);
        out.utf8(kind);
        for (int i = kind.length(); i < 9; i++) {
            out.write((byte) ' ');
        }
        if (!r.valid()) {
            out.utf8("invalid  ");
            out.utf8(r.error().description());
            out.utf8(" (" + ResultColumn.REASON.text(r) + ")");
        } else if (!r.decoded()) {
            out.utf8("valid    check digit matches (lenient: not strictly valid, nothing decoded)");
        } else if (r.kind() == Kind.IIN) {
            out.utf8("valid    birth date " + ResultColumn.BIRTH_DATE.text(r) + ", sex " + ResultColumn.SEX.text(r)
                    + " (as encoded; a person's real data come from their documents)");
        } else {
            out.utf8("valid    registered " + ResultColumn.REGISTERED.text(r) + ", " + ResultColumn.TYPE.text(r)
                    + ", " + ResultColumn.DIVISION.text(r));
        }
        out.write((byte) '\n');
    }

    /** Writes {@code s} safely for a terminal, at most {@code max} characters; returns its shown width. */
    private int shown(CharSequence s, int max) throws IOException {
        int width = 0;
        int n = Math.min(s.length(), max);
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                out.write((byte) '\\');
                out.write((byte) 'x');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 0xF]);
                width += 4;
                i++;
            } else if (isInvisible(c)) {
                out.utf8("<U+");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    out.write(HEX[(c >> shift) & 0xF]);
                }
                out.write((byte) '>');
                width += 8;
                i++;
            } else {
                i += out.utf8(s, i);
                width += isWide(c) ? 2 : 1;
            }
        }
        if (s.length() > max) {
            out.utf8("\u2026(" + s.length() + " characters)");
            width += 20;
        }
        if (s.length() == 0) {
            out.utf8("(empty)");
            width += 7;
        }
        return width;
    }

    /** Format characters a terminal shows as nothing: BOM, zero-width and bidi marks, line/paragraph separators. */
    static boolean isInvisible(char c) {
        return c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F') || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064') || c == '\u00AD';
    }

    /** East Asian wide and fullwidth characters take two terminal columns (keeps the columns aligned). */
    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
