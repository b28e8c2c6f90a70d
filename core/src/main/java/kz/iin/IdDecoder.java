package kz.iin;

/**
 * Checks and decodes identifiers one after another, each in a single pass: the kind its 5th digit
 * names, the first failing strict and lenient reasons, and, when strictly valid, what the number
 * encodes, without building an {@link Iin} or {@link Bin} and without allocating.
 *
 * <p>For batch checkers and decoders that handle millions of numbers; for one number
 * {@link TaxpayerId#parse} and {@link TaxpayerId#check} are simpler. The answers are those of
 * {@link TaxpayerId#kindOf}, {@link TaxpayerId#check}, {@link TaxpayerId#checkLenient} and the
 * accessors of {@link Iin} and {@link Bin}. A decoder is reused from number to number, so it is not
 * thread-safe: use one per thread.
 *
 * <pre>{@code
 * IdDecoder d = new IdDecoder();
 * if (d.decode(line)) {
 *     out.print(d.kind() == Kind.IIN ? d.year() + "-" + d.month() + "-" + d.day() : d.entityType());
 * } else {
 *     out.print(d.error());
 * }
 * }</pre>
 */
public final class IdDecoder {
    private final int[] digits = new int[Validation.LENGTH];

    private Kind kind;
    private IdError error;
    private IdError lenientError;
    private int year;
    private int month;
    private int day;

    /**
     * Decodes {@code s}, which is judged exactly as given (no trimming). Never throws.
     *
     * @return true when {@code s} is strictly valid; then the decoded fields are available
     */
    public boolean decode(CharSequence s) {
        if (s == null || s.length() != Validation.LENGTH) {
            return fail(IdError.WRONG_LENGTH);
        }
        for (int i = 0; i < Validation.LENGTH; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return fail(IdError.NON_DIGIT);
            }
            digits[i] = c - '0';
        }
        return judgeDigits();
    }

    /**
     * Decodes {@code length} bytes of {@code bytes} from {@code offset}, one byte per character, as
     * when the text is ASCII (a multi-byte UTF-8 sequence would count as several characters: decode
     * such text as a String). Never throws for bytes in range.
     *
     * @return true when the bytes are a strictly valid identifier
     */
    public boolean decodeAscii(byte[] bytes, int offset, int length) {
        if (length != Validation.LENGTH) {
            return fail(IdError.WRONG_LENGTH);
        }
        for (int i = 0; i < Validation.LENGTH; i++) {
            int c = bytes[offset + i];
            if (c < '0' || c > '9') {
                return fail(IdError.NON_DIGIT);
            }
            digits[i] = c - '0';
        }
        return judgeDigits();
    }

    private boolean fail(IdError formatError) {
        kind = null;
        error = formatError;
        lenientError = formatError;
        return false;
    }

    /** The 12 digits are in place: components in the documented order, then the check digit. */
    private boolean judgeDigits() {
        int[] d = digits;
        int fifth = d[4];
        kind = fifth <= 3 ? Kind.IIN : fifth <= 6 ? Kind.BIN : null;
        int check = CheckDigit.ofDigits(d);
        lenientError = check == CheckDigit.NONE ? IdError.NO_CHECK_DIGIT
                : check == d[11] ? null : IdError.CHECK_DIGIT_MISMATCH;
        IdError component = fifth <= 3 ? iinComponents(d) : binComponents(d);
        error = component != null ? component : lenientError;
        return error == null;
    }

    private IdError iinComponents(int[] d) {
        int yy = 10 * d[0] + d[1];
        month = 10 * d[2] + d[3];
        day = 10 * d[4] + d[5];
        IdError error = Validation.iinComponentError(d[6], yy, month, day);
        if (error == null) {
            year = Validation.centuryOfDigit(d[6]) + yy;
        }
        return error;
    }

    private IdError binComponents(int[] d) {
        int yy = 10 * d[0] + d[1];
        year = yy >= Bin.PIVOT_YEAR ? 1900 + yy : 2000 + yy;
        month = 10 * d[2] + d[3];
        day = 0;
        return Validation.binComponentError(month, d[4], d[5]);
    }

    /** True when the last input is strictly valid. */
    public boolean valid() {
        return error == null;
    }

    /** IIN or BIN by the 5th digit, or null unless the last input is 12 ASCII digits with a 5th digit 0-6. Validity aside. */
    public Kind kind() {
        return kind;
    }

    /** The first failing strict reason, as {@link TaxpayerId#check}; null when valid. */
    public IdError error() {
        return error;
    }

    /** The first failing lenient (check digit only) reason, as {@link TaxpayerId#checkLenient}; null when it passes. */
    public IdError lenientError() {
        return lenientError;
    }

    /** IIN: the encoded birth year; BIN: the registration year (pivot 90). Only when {@link #valid()}. */
    public int year() {
        requireValid();
        return year;
    }

    /** IIN: the encoded birth month; BIN: the registration month (1-12). Only when {@link #valid()}. */
    public int month() {
        requireValid();
        return month;
    }

    /** IIN: the encoded birth day (1-31). Only for a valid IIN. */
    public int day() {
        requireKind(Kind.IIN);
        return day;
    }

    /** IIN: the sex the 7th digit encodes. Only for a valid IIN. */
    public Sex sex() {
        requireKind(Kind.IIN);
        return digits[6] % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** BIN: the entity type (5th digit). Only for a valid BIN. */
    public EntityType entityType() {
        requireKind(Kind.BIN);
        return EntityType.ofDigit(digits[4]);
    }

    /** BIN: the division (6th digit). Only for a valid BIN. */
    public Division division() {
        requireKind(Kind.BIN);
        return Division.ofDigit(digits[5]);
    }

    private void requireValid() {
        if (error != null) {
            throw new IllegalStateException("the last input is not strictly valid (" + error + "): nothing is decoded");
        }
    }

    private void requireKind(Kind wanted) {
        requireValid();
        if (kind != wanted) {
            throw new IllegalStateException("the last input is a valid " + kind + ", not an " + wanted);
        }
    }
}
