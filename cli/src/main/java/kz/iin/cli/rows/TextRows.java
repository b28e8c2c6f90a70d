package kz.iin.cli.rows;

import java.io.IOException;
import kz.iin.Kind;

/**
 * For people: {@code 900101300007  IIN      valid    birth date 1990-01-01, sex M (as encoded; ...)}.
 * Controls (C0, DEL, C1) are shown as {@code \xHH}, invisible format characters (byte order mark,
 * zero-width and bidi marks, line separators) as {@code <U+HHHH>}, and inputs past 40 characters are
 * cut, so junk can neither garble a terminal nor hide in it.
 */
public final class TextRows implements RowWriter {
    private static final int SHOWN = 40;

    private final Out out;
    private final boolean withLocation;

    public TextRows(Out out, boolean withLocation) {
        this.out = out;
        this.withLocation = withLocation;
    }

    @Override
    public void row(CharSequence input, CheckResult r, String file, long line) throws IOException {
        if (withLocation) {
            shown(file, Integer.MAX_VALUE);
            out.write(':').number(line).write(": ");
        }
        for (int width = shown(input, SHOWN); width < 12; width++) {
            out.write(' ');
        }
        out.write("  ");
        ResultColumn.KIND.write(r, out);
        for (int i = r.kind() == null ? 7 : 3; i < 9; i++) {
            out.write(' ');
        }
        if (!r.valid()) {
            out.write("invalid  ").write(r.error().description()).write(" (").write(r.error().name()).write(')');
        } else if (!r.decoded()) {
            out.write("valid    check digit matches (lenient: not strictly valid, nothing decoded)");
        } else if (r.kind() == Kind.IIN) {
            out.write("valid    birth date ");
            ResultColumn.BIRTH_DATE.write(r, out);
            out.write(", sex ");
            ResultColumn.SEX.write(r, out);
            out.write(" (as encoded; a person's real data come from their documents)");
        } else {
            out.write("valid    registered ");
            ResultColumn.REGISTERED.write(r, out);
            out.write(", ");
            ResultColumn.TYPE.write(r, out);
            out.write(", ");
            ResultColumn.DIVISION.write(r, out);
        }
        out.write('\n');
    }

    /** Writes {@code s} safely for a terminal, at most {@code max} characters; returns its width in columns. */
    private int shown(CharSequence s, int max) throws IOException {
        int width = 0;
        int n = Math.min(s.length(), max);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                out.write("\\x").write(hex(c >> 4)).write(hex(c));
                width += 4;
            } else if (isInvisible(c)) {
                out.write("<U+").write(hex(c >> 12)).write(hex(c >> 8)).write(hex(c >> 4)).write(hex(c)).write('>');
                width += 8;
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                out.write(s, i, i + 2);
                i++;
                width++;
            } else {
                out.write(c);
                width += isWide(c) ? 2 : 1;
            }
        }
        if (s.length() > max) {
            out.write("\u2026(" + s.length() + " characters)");
            width += 20;
        } else if (s.length() == 0) {
            out.write("(empty)");
            width += 7;
        }
        return width;
    }

    private static char hex(int nibble) {
        return "0123456789ABCDEF".charAt(nibble & 0xF);
    }

    /** Format characters a terminal shows as nothing. */
    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F') || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064') || c == '\u00AD';
    }

    /** East Asian wide and fullwidth characters take two columns. */
    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
