package kz.iin.cli.batch;

import java.io.PrintStream;
import kz.iin.IdError;

/** Counts per reason over a block or a whole run; printed on stderr at the end. */
public final class Summary {
    private final long[] perReason = new long[IdError.values().length];
    private long valid;
    private long malformed;
    private long firstMalformedLine;
    private String firstMalformedSource;

    public void add(Verdict v) {
        IdError e = v.error();
        if (e == null) {
            valid++;
        } else {
            perReason[e.ordinal()]++;
        }
    }

    /** Records a line that was not valid UTF-8 (judged with U+FFFD in place of the bad bytes). */
    public void malformedLine(long line) {
        if (malformed++ == 0) {
            firstMalformedLine = line;
        }
    }

    /** Adds a block's counts; its line numbers start after {@code linesBefore} lines of {@code source}. */
    public void merge(Summary block, String source, long linesBefore) {
        for (int i = 0; i < perReason.length; i++) {
            perReason[i] += block.perReason[i];
        }
        valid += block.valid;
        if (block.malformed > 0 && malformed == 0) {
            firstMalformedLine = linesBefore + block.firstMalformedLine;
            firstMalformedSource = source;
        }
        malformed += block.malformed;
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

    public long count(IdError e) {
        return perReason[e.ordinal()];
    }

    public long malformed() {
        return malformed;
    }

    public void print(PrintStream err, String unit) {
        long total = total();
        err.printf("iin: %,d %s checked: %,d valid, %,d invalid%n", total, unit, valid, invalid());
        for (IdError e : IdError.values()) {
            long n = perReason[e.ordinal()];
            if (n > 0) {
                err.printf("  %-28s %,12d  %s%n", e.name(), n, e.description());
            }
        }
        if (malformed > 0) {
            err.printf("  %,d %s not valid UTF-8 (first: %s line %d); judged with U+FFFD in place of the bad bytes, never valid%n",
                    malformed, malformed == 1 ? "line was" : "lines were", firstMalformedSource, firstMalformedLine);
        }
    }
}
