package kz.iin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a batch check reports for one identifier, in this order: the columns of {@code iin check} and the
 * fields of the HTTP service's check. The values are read from an {@link IdDecoder} after its
 * {@link IdDecoder#decode decode}, as Strings ({@link #fill}) or as ASCII bytes ({@link Row}); what
 * the number encodes is given only when it is strictly valid.
 */
public enum CheckColumn {
    KIND, VALID, REASON, BIRTH_DATE, SEX, REGISTERED, TYPE, DIVISION;

    /** The longest value in bytes (a reason's name). */
    public static final int MAX_LENGTH = 32;
    private static final CheckColumn[] COLUMNS = values();
    // The spellings are the enums' own, made bytes once so that a row copies them instead of encoding Strings.
    private static final byte[][] KINDS = ascii(Kind.values(), Kind::name);
    private static final byte[][] REASONS = ascii(IdError.values(), IdError::name);
    private static final byte[][] SEXES = ascii(Sex.values(), Sex::code);
    private static final byte[][] TYPES = ascii(EntityType.values(), EntityType::name);
    private static final byte[][] DIVISIONS = ascii(Division.values(), Division::name);
    private static final byte[][] UNKNOWN_TRUE_FALSE = ascii(new String[] {"UNKNOWN", "true", "false"}, s -> s);

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The column's name: {@code kind}, {@code valid}, ..., {@code birth_date}. */
    public String label() {
        return label;
    }

    /**
     * Every column's value for the decoder's last input, in column order, into {@code values} (null where a
     * column does not apply).
     *
     * @param lenient judge the check digit only ({@link IdDecoder#lenientError}) for {@code valid} and {@code reason}
     */
    public static void fill(IdDecoder d, boolean lenient, String[] values) {
        Row row = new Row();
        row.fill(d, lenient);
        byte[] value = new byte[MAX_LENGTH];
        for (CheckColumn c : COLUMNS) {
            int length = row.write(c, value, 0);
            values[c.ordinal()] = length == 0 ? null : new String(value, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * One row's values as ASCII bytes, for writers of millions of rows, reused row to row: a row allocates
     * nothing, and a TSV or CSV row's columns are one copy. Rows that say the same apart from their date (the
     * same kind, reason, sex, or type and division) share a template, the values each after a byte where a
     * separator goes, made when first met; the date's digits are written over the template's. Not thread-safe:
     * one per thread.
     */
    public static final class Row {
        /** The room {@link #write(byte, byte[], int)} needs. */
        public static final int MAX_LENGTH = COLUMNS.length * (CheckColumn.MAX_LENGTH + 1);
        private static final int DETAILS = 3 + TYPES.length * DIVISIONS.length;
        private final byte[][] templates = new byte[3 * (REASONS.length + DETAILS)][];
        /** Per template: where each column's separator goes, then the end. */
        private final int[][] startsOf = new int[templates.length][];
        // The template and the dated column as numbers, not references: storing a reference marks a card of the
        // heap, and rows on several threads would then keep writing the same cache lines of the card table.
        private int shape;
        /** The ordinal of the column holding this row's date (BIRTH_DATE, REGISTERED), or -1; the date (day 0: a month). */
        private int dated;
        private int year;
        private int month;
        private int day;

        /** Every column's value for the decoder's last input; {@code lenient} as in {@link CheckColumn#fill}. */
        public void fill(IdDecoder d, boolean lenient) {
            IdError error = lenient ? d.lenientError() : d.error();
            Kind kind = d.kind();
            boolean iin = d.valid() && kind == Kind.IIN;
            boolean bin = d.valid() && kind == Kind.BIN;
            dated = iin ? BIRTH_DATE.ordinal() : bin ? REGISTERED.ordinal() : -1;
            year = iin ? d.birthYear() : bin ? d.registrationYear() : 0;
            month = iin ? d.birthMonth() : bin ? d.registrationMonth() : 0;
            day = iin ? d.birthDay() : 0;
            int detail = iin ? 1 + d.sex().ordinal()
                    : bin ? 3 + d.entityType().ordinal() * DIVISIONS.length + d.division().ordinal() : 0;
            // Decoded (detail > 0) implies no error: a reason or a detail, per kind.
            int shape = (kind == null ? 2 : kind.ordinal()) * (REASONS.length + DETAILS)
                    + (error != null ? error.ordinal() : REASONS.length + detail);
            if (templates[shape] == null) {
                templates[shape] = new byte[MAX_LENGTH];
                startsOf[shape] = new int[COLUMNS.length + 1];
                template(d, kind, error, templates[shape], startsOf[shape]);
            }
            this.shape = shape;
        }

        /** The length in bytes of the column's value, 0 where the column does not apply. */
        public int length(CheckColumn column) {
            int[] starts = startsOf[shape];
            return starts[column.ordinal() + 1] - starts[column.ordinal()] - 1;
        }

        /**
         * Writes the column's value into {@code to} from {@code at} (room: {@link CheckColumn#MAX_LENGTH});
         * returns its {@link #length}.
         */
        public int write(CheckColumn column, byte[] to, int at) {
            int length = length(column);
            System.arraycopy(templates[shape], startsOf[shape][column.ordinal()] + 1, to, at, length);
            if (column.ordinal() == dated) {
                date(to, at);
            }
            return length;
        }

        /** Writes every column's value, each after {@code separator}; returns the index after the last. */
        public int write(byte separator, byte[] to, int at) {
            int[] starts = startsOf[shape];
            int end = starts[COLUMNS.length];
            System.arraycopy(templates[shape], 0, to, at, end);
            for (int i = 0; i < COLUMNS.length; i++) {
                to[at + starts[i]] = separator;
            }
            if (dated >= 0) {
                date(to, at + starts[dated] + 1);
            }
            return at + end;
        }

        private void template(IdDecoder d, Kind kind, IdError error, byte[] t, int[] starts) {
            int at = 0;
            for (CheckColumn c : COLUMNS) {
                starts[c.ordinal()] = at;
                t[at++] = 0;
                byte[] value = c == KIND ? (kind == null ? UNKNOWN_TRUE_FALSE[0] : KINDS[kind.ordinal()])
                        : c == VALID ? UNKNOWN_TRUE_FALSE[error == null ? 1 : 2]
                        : c == REASON ? (error == null ? null : REASONS[error.ordinal()])
                        : c.ordinal() == dated ? new byte[day == 0 ? 7 : 10] // the date's place
                        : dated == BIRTH_DATE.ordinal() && c == SEX ? SEXES[d.sex().ordinal()]
                        : dated == REGISTERED.ordinal() && c == TYPE ? TYPES[d.entityType().ordinal()]
                        : dated == REGISTERED.ordinal() && c == DIVISION ? DIVISIONS[d.division().ordinal()] : null;
                if (value != null) {
                    System.arraycopy(value, 0, t, at, value.length);
                    at += value.length;
                }
            }
            starts[COLUMNS.length] = at;
        }

        /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when the day is 0. */
        private void date(byte[] to, int at) {
            twoDigits(year / 100, to, at);
            twoDigits(year % 100, to, at + 2);
            to[at + 4] = '-';
            twoDigits(month, to, at + 5);
            if (day != 0) {
                to[at + 7] = '-';
                twoDigits(day, to, at + 8);
            }
        }

        private static void twoDigits(int n, byte[] to, int at) {
            to[at] = (byte) ('0' + n / 10);
            to[at + 1] = (byte) ('0' + n % 10);
        }
    }

    private static <E> byte[][] ascii(E[] values, Function<E, String> spelling) {
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = spelling.apply(values[i]).getBytes(StandardCharsets.US_ASCII);
            if (bytes[i].length > MAX_LENGTH) {
                throw new IllegalStateException(values[i] + " is longer than CheckColumn.MAX_LENGTH");
            }
        }
        return bytes;
    }
}
