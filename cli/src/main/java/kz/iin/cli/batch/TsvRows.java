package kz.iin.cli.batch;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.Sex;

/**
 * TSV with a header: {@code input kind valid reason birth_date sex registered type division}.
 *
 * <p>The input column is the line exactly, minus its line ending; only the three characters that
 * would break the columns or be ambiguous are escaped, as in the common "linear TSV" convention:
 * TAB as {@code \t}, a stray CR as {@code \r}, backslash as {@code \\}.
 */
public final class TsvRows implements RowWriter {
    public static final String HEADER_TEXT = "input\tkind\tvalid\treason\tbirth_date\tsex\tregistered\ttype\tdivision\n";
    static final byte[] HEADER = ByteSink.ascii(HEADER_TEXT);
    private static final byte[] TRUE = ByteSink.ascii("\ttrue\t");
    private static final byte[] FALSE = ByteSink.ascii("\tfalse\t");
    private static final byte[] EMPTY_DECODED = ByteSink.ascii("\t\t\t\t\t\n");
    private static final byte[] BIN_LEAD = ByteSink.ascii("\t\t\t");
    private static final byte[][] REASONS = Names.of(IdError.values());
    private static final byte[][] TYPES = Names.of(EntityType.values());
    private static final byte[][] DIVISIONS = Names.of(Division.values());
    private static final byte[][] SEXES = {ByteSink.ascii(Sex.MALE.code()), ByteSink.ascii(Sex.FEMALE.code())};

    private static final int FAST_MAX_INPUT = 4096;
    /** Longest possible row after the input column. */
    private static final int MAX_TAIL = 128;

    private final ByteSink out;

    public TsvRows(ByteSink out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        out.write(HEADER);
    }

    @Override
    public void row(LineReader line, Verdict v) throws IOException {
        if (line.isAscii() && line.length() <= FAST_MAX_INPUT) {
            fastRow(line, v);
        } else {
            slowRow(line, v);
        }
    }

    /**
     * The common case, a short ASCII line, written straight into the output buffer: one bounds check
     * per row instead of one per field. Produces exactly what {@link #slowRow} does.
     */
    private void fastRow(LineReader line, Verdict v) throws IOException {
        int len = line.length();
        byte[] b = out.reserve(2 * len + MAX_TAIL);
        int p = out.position();
        byte[] src = line.bytes();
        int from = line.start();
        if (v.valid()) {
            // A valid input holds only digits (and, with --compact, spaces and hyphens): nothing to escape.
            for (int i = 0; i < len; i++) {
                b[p++] = src[from + i];
            }
        } else {
            for (int i = 0; i < len; i++) {
                byte c = src[from + i];
                if (c == '\t' || c == '\r' || c == '\\') {
                    b[p++] = '\\';
                    b[p++] = c == '\t' ? (byte) 't' : c == '\r' ? (byte) 'r' : (byte) '\\';
                } else {
                    b[p++] = c;
                }
            }
        }
        b[p++] = '\t';
        p = put(b, p, Fields.kind(v.kind()));
        if (v.valid()) {
            p = put(b, p, TRUE);
        } else {
            p = put(b, p, FALSE);
            p = put(b, p, REASONS[v.error().ordinal()]);
        }
        Iin iin = Fields.iin(v);
        Bin bin = Fields.bin(v);
        if (iin != null) {
            b[p++] = '\t';
            LocalDate d = iin.birthDate();
            p = Fields.four(b, p, d.getYear());
            b[p++] = '-';
            p = Fields.two(b, p, d.getMonthValue());
            b[p++] = '-';
            p = Fields.two(b, p, d.getDayOfMonth());
            b[p++] = '\t';
            p = put(b, p, SEXES[iin.sex().ordinal()]);
            p = put(b, p, BIN_LEAD);
            b[p++] = '\n';
        } else if (bin != null) {
            p = put(b, p, BIN_LEAD);
            YearMonth m = bin.registered();
            p = Fields.four(b, p, m.getYear());
            b[p++] = '-';
            p = Fields.two(b, p, m.getMonthValue());
            b[p++] = '\t';
            p = put(b, p, TYPES[bin.type().ordinal()]);
            b[p++] = '\t';
            p = put(b, p, DIVISIONS[bin.division().ordinal()]);
            b[p++] = '\n';
        } else {
            p = put(b, p, EMPTY_DECODED);
        }
        out.position(p);
    }

    private static int put(byte[] dst, int p, byte[] src) {
        System.arraycopy(src, 0, dst, p, src.length);
        return p + src.length;
    }

    private void slowRow(LineReader line, Verdict v) throws IOException {
        input(line);
        out.write((byte) '\t');
        out.write(Fields.kind(v.kind()));
        if (v.valid()) {
            out.write(TRUE);
        } else {
            out.write(FALSE);
            out.write(REASONS[v.error().ordinal()]);
        }
        // reason  birth_date  sex  registered  type  division
        Iin iin = Fields.iin(v);
        Bin bin = Fields.bin(v);
        if (iin != null) {
            out.write((byte) '\t');
            Fields.date(out, iin.birthDate());
            out.write((byte) '\t');
            out.write(SEXES[iin.sex().ordinal()]);
            out.write(BIN_LEAD);
            out.write((byte) '\n');
        } else if (bin != null) {
            out.write(BIN_LEAD);
            Fields.month(out, bin.registered());
            out.write((byte) '\t');
            out.write(TYPES[bin.type().ordinal()]);
            out.write((byte) '\t');
            out.write(DIVISIONS[bin.division().ordinal()]);
            out.write((byte) '\n');
        } else {
            out.write(EMPTY_DECODED);
        }
    }

    private void input(LineReader line) throws IOException {
        if (line.isAscii()) {
            byte[] b = line.bytes();
            int from = line.start();
            int to = from + line.length();
            int plainFrom = from;
            for (int i = from; i < to; i++) {
                byte c = b[i];
                if (c == '\t' || c == '\r' || c == '\\') {
                    out.write(b, plainFrom, i - plainFrom);
                    escape(c);
                    plainFrom = i + 1;
                }
            }
            out.write(b, plainFrom, to - plainFrom);
        } else {
            CharSequence s = line.text();
            for (int i = 0; i < s.length(); ) {
                char c = s.charAt(i);
                if (c == '\t' || c == '\r' || c == '\\') {
                    escape((byte) c);
                    i++;
                } else {
                    i += out.utf8(s, i);
                }
            }
        }
    }

    private void escape(byte c) throws IOException {
        out.write((byte) '\\');
        out.write(c == '\t' ? (byte) 't' : c == '\r' ? (byte) 'r' : (byte) '\\');
    }

    @Override
    public void end() {
    }
}
