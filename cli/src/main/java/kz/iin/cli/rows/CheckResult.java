package kz.iin.cli.rows;

import kz.iin.IdDecoder;
import kz.iin.IdError;
import kz.iin.Kind;
import kz.iin.TaxpayerId;

/**
 * One input checked by core's {@link IdDecoder}: its kind, the first failing reason (strict, or the
 * check digit only with {@code lenient}), and what it encodes when strictly valid. Reused from input to
 * input.
 */
public final class CheckResult {
    private final boolean lenient;
    private final boolean compact;
    private final IdDecoder decoder = new IdDecoder();
    // The answers, kept once per input: every column asks for them.
    private IdError error;
    private Kind decodedKind;

    /** @param compact strip spaces and hyphens first; otherwise judge exactly as given */
    public CheckResult(boolean lenient, boolean compact) {
        this.lenient = lenient;
        this.compact = compact;
    }

    public CheckResult check(CharSequence input) {
        boolean decoded = decoder.decode(compact ? TaxpayerId.compact(input) : input);
        error = lenient ? decoder.lenientError() : decoder.error();
        decodedKind = decoded ? decoder.kind() : null;
        return this;
    }

    public boolean valid() {
        return error == null;
    }

    /** IIN or BIN by the 5th digit; null (UNKNOWN) unless 12 ASCII digits with a 5th digit 0-6. */
    public Kind kind() {
        return decoder.kind();
    }

    public IdError error() {
        return error;
    }

    /** Strictly valid: only then is anything decoded (a lenient pass may encode no real date). */
    public boolean decoded() {
        return decodedKind != null;
    }

    /** The kind when strictly valid (decoded), else null. */
    public Kind decodedKind() {
        return decodedKind;
    }

    /** The birth year of a valid IIN, the registration year of a valid BIN. */
    int year() {
        return decodedKind == Kind.IIN ? decoder.birthYear() : decoder.registrationYear();
    }

    /** The birth month of a valid IIN, the registration month of a valid BIN. */
    int month() {
        return decodedKind == Kind.IIN ? decoder.birthMonth() : decoder.registrationMonth();
    }

    /** The birth day of a valid IIN. */
    int day() {
        return decoder.birthDay();
    }

    IdDecoder decoder() {
        return decoder;
    }
}
