package kz.iin.cli.batch;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import kz.iin.Bin;
import kz.iin.Iin;
import kz.iin.Kind;

/** The decoded fields in their output spelling, written without intermediate Strings. */
final class Fields {
    static final byte[] IIN = ByteSink.ascii("IIN");
    static final byte[] BIN = ByteSink.ascii("BIN");
    static final byte[] UNKNOWN = ByteSink.ascii("UNKNOWN");

    private Fields() {
    }

    static byte[] kind(Kind kind) {
        return kind == null ? UNKNOWN : kind == Kind.IIN ? IIN : BIN;
    }

    /** ISO YYYY-MM-DD. */
    static void date(ByteSink out, LocalDate d) throws IOException {
        out.digits(d.getYear(), 4);
        out.write((byte) '-');
        out.digits(d.getMonthValue(), 2);
        out.write((byte) '-');
        out.digits(d.getDayOfMonth(), 2);
    }

    /** ISO YYYY-MM. */
    static void month(ByteSink out, YearMonth m) throws IOException {
        out.digits(m.getYear(), 4);
        out.write((byte) '-');
        out.digits(m.getMonthValue(), 2);
    }

    /** "00".."99" as ASCII pairs: dates are written with one table look-up per pair instead of divisions. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    /** {@code value} (0-99) as two digits into {@code b} at {@code p}; returns the new position. */
    static int two(byte[] b, int p, int value) {
        b[p] = PAIRS[2 * value];
        b[p + 1] = PAIRS[2 * value + 1];
        return p + 2;
    }

    /** {@code year} (0-9999) as four digits into {@code b} at {@code p}; returns the new position. */
    static int four(byte[] b, int p, int year) {
        int high = year / 100;
        return two(b, two(b, p, high), year - 100 * high);
    }

    static Iin iin(Verdict v) {
        return v.id() instanceof Iin iin ? iin : null;
    }

    static Bin bin(Verdict v) {
        return v.id() instanceof Bin bin ? bin : null;
    }
}
