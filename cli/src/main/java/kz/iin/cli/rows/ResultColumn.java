package kz.iin.cli.rows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.Kind;
import kz.iin.Sex;

/**
 * The result columns in output order: the one place that says which there are, what each is called
 * and how its value is spelled. TSV, JSON Lines, CSV and the text lines all write these. An empty value
 * (not applicable) is written as nothing, and as {@code null} in JSON.
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

    /** Batch mode's location columns ({@code --with-location}), after the result columns. */
    public static final List<String> LOCATION = List.of("file", "line");
    /** CSV mode's: the record number counts the header too, as a spreadsheet's row number does. */
    public static final List<String> CSV_LOCATION = List.of("file", "record");

    private static final ResultColumn[] ALL = values();
    // Values as bytes, spelled once: a row costs no String.
    private static final byte[][] KINDS = names(Kind.values());
    private static final byte[] UNKNOWN = ascii("UNKNOWN");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[][] REASONS = names(IdError.values());
    private static final byte[][] SEXES = {ascii(Sex.MALE.code()), ascii(Sex.FEMALE.code())};
    private static final byte[][] TYPES = names(EntityType.values());
    private static final byte[][] DIVISIONS = names(Division.values());

    public final String header;

    ResultColumn(String header) {
        this.header = header;
    }

    public static ResultColumn[] all() {
        return ALL;
    }

    /** Header names, each with {@code prefix}, then the {@code location} columns. */
    public static List<String> headers(String prefix, List<String> location) {
        List<String> names = new ArrayList<>();
        for (ResultColumn c : ALL) {
            names.add(prefix + c.header);
        }
        location.forEach(l -> names.add(prefix + l));
        return names;
    }

    public boolean isEmpty(CheckResult r) {
        return switch (this) {
            case KIND, VALID -> false;
            case REASON -> r.valid();
            case BIRTH_DATE, SEX -> r.decodedKind() != Kind.IIN;
            case REGISTERED, TYPE, DIVISION -> r.decodedKind() != Kind.BIN;
        };
    }

    /** Writes the value for {@code r} (ASCII), nothing when empty. */
    public void write(CheckResult r, Out out) throws IOException {
        Kind decoded = r.decodedKind();
        switch (this) {
            case KIND -> out.write(r.kind() == null ? UNKNOWN : KINDS[r.kind().ordinal()]);
            case VALID -> out.write(r.valid() ? TRUE : FALSE);
            case REASON -> {
                if (!r.valid()) {
                    out.write(REASONS[r.error().ordinal()]);
                }
            }
            case BIRTH_DATE -> {
                if (decoded == Kind.IIN) {
                    out.date(r.year(), r.month(), r.day());
                }
            }
            case SEX -> {
                if (decoded == Kind.IIN) {
                    out.write(SEXES[r.decoder().sex().ordinal()]);
                }
            }
            case REGISTERED -> {
                if (decoded == Kind.BIN) {
                    out.date(r.year(), r.month(), 0);
                }
            }
            case TYPE -> {
                if (decoded == Kind.BIN) {
                    out.write(TYPES[r.decoder().entityType().ordinal()]);
                }
            }
            case DIVISION -> {
                if (decoded == Kind.BIN) {
                    out.write(DIVISIONS[r.decoder().division().ordinal()]);
                }
            }
        }
    }

    private static byte[][] names(Enum<?>[] values) {
        byte[][] names = new byte[values.length][];
        for (Enum<?> e : values) {
            names[e.ordinal()] = ascii(e.name());
        }
        return names;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
