package kz.iin.cli;

import java.io.PrintStream;
import java.util.Locale;
import kz.iin.IdError;
import kz.iin.Kind;
import kz.iin.cli.rows.CheckResult;

/** Counts per kind and reason over a run; printed on stderr at its end, and written as JSON when asked. */
final class RunSummary {
    private final long[] perReason = new long[IdError.values().length];
    /** IIN, BIN, then UNKNOWN. */
    private final long[] perKind = new long[3];
    private long valid;
    private long malformed;
    private long firstMalformedLine;
    private String firstMalformedSource;
    private long shortRecords;
    private long longRecords;

    void add(CheckResult r) {
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
    void malformedLine(String source, long line) {
        if (malformed++ == 0) {
            firstMalformedSource = source;
            firstMalformedLine = line;
        }
    }

    /** Adds the counts of a part of the run (a block of lines checked on another thread). */
    void add(RunSummary part) {
        for (int i = 0; i < perReason.length; i++) {
            perReason[i] += part.perReason[i];
        }
        for (int i = 0; i < perKind.length; i++) {
            perKind[i] += part.perKind[i];
        }
        valid += part.valid;
        if (malformed == 0 && part.malformed > 0) {
            firstMalformedSource = part.firstMalformedSource;
            firstMalformedLine = part.firstMalformedLine;
        }
        malformed += part.malformed;
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
        long t = valid;
        for (long n : perReason) {
            t += n;
        }
        return t;
    }

    long valid() {
        return valid;
    }

    long invalid() {
        return total() - valid;
    }

    /**
     * The summary for people.
     *
     * @param unit "line" or "record" (made plural as needed)
     */
    void print(PrintStream err, String unit) {
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

    /**
     * Prints the summary on stderr (unless {@code quiet}; {@code ifNone} when nothing was checked), writes
     * the JSON summary, and gives the exit code.
     */
    int finish(PrintStream err, String unit, boolean quiet, String ifNone, SummaryFile json, long startedNanos) {
        if (!quiet) {
            if (total() == 0) {
                err.println("iin: " + ifNone);
            } else {
                print(err, unit);
            }
        }
        json.write(toJson(unit, (System.nanoTime() - startedNanos) / 1e9));
        return invalid() > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    /** {@code n} and {@code unit} made plural when needed: "1 line", "2 lines". */
    static String plural(long n, String unit) {
        return n == 1 ? unit : unit + "s";
    }

    /** The summary as one JSON object, for pipelines and audit logs. */
    String toJson(String unit, double elapsedSeconds) {
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
