package kz.iin.cli;

import java.io.PrintStream;
import java.util.Locale;
import kz.iin.IdError;
import kz.iin.Kind;

/** Counts per kind and reason over a run; printed on stderr at its end, and written as JSON when asked. */
final class RunSummary {
    private final long[] perReason = new long[IdError.values().length];
    /** IIN, BIN, then UNKNOWN. */
    private final long[] perKind = new long[3];
    private long total;
    private long malformed;
    private String firstMalformed;
    private long shortRecords;
    private long longRecords;

    void add(Checker r) {
        total++;
        IdError error = r.error();
        if (error != null) {
            perReason[error.ordinal()]++;
        }
        Kind kind = r.decoder.kind();
        perKind[kind == null ? 2 : kind.ordinal()]++;
    }

    /** Adds the counts of a later part of the run (a block of lines). */
    void add(RunSummary later) {
        total += later.total;
        for (int i = 0; i < perReason.length; i++) {
            perReason[i] += later.perReason[i];
        }
        for (int i = 0; i < perKind.length; i++) {
            perKind[i] += later.perKind[i];
        }
        if (malformed == 0) {
            firstMalformed = later.firstMalformed;
        }
        malformed += later.malformed;
        shortRecords += later.shortRecords;
        longRecords += later.longRecords;
    }

    /** A line of {@code source} (a file or "-") that was not UTF-8, judged with U+FFFD for its bad bytes. */
    void malformedLine(String source, long line) {
        if (malformed++ == 0) {
            firstMalformed = TextInput.name(source) + " line " + String.format(Locale.ROOT, "%,d", line);
        }
    }

    /** A CSV record with fewer fields than the header (or first record): padded. */
    void shortRecord() {
        shortRecords++;
    }

    /** A CSV record with more fields: its extra fields follow the result columns. */
    void longRecord() {
        longRecords++;
    }

    long total() {
        return total;
    }

    long invalid() {
        long n = 0;
        for (long r : perReason) {
            n += r;
        }
        return n;
    }

    /** The summary for people; {@code unit} is "line" or "record", made plural as needed. */
    void print(PrintStream err, String unit) {
        err.printf(Locale.ROOT, "iin: %,d %s checked: %,d valid, %,d invalid%n", total, plural(total, unit),
                total - invalid(), invalid());
        for (IdError e : IdError.values()) {
            if (perReason[e.ordinal()] > 0) {
                err.printf(Locale.ROOT, "  %-28s %,12d  %s%n", e.name(), perReason[e.ordinal()], e.description());
            }
        }
        if (malformed > 0) {
            err.printf(Locale.ROOT, "iin: %,d %s not valid UTF-8 (first: %s); judged with U+FFFD in place of the bad"
                    + " bytes, never valid. If the file is not UTF-8 (Excel in a Kazakh or Russian locale saves"
                    + " Windows-1251), run again with --encoding windows-1251%n",
                    malformed, malformed == 1 ? "line was" : "lines were", firstMalformed);
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

    /** "1 line", "2 lines". */
    static String plural(long n, String unit) {
        return n == 1 ? unit : unit + "s";
    }

    /** The summary as one JSON object, for pipelines and audit logs. */
    String toJson(String unit, double elapsedSeconds) {
        StringBuilder b = new StringBuilder(512).append("{\"").append(unit).append("s\":").append(total)
                .append(",\"valid\":").append(total - invalid()).append(",\"invalid\":").append(invalid())
                .append(",\"kinds\":{\"IIN\":").append(perKind[0]).append(",\"BIN\":").append(perKind[1])
                .append(",\"UNKNOWN\":").append(perKind[2]).append("},\"reasons\":{");
        for (IdError e : IdError.values()) {
            b.append(e.ordinal() == 0 ? "\"" : ",\"").append(e.name()).append("\":").append(perReason[e.ordinal()]);
        }
        b.append("},\"invalid_utf8_").append(unit).append("s\":").append(malformed);
        if (unit.equals("record")) {
            b.append(",\"short_records\":").append(shortRecords).append(",\"long_records\":").append(longRecords);
        }
        return b.append(String.format(Locale.ROOT, ",\"elapsed_seconds\":%.3f}\n", elapsedSeconds)).toString();
    }
}
