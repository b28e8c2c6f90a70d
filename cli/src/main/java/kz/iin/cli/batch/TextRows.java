package kz.iin.cli.batch;

import java.io.IOException;
import kz.iin.Bin;
import kz.iin.Iin;

/**
 * For people: one line per input, {@code 900101300123  IIN  valid    birth date 1990-01-01, sex M (as encoded)}.
 * Control characters (C0, DEL, C1) are shown as {@code \xHH} and inputs longer than 40 characters are shortened,
 * so junk cannot garble a terminal.
 */
public final class TextRows implements RowWriter {
    private static final int SHOWN = 40;
    private static final byte[] HEX = ByteSink.ascii("0123456789ABCDEF");

    private final ByteSink out;

    public TextRows(ByteSink out) {
        this.out = out;
    }

    @Override
    public void begin() {
    }

    @Override
    public void row(LineReader line, Verdict v) throws IOException {
        write(line.text(), v);
    }

    /** One text line for {@code input}, judged as {@code v}. */
    public void write(CharSequence input, Verdict v) throws IOException {
        int width = shown(input);
        for (int i = width; i < 12; i++) {
            out.write((byte) ' ');
        }
        out.write((byte) ' ');
        out.write((byte) ' ');
        byte[] kind = v.kind() == null ? Fields.UNKNOWN : Fields.kind(v.kind());
        out.write(kind);
        for (int i = kind.length; i < 9; i++) {
            out.write((byte) ' ');
        }
        if (!v.valid()) {
            out.write(ByteSink.ascii("invalid  "));
            out.utf8(v.error().description());
            out.write(ByteSink.ascii(" ("));
            out.utf8(v.error().name());
            out.write((byte) ')');
        } else {
            out.write(ByteSink.ascii("valid    "));
            Iin iin = Fields.iin(v);
            Bin bin = Fields.bin(v);
            if (iin != null) {
                out.write(ByteSink.ascii("birth date "));
                Fields.date(out, iin.birthDate());
                out.write(ByteSink.ascii(", sex "));
                out.utf8(iin.sex().code());
                out.write(ByteSink.ascii(" (as encoded; a person's real data come from their documents)"));
            } else if (bin != null) {
                out.write(ByteSink.ascii("registered "));
                Fields.month(out, bin.registered());
                out.write(ByteSink.ascii(", "));
                out.utf8(bin.type().name());
                out.write(ByteSink.ascii(", "));
                out.utf8(bin.division().name());
            } else {
                out.write(ByteSink.ascii("check digit matches (lenient: not strictly valid, nothing decoded)"));
            }
        }
        out.write((byte) '\n');
    }

    /** Writes {@code s} safely for a terminal; returns its shown width in characters. */
    private int shown(CharSequence s) throws IOException {
        int width = 0;
        int n = Math.min(s.length(), SHOWN);
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                out.write((byte) '\\');
                out.write((byte) 'x');
                out.write(HEX[c >> 4]);
                out.write(HEX[c & 0xF]);
                width += 4;
                i++;
            } else {
                i += out.utf8(s, i);
                width += isWide(c) ? 2 : 1;
            }
        }
        if (s.length() > SHOWN) {
            out.utf8("\u2026(" + s.length() + " characters)");
            width += 20;
        }
        if (s.length() == 0) {
            out.write(ByteSink.ascii("(empty)"));
            width += 7;
        }
        return width;
    }

    /** East Asian wide and fullwidth characters take two terminal columns (keeps the columns aligned). */
    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    @Override
    public void end() {
    }
}
