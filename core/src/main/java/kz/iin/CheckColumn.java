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
        for (CheckColumn c : COLUMNS) {
            int length = row.length(c);
            values[c.ordinal()] = length == 0 ? null
                    : new String(row.line, row.starts[c.ordinal()] + 1, length, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * One row's values as ASCII bytes, for writers of millions of rows: made in one pass and reused row to row,
     * so that a row allocates nothing, and kept in their separated form, so that a TSV or CSV row is one copy.
     */
    public static final class Row {
        /** The room {@link #write(byte, byte[], int)} needs. */
        public static final int MAX_LENGTH = COLUMNS.length * (CheckColumn.MAX_LENGTH + 1);
        /** Every column's value, each after a 0 byte (where a separator goes). */
        private final byte[] line = new byte[MAX_LENGTH];
        /** Where each column's 0 byte is, then the end. */
        private final int[] starts = new int[COLUMNS.length + 1];

        /** Every column's value for the decoder's last input; {@code lenient} as in {@link CheckColumn#fill}. */
        public void fill(IdDecoder d, boolean lenient) {
            IdError error = lenient ? d.lenientError() : d.error();
            Kind kind = d.kind();
            boolean iin = d.valid() && kind == Kind.IIN;
            boolean bin = d.valid() && kind == Kind.BIN;
            int at = copy(kind == null ? UNKNOWN_TRUE_FALSE[0] : KINDS[kind.ordinal()], next(KIND, 0));
            at = copy(UNKNOWN_TRUE_FALSE[error == null ? 1 : 2], next(VALID, at));
            at = error == null ? next(REASON, at) : copy(REASONS[error.ordinal()], next(REASON, at));
            at = iin ? date(d.birthYear(), d.birthMonth(), d.birthDay(), next(BIRTH_DATE, at)) : next(BIRTH_DATE, at);
            at = iin ? copy(SEXES[d.sex().ordinal()], next(SEX, at)) : next(SEX, at);
            at = bin ? date(d.registrationYear(), d.registrationMonth(), 0, next(REGISTERED, at)) : next(REGISTERED, at);
            at = bin ? copy(TYPES[d.entityType().ordinal()], next(TYPE, at)) : next(TYPE, at);
            starts[COLUMNS.length] = bin ? copy(DIVISIONS[d.division().ordinal()], next(DIVISION, at)) : next(DIVISION, at);
        }

        /** The length in bytes of the column's value, 0 where the column does not apply. */
        public int length(CheckColumn column) {
            return starts[column.ordinal() + 1] - starts[column.ordinal()] - 1;
        }

        /**
         * Writes the column's value into {@code to} from {@code at} (room for {@link CheckColumn#MAX_LENGTH} bytes
         * needed); returns the index after it.
         */
        public int write(CheckColumn column, byte[] to, int at) {
            int length = length(column);
            System.arraycopy(line, starts[column.ordinal()] + 1, to, at, length);
            return at + length;
        }

        /** Writes every column's value, each after {@code separator}; returns the index after the last. */
        public int write(byte separator, byte[] to, int at) {
            int end = starts[COLUMNS.length];
            for (int i = 0; i < end; i++) {
                byte b = line[i];
                to[at + i] = b == 0 ? separator : b;
            }
            return at + end;
        }

        private int next(CheckColumn column, int at) {
            starts[column.ordinal()] = at;
            line[at] = 0;
            return at + 1;
        }

        private int copy(byte[] value, int at) {
            for (int i = 0; i < value.length; i++) { // a few bytes: quicker than System.arraycopy
                line[at + i] = value[i];
            }
            return at + value.length;
        }

        /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when {@code day} is 0. */
        private int date(int year, int month, int day, int at) {
            twoDigits(year / 100, at);
            twoDigits(year % 100, at + 2);
            line[at + 4] = '-';
            twoDigits(month, at + 5);
            if (day == 0) {
                return at + 7;
            }
            line[at + 7] = '-';
            twoDigits(day, at + 8);
            return at + 10;
        }

        private void twoDigits(int n, int at) {
            line[at] = (byte) ('0' + n / 10);
            line[at + 1] = (byte) ('0' + n % 10);
        }
    }

    private static <E> byte[][] ascii(E[] values, Function<E, String> spelling) {
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = spelling.apply(values[i]).getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }
}
