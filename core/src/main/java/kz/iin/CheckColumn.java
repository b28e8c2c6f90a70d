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
            byte[] value = row.values[c.ordinal()];
            values[c.ordinal()] = value == null ? null : new String(value, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * One row's values as ASCII bytes, for writers of millions of rows: filled in one pass and reused row to
     * row, so that a row allocates nothing (the spellings are shared, the dates written in place).
     */
    public static final class Row {
        private final byte[][] values = new byte[COLUMNS.length][];
        private final byte[] birthDate = new byte[10];
        private final byte[] registered = new byte[7];

        /** Every column's value for the decoder's last input; {@code lenient} as in {@link CheckColumn#fill}. */
        public void fill(IdDecoder d, boolean lenient) {
            IdError error = lenient ? d.lenientError() : d.error();
            Kind kind = d.kind();
            Kind decoded = d.valid() ? kind : null;
            boolean iin = decoded == Kind.IIN;
            boolean bin = decoded == Kind.BIN;
            values[0] = kind == null ? UNKNOWN_TRUE_FALSE[0] : KINDS[kind.ordinal()];
            values[1] = UNKNOWN_TRUE_FALSE[error == null ? 1 : 2];
            values[2] = error == null ? null : REASONS[error.ordinal()];
            values[3] = iin ? date(d.birthYear(), d.birthMonth(), d.birthDay(), birthDate) : null;
            values[4] = iin ? SEXES[d.sex().ordinal()] : null;
            values[5] = bin ? date(d.registrationYear(), d.registrationMonth(), 0, registered) : null;
            values[6] = bin ? TYPES[d.entityType().ordinal()] : null;
            values[7] = bin ? DIVISIONS[d.division().ordinal()] : null;
        }

        /**
         * Writes the column's value into {@code to} from {@code at} (room for {@link #MAX_LENGTH} bytes needed).
         *
         * @return the index after the value, or -1 (nothing written) where the column does not apply
         */
        public int write(CheckColumn column, byte[] to, int at) {
            byte[] value = values[column.ordinal()];
            if (value == null) {
                return -1;
            }
            for (int i = 0; i < value.length; i++) { // a few bytes: quicker than System.arraycopy
                to[at + i] = value[i];
            }
            return at + value.length;
        }
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when {@code day} is 0, into {@code to} (10 or 7 bytes). */
    private static byte[] date(int year, int month, int day, byte[] to) {
        twoDigits(year / 100, to, 0);
        twoDigits(year % 100, to, 2);
        to[4] = '-';
        twoDigits(month, to, 5);
        if (day != 0) {
            to[7] = '-';
            twoDigits(day, to, 8);
        }
        return to;
    }

    private static void twoDigits(int n, byte[] to, int at) {
        to[at] = (byte) ('0' + n / 10);
        to[at + 1] = (byte) ('0' + n % 10);
    }

    private static <E> byte[][] ascii(E[] values, Function<E, String> spelling) {
        byte[][] bytes = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = spelling.apply(values[i]).getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }
}
