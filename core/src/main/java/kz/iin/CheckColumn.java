package kz.iin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a batch check reports for one identifier, in this order: the columns of {@code iin check} and the
 * fields of the HTTP service's check. The values are read from an {@link IdDecoder} after its
 * {@link IdDecoder#decode decode} ({@link #fill}, indexed by ordinal); what the number encodes is given only
 * when it is strictly valid.
 */
public enum CheckColumn {
    KIND, VALID, REASON, BIRTH_DATE, SEX, REGISTERED, TYPE, DIVISION;

    private final String label = name().toLowerCase(Locale.ROOT);

    /** The column's name: {@code kind}, {@code valid}, ..., {@code birth_date}. */
    public String label() {
        return label;
    }

    /**
     * Every column's value for the decoder's last input, in column order, into {@code values} (null where a
     * column does not apply); one pass for a whole row.
     *
     * @param lenient judge the check digit only ({@link IdDecoder#lenientError}) for {@code valid} and {@code reason}
     */
    public static void fill(IdDecoder d, boolean lenient, String[] values) {
        IdError error = lenient ? d.lenientError() : d.error();
        Kind kind = d.kind();
        Kind decoded = d.valid() ? kind : null;
        values[0] = kind == null ? "UNKNOWN" : kind.name();
        values[1] = error == null ? "true" : "false";
        values[2] = error == null ? null : error.name();
        boolean iin = decoded == Kind.IIN;
        boolean bin = decoded == Kind.BIN;
        values[3] = iin ? date(d.birthYear(), d.birthMonth(), d.birthDay()) : null;
        values[4] = iin ? d.sex().code() : null;
        values[5] = bin ? date(d.registrationYear(), d.registrationMonth(), 0) : null;
        values[6] = bin ? d.entityType().name() : null;
        values[7] = bin ? d.division().name() : null;
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when {@code day} is 0, without a formatter (a batch asks on most rows). */
    private static String date(int year, int month, int day) {
        byte[] c = {(byte) ('0' + year / 1000), (byte) ('0' + year / 100 % 10), (byte) ('0' + year / 10 % 10),
            (byte) ('0' + year % 10), '-', (byte) ('0' + month / 10), (byte) ('0' + month % 10), '-',
            (byte) ('0' + day / 10), (byte) ('0' + day % 10)};
        return new String(c, 0, day == 0 ? 7 : 10, StandardCharsets.ISO_8859_1);
    }
}
