package kz.iin;

/**
 * Checks and decodes identifiers one after another: the kind its 5th digit names, the first failing
 * strict and lenient reasons, and, when strictly valid, what the number encodes, without building an
 * {@link Iin} or {@link Bin} and without allocating.
 *
 * <p>For batch checkers and decoders that handle millions of numbers; for one number
 * {@link TaxpayerId#parse} and {@link TaxpayerId#check} are simpler. It runs the very rules and
 * decoding of those (and of the accessors of {@link Iin} and {@link Bin}) on one reading of the
 * digits, computing the check digit once per number. A decoder is reused from number to number, so it is not thread-safe: use one per
 * thread.
 *
 * <pre>{@code
 * IdDecoder d = new IdDecoder();
 * if (d.decode(line)) {
 *     out.print(d.kind() == Kind.IIN ? d.birthYear() + "-" + d.birthMonth() + "-" + d.birthDay() : d.entityType());
 * } else {
 *     out.print(d.error());
 * }
 * }</pre>
 */
public final class IdDecoder {
    private static final Kind[] KINDS = Kind.values();
    private static final IdError[] ERRORS = IdError.values();
    private static final int NONE = -1;
    // Ordinals, not references: storing a reference marks a card of the heap, and decoders on several
    // threads would then keep writing the same cache lines of the card table.
    private int kind = NONE;
    private int error = NONE;
    private int lenientError = NONE;
    // The last input's digits, a copy (the caller may reuse the input's buffer); read only when valid.
    private long digits;

    /**
     * Decodes {@code s}, which is judged exactly as given (no trimming). Never throws.
     *
     * @return true when {@code s} is strictly valid; then the decoded fields are available
     */
    public boolean decode(CharSequence s) {
        return judge(Digits.of(s));
    }

    /**
     * Decodes {@code length} bytes of {@code bytes} from {@code offset}, one byte per character, as
     * when the text is ASCII (a multi-byte UTF-8 sequence would count as several characters: decode
     * such text as a String). Never throws for bytes in range.
     *
     * @return true when the bytes are a strictly valid identifier
     */
    public boolean decodeAscii(byte[] bytes, int offset, int length) {
        return judge(Digits.of(bytes, offset, length));
    }

    private boolean judge(long digits) {
        if (digits < 0) {
            kind = NONE;
            error = Validation.formatError(digits).ordinal();
            lenientError = error;
            return false;
        }
        Kind k = Layout.kind(digits);
        kind = k == null ? NONE : k.ordinal();
        lenientError = ordinal(Validation.checkDigitError(digits));
        IdError componentError = Validation.componentError(digits);
        error = componentError != null ? componentError.ordinal() : lenientError;
        this.digits = digits;
        return error == NONE;
    }

    private static int ordinal(IdError e) {
        return e == null ? NONE : e.ordinal();
    }

    /** True when the last input is strictly valid. */
    public boolean valid() {
        return error == NONE;
    }

    /** IIN or BIN by the 5th digit, or null unless the last input is 12 ASCII digits with a 5th digit 0-6. Validity aside. */
    public Kind kind() {
        return kind == NONE ? null : KINDS[kind];
    }

    /** The first failing strict reason, as {@link TaxpayerId#check}; null when valid. */
    public IdError error() {
        return error == NONE ? null : ERRORS[error];
    }

    /** The first failing lenient (check digit only) reason, as {@link TaxpayerId#checkLenient}; null when it passes. */
    public IdError lenientError() {
        return lenientError == NONE ? null : ERRORS[lenientError];
    }

    /** The encoded birth year, as {@link Iin#birthDate()}. Only for a valid IIN. */
    public int birthYear() {
        requireValid(Kind.IIN);
        return Layout.birthYear(digits);
    }

    /** The encoded birth month (1-12). Only for a valid IIN. */
    public int birthMonth() {
        requireValid(Kind.IIN);
        return Layout.birthMonth(digits);
    }

    /** The encoded birth day (1-31). Only for a valid IIN. */
    public int birthDay() {
        requireValid(Kind.IIN);
        return Layout.birthDay(digits);
    }

    /** The sex the 7th digit encodes, as {@link Iin#sex()}. Only for a valid IIN. */
    public Sex sex() {
        requireValid(Kind.IIN);
        return Layout.sexOf(Layout.centurySexDigit(digits));
    }

    /** The year of (re-)registration, as {@link Bin#registered()} (two-digit years 90-99 are the 1990s). Only for a valid BIN. */
    public int registrationYear() {
        requireValid(Kind.BIN);
        return Layout.registrationYear(digits);
    }

    /** The month of (re-)registration (1-12). Only for a valid BIN. */
    public int registrationMonth() {
        requireValid(Kind.BIN);
        return Layout.registrationMonth(digits);
    }

    /** The entity type (5th digit). Only for a valid BIN. */
    public EntityType entityType() {
        requireValid(Kind.BIN);
        return EntityType.ofDigit(Layout.entityTypeDigit(digits));
    }

    /** The division (6th digit). Only for a valid BIN. */
    public Division division() {
        requireValid(Kind.BIN);
        return Division.ofDigit(Layout.divisionDigit(digits));
    }

    private void requireValid(Kind wanted) {
        if (error != NONE) {
            throw new IllegalStateException("the last input is not strictly valid (" + error() + "): nothing is decoded");
        }
        if (kind != wanted.ordinal()) {
            throw new IllegalStateException("the last input is a valid " + kind() + ": " + wanted + " fields are not decoded");
        }
    }
}
