package kz.iin.cli.batch;

import java.io.PrintStream;
import java.util.Locale;
import kz.iin.IdError;
import kz.iin.Kind;

/** Counts per kind and reason over a block or a whole run; printed on stderr at the end, or written as JSON. */
public final class RunSummary {
    private final long[] perReason = new long[IdError.values().length];
    /** IIN, BIN, then UNKNOWN. */
    private final long[] perKind = new long[3];
    private long valid;
    private long malformed;
    private long firstMalformedLine;
    private String firstMalformedSource;
    private long shortRecords;
    private long longRecords;

    public void add(CheckResult r) {
        IdError e = r.error();
        if (e == null) {
            valid++;
        } else {
            perReason[e.ordinal()]++;
        }
        Kind kind = r.kind();
        perKind[kind == null ? 2 : kind.ordinal()]++;
    }

    /** Records a line that was not valid UTF-8 (judged with U+FFFD in place of the bad bytes). */
    public void malformedLine(long line) {
        if (malformed++ == 0) {
            firstMalformedLine = line;
        }
    }

    /** A CSV record with fewer fields than the header (or first record): padded. */
    public void shortRecord() {
        shortRecords++;
    }

    /** A CSV record with more fields: its extra fields follow the result columns. */
    public void longRecord() {
        longRecords++;
    }

    /** Adds a block's counts; its line numbers start after {@code linesBefore} lines of {@code source}. */
    public void merge(RunSummary block, String source, long linesBefore) {
        for (int i = 0; i < perReason.length; i++) {
            perReason[i] += block.perReason[i];
        }
        for (int i = 0; i < perKind.length; i++) {
            perKind[i] += block.perKind[i];
        }
        valid += block.valid;
        if (block.malformed > 0 && malformed == 0) {
            firstMalformedLine = linesBefore + block.firstMalformedLine;
            firstMalformedSource = source;
        }
        malformed += block.malformed;
        shortRecords += block.shortRecords;
        longRecords += block.longRecords;
    }

    public long total() {
        long t = valid;
        for (long n : perReason) {
            t += n;
        }
        return t;
    }

    public long valid() {
        return valid;
    }

    public long invalid() {
        return total() - valid;
    }

    /**
     * The summary for people.
     *
     * @param unit "line" or "record" (made plural as needed)
     */
    public void print(PrintStream err, String unit) {
        long total = total();
        err.printf(Locale.ROOT, "iin: %,d %s checked: %,d valid, %,d invalid%n", total, plural(total, unit), valid, invalid());
        for (IdError e : IdError.values()) {
            long n = perReason[e.ordinal()];
            if (n > 0) {
                err.printf(Locale.ROOT, "  %-28s %,12d  %s%n", e.name(), n, e.description());
            }
        }
        if (malformed > 0) {
            err.printf(Locale.ROOT, "iin: %,d %s not valid UTF-8 (first: %s line %,d); judged with U+FFFD in place of"
                    + " the bad bytes, never valid. If the file is not UTF-8 (Excel in a Kazakh or Russian locale saves"
                    + " Windows-1251), run again with --encoding windows-1251%n",
                    malformed, malformed == 1 ? "line was" : "lines were", firstMalformedSource, firstMalformedLine);
        }
        if (shortRecords > 0) {
            err.printf(Locale.ROOT, "iin: %,d %s fewer fields than the first; padded with empty fields before the"
                    + " result columns%n", shortRecords, shortRecords == 1 ? "record had" : "records had");
        }
        if (longRecords > 0) {
            err.printf(Locale.ROOT, "iin: %,d %s more fields than the first; the extra fields follow the result"
                    + " columns%n", longRecords, longRecords == 1 ? "record had" : "records had");
        }
    }

    /** {@code n} and {@code unit} made plural when needed: "1 line", "2 lines". */
    public static String plural(long n, String unit) {
        return n == 1 ? unit : unit + "s";
    }

    /** The summary as one JSON object, for pipelines and audit logs. */
    public String toJson(String unit, double elapsedSeconds) {
        StringBuilder b = new StringBuilder(512).append('{');
        b.append('"').append(unit).append("s\":").append(total());
        b.append(",\"valid\":").append(valid).append(",\"invalid\":").append(invalid());
        b.append(",\"kinds\":{\"IIN\":").append(perKind[0]).append(",\"BIN\":").append(perKind[1])
                .append(",\"UNKNOWN\":").append(perKind[2]).append('}');
        b.append(",\"reasons\":{");
        for (IdError e : IdError.values()) {
            b.append(e.ordinal() == 0 ? "" : ",").append('"').append(e.name()).append("\":").append(perReason[e.ordinal()]);
        }
        b.append('}');
        b.append(",\"invalid_utf8_").append(unit).append("s\":").append(malformed);
        if (unit.equals("record")) {
            b.append(",\"short_records\":").append(shortRecords).append(",\"long_records\":").append(longRecords);
        }
        b.append(",\"elapsed_seconds\":").append(String.format(Locale.ROOT, "%.3f", elapsedSeconds));
        return b.append("}\n").toString();
    }
}
