package kz.iin.cli.batch;

import kz.iin.IdError;
import kz.iin.Kind;
import kz.iin.TaxpayerId;

/**
 * The judgement of one input, all by core: kind by the 5th digit, first failing reason, and the parsed
 * value when strictly valid (its decoded fields are what the number encodes). Reused from line to line.
 */
public final class Verdict {
    private final boolean lenient;
    private final boolean compact;

    private Kind kind;
    private IdError error;
    private TaxpayerId id;

    /**
     * @param lenient judge by the check digit only ({@link TaxpayerId#checkLenient}) instead of strictly
     * @param compact strip spaces and hyphens first ({@link TaxpayerId#compact}); otherwise judge exactly as given
     */
    public Verdict(boolean lenient, boolean compact) {
        this.lenient = lenient;
        this.compact = compact;
    }

    /** Judges {@code input}; the results stay until the next call. */
    public Verdict judge(String input) {
        String s = compact ? TaxpayerId.compact(input) : input;
        // One strict check by the kind the 5th digit names; a valid number is then parsed (its
        // constructor validates once more) and gives its own kind, so only an invalid line needs kindOf.
        IdError strict = TaxpayerId.check(s).orElse(null);
        if (strict == null) {
            id = TaxpayerId.parse(s);
            kind = id.kind();
        } else {
            id = null;
            kind = TaxpayerId.kindOf(s).orElse(null);
        }
        // Decoded fields only for strictly valid numbers: a lenient pass may encode no real date.
        error = lenient ? TaxpayerId.checkLenient(s).orElse(null) : strict;
        return this;
    }

    public boolean valid() {
        return error == null;
    }

    /** IIN or BIN by the 5th digit, or null (UNKNOWN) unless 12 ASCII digits with a 5th digit 0-6. */
    public Kind kind() {
        return kind;
    }

    /** First failing reason, or null when valid. */
    public IdError error() {
        return error;
    }

    /** The parsed number when strictly valid, else null. */
    public TaxpayerId id() {
        return id;
    }
}
