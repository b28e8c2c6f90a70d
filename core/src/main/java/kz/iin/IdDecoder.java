package kz.iin;

import java.nio.charset.StandardCharsets;

/**
 * Checks and decodes identifiers one after another: the kind its 5th digit names, the first failing
 * strict and lenient reasons, and, when strictly valid, what the number encodes, without building an
 * {@link Iin} or {@link Bin} and without allocating.
 *
 * <p>For batch checkers and decoders that handle millions of numbers; for one number
 * {@link TaxpayerId#parse} and {@link TaxpayerId#check} are simpler. It runs the very rules and
 * decoding of those (and of the accessors of {@link Iin} and {@link Bin}), computing the check digit
 * once per number. A decoder is reused from number to number, so it is not thread-safe: use one per
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
    private final AsciiBytes bytes = new AsciiBytes();

    private Kind kind;
    private IdError error;
    private IdError lenientError;
    // What a valid number encodes, read when it is decoded (the input may change afterwards).
    private int year;
    private int month;
    private int day;
    private Sex sex;
    private EntityType entityType;
    private Division division;

    /**
     * Decodes {@code s}, which is judged exactly as given (no trimming). Never throws.
     *
     * @return true when {@code s} is strictly valid; then the decoded fields are available
     */
    public boolean decode(CharSequence s) {
        return judge(s);
    }

    /**
     * Decodes {@code length} bytes of {@code bytes} from {@code offset}, one byte per character, as
     * when the text is ASCII (a multi-byte UTF-8 sequence would count as several characters: decode
     * such text as a String). Never throws for bytes in range.
     *
     * @return true when the bytes are a strictly valid identifier
     */
    public boolean decodeAscii(byte[] bytes, int offset, int length) {
        return judge(this.bytes.view(bytes, offset, length));
    }

    private boolean judge(CharSequence s) {
        IdError formatError = Validation.formatError(s);
        if (formatError != null) {
            kind = null;
            error = formatError;
            lenientError = formatError;
            return false;
        }
        kind = Layout.kind(s);
        lenientError = Validation.checkDigitError(s);
        IdError componentError = Validation.componentError(s);
        error = componentError != null ? componentError : lenientError;
        if (error != null) {
            return false;
        }
        if (Layout.judgedAsIin(s)) {
            year = Layout.birthYear(s);
            month = Layout.birthMonth(s);
            day = Layout.birthDay(s);
            sex = Layout.sexOf(Layout.centurySexDigit(s));
        } else {
            year = Layout.registrationYear(s);
            month = Layout.registrationMonth(s);
            entityType = EntityType.ofDigit(Layout.entityTypeDigit(s));
            division = Division.ofDigit(Layout.divisionDigit(s));
        }
        return true;
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

    /** The encoded birth year, as {@link Iin#birthDate()}. Only for a valid IIN. */
    public int birthYear() {
        requireValid(Kind.IIN);
        return year;
    }

    /** The encoded birth month (1-12). Only for a valid IIN. */
    public int birthMonth() {
        requireValid(Kind.IIN);
        return month;
    }

    /** The encoded birth day (1-31). Only for a valid IIN. */
    public int birthDay() {
        requireValid(Kind.IIN);
        return day;
    }

    /** The sex the 7th digit encodes, as {@link Iin#sex()}. Only for a valid IIN. */
    public Sex sex() {
        requireValid(Kind.IIN);
        return sex;
    }

    /** The year of (re-)registration, as {@link Bin#registered()} (two-digit years 90-99 are the 1990s). Only for a valid BIN. */
    public int registrationYear() {
        requireValid(Kind.BIN);
        return year;
    }

    /** The month of (re-)registration (1-12). Only for a valid BIN. */
    public int registrationMonth() {
        requireValid(Kind.BIN);
        return month;
    }

    /** The entity type (5th digit). Only for a valid BIN. */
    public EntityType entityType() {
        requireValid(Kind.BIN);
        return entityType;
    }

    /** The division (6th digit). Only for a valid BIN. */
    public Division division() {
        requireValid(Kind.BIN);
        return division;
    }

    private void requireValid(Kind wanted) {
        if (error != null) {
            throw new IllegalStateException("the last input is not strictly valid (" + error + "): nothing is decoded");
        }
        if (kind != wanted) {
            throw new IllegalStateException("the last input is a valid " + kind + ": " + wanted + " fields are not decoded");
        }
    }

    /** A reusable view of ASCII bytes as characters, so that bytes go through the same validator as Strings. */
    private static final class AsciiBytes implements CharSequence {
        private byte[] bytes;
        private int offset;
        private int length;

        AsciiBytes view(byte[] bytes, int offset, int length) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
            return this;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[offset + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(bytes, offset + start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
    }
}
