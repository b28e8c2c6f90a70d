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

    /** {@code value} (0-9999) as exactly {@code width} digits into {@code b} at {@code p}; returns the new position. */
    static int digits(byte[] b, int p, int value, int width) {
        for (int i = width - 1; i >= 0; i--) {
            b[p + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return p + width;
    }

    static Iin iin(Verdict v) {
        return v.id() instanceof Iin iin ? iin : null;
    }

    static Bin bin(Verdict v) {
        return v.id() instanceof Bin bin ? bin : null;
    }
}
