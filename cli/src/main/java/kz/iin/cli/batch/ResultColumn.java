package kz.iin.cli.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.Kind;
import kz.iin.Sex;

/**
 * The result columns, in output order: the one place that says which columns there are, what each
 * is called and how its value is spelled. TSV, JSON Lines, CSV and the text lines all write these.
 *
 * <p>Values are written as ASCII bytes into a caller's buffer (no Strings per row); an empty value
 * (not applicable) writes nothing and is {@code null} in JSON.
 */
public enum ResultColumn {
    KIND("kind"),
    VALID("valid"),
    REASON("reason"),
    BIRTH_DATE("birth_date"),
    SEX("sex"),
    REGISTERED("registered"),
    TYPE("type"),
    DIVISION("division");

    /** Columns added by {@code --with-location}, after the result columns: batch mode's. */
    public static final List<String> LOCATION = List.of("file", "line");
    /** CSV mode's location columns: the record number counts the header too (a spreadsheet's row number). */
    public static final List<String> CSV_LOCATION = List.of("file", "record");
    /** Longest value of any column, in bytes. */
    public static final int MAX_VALUE_BYTES = 32;
    /** Room for {@link #writeAll}: every value and its separator. */
    public static final int ROW_BYTES = 8 * (MAX_VALUE_BYTES + 1);

    private static final ResultColumn[] ALL = values();
    private static final byte[][] KINDS = {ascii("IIN"), ascii("BIN")};
    private static final byte[] UNKNOWN = ascii("UNKNOWN");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[][] REASONS = names(IdError.values());
    private static final byte[][] SEXES = {ascii(Sex.MALE.code()), ascii(Sex.FEMALE.code())};
    private static final byte[][] TYPES = names(EntityType.values());
    private static final byte[][] DIVISIONS = names(Division.values());
    /** "00".."99": dates are written with one table look-up per pair instead of divisions. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final String header;
    private final byte[] jsonKey;

    ResultColumn(String header) {
        this.header = header;
        this.jsonKey = ascii(",\"" + header + "\":");
    }

    /** The column's name in headers (TSV, CSV with a prefix) and JSON keys. */
    public String header() {
        return header;
    }

    /** {@code ,"name":} for JSON objects. */
    byte[] jsonKey() {
        return jsonKey;
    }

    /** The value is a JSON literal (true/false), not a string. */
    boolean jsonLiteral() {
        return this == VALID;
    }

    /** All columns in output order (the shared array: do not modify). */
    public static ResultColumn[] all() {
        return ALL;
    }

    /** Header names, each with {@code prefix}, then the {@code location} columns. */
    public static List<String> headers(String prefix, List<String> location) {
        List<String> names = new ArrayList<>();
        for (ResultColumn c : ALL) {
            names.add(prefix + c.header);
        }
        for (String l : location) {
            names.add(prefix + l);
        }
        return names;
    }

    /** True when this column has no value for {@code r}. */
    public boolean isEmpty(CheckResult r) {
        return switch (this) {
            case KIND, VALID -> false;
            case REASON -> r.valid();
            case BIRTH_DATE, SEX -> !r.decoded() || r.kind() != Kind.IIN;
            case REGISTERED, TYPE, DIVISION -> !r.decoded() || r.kind() != Kind.BIN;
        };
    }

    /**
     * Writes this column's value for {@code r} into {@code b} at {@code p} (room for
     * {@link #MAX_VALUE_BYTES}); returns the new position. Nothing for an empty value.
     */
    public int write(CheckResult r, byte[] b, int p) {
        if (isEmpty(r)) {
            return p;
        }
        IdDecoder d = r.decoder();
        return switch (this) {
            case KIND -> put(b, p, r.kind() == null ? UNKNOWN : KINDS[r.kind().ordinal()]);
            case VALID -> put(b, p, r.valid() ? TRUE : FALSE);
            case REASON -> put(b, p, REASONS[r.error().ordinal()]);
            case BIRTH_DATE -> {
                int q = four(b, p, d.birthYear());
                b[q++] = '-';
                q = two(b, q, d.birthMonth());
                b[q++] = '-';
                yield two(b, q, d.birthDay());
            }
            case SEX -> put(b, p, SEXES[d.sex().ordinal()]);
            case REGISTERED -> {
                int q = four(b, p, d.registrationYear());
                b[q++] = '-';
                yield two(b, q, d.registrationMonth());
            }
            case TYPE -> put(b, p, TYPES[d.entityType().ordinal()]);
            case DIVISION -> put(b, p, DIVISIONS[d.division().ordinal()]);
        };
    }

    /**
     * Every column's value, each after {@code separator}: exactly what writing {@link #all()} one by one
     * writes, in one pass for the common cases (the batch hot path). Room: {@link #ROW_BYTES}.
     */
    public static int writeAll(CheckResult r, byte[] b, int p, byte separator) {
        if (!r.decoded()) {
            for (ResultColumn c : ALL) {
                b[p++] = separator;
                p = c.write(r, b, p);
            }
            return p;
        }
        IdDecoder d = r.decoder();
        b[p++] = separator;
        p = put(b, p, KINDS[r.kind().ordinal()]);
        b[p++] = separator;
        p = put(b, p, TRUE);
        b[p++] = separator; // no reason
        b[p++] = separator;
        if (r.kind() == Kind.IIN) {
            p = four(b, p, d.birthYear());
            b[p++] = '-';
            p = two(b, p, d.birthMonth());
            b[p++] = '-';
            p = two(b, p, d.birthDay());
            b[p++] = separator;
            p = put(b, p, SEXES[d.sex().ordinal()]);
            b[p++] = separator;
            b[p++] = separator;
            b[p++] = separator;
        } else {
            b[p++] = separator;
            b[p++] = separator;
            p = four(b, p, d.registrationYear());
            b[p++] = '-';
            p = two(b, p, d.registrationMonth());
            b[p++] = separator;
            p = put(b, p, TYPES[d.entityType().ordinal()]);
            b[p++] = separator;
            p = put(b, p, DIVISIONS[d.division().ordinal()]);
        }
        return p;
    }

    /** The value as a String (empty when not applicable), for people-facing text. */
    String text(CheckResult r) {
        byte[] b = new byte[MAX_VALUE_BYTES];
        return new String(b, 0, write(r, b, 0), StandardCharsets.US_ASCII);
    }

    static int put(byte[] dst, int p, byte[] src) {
        System.arraycopy(src, 0, dst, p, src.length);
        return p + src.length;
    }

    private static int two(byte[] b, int p, int value) {
        b[p] = PAIRS[2 * value];
        b[p + 1] = PAIRS[2 * value + 1];
        return p + 2;
    }

    private static int four(byte[] b, int p, int year) {
        int high = year / 100;
        return two(b, two(b, p, high), year - 100 * high);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[][] names(Enum<?>[] values) {
        byte[][] out = new byte[values.length][];
        for (Enum<?> e : values) {
            out[e.ordinal()] = ascii(e.name());
        }
        return out;
    }
}
