package kz.iin;

import java.util.Optional;

/**
 * A valid 12-digit Kazakhstan identifier of either kind. Use this when the kind is not known in
 * advance; the 5th digit decides (IIN 0-3, BIN 4-6).
 */
public sealed interface TaxpayerId permits Iin, Bin {

    /** The 12 ASCII digits. */
    String value();

    Kind kind();

    /** The value with all but the last four digits hidden, for logs and messages. */
    default String masked() {
        return mask(value());
    }

    /**
     * Parses a number of either kind by its 5th digit: 0-3 under IIN rules, anything else under
     * BIN rules (so 7-9 fail as {@link IdError#INVALID_ENTITY_TYPE}).
     *
     * @throws InvalidIdException carrying the first failing reason
     */
    static TaxpayerId parse(CharSequence s) {
        long digits = Digits.of(s);
        if (digits < 0) {
            throw ErrorMessages.exception(Validation.formatError(digits), s, "IIN/BIN");
        }
        // The record constructors validate; doing it here too would validate twice.
        String value = s.toString();
        return Layout.judgedAsIin(digits) ? new Iin(value) : new Bin(value);
    }

    /** The kind the 5th digit names, or empty unless {@code s} is 12 ASCII digits with a 5th digit 0-6. Validity is not checked. */
    static Optional<Kind> kindOf(CharSequence s) {
        long digits = Digits.of(s);
        return digits < 0 ? Optional.empty() : Optional.ofNullable(Layout.kind(digits));
    }

    /** First failing strict reason under the rules of the kind the 5th digit names; empty when valid. Never throws. */
    static Optional<IdError> check(CharSequence s) {
        return IdError.optional(Validation.anyKindError(s));
    }

    /** Strictly valid as the kind its 5th digit names. Never throws. */
    static boolean isValid(CharSequence s) {
        return Validation.anyKindError(s) == null;
    }

    /** Lenient: 12 ASCII digits whose check digit matches (identical for both kinds). Never throws. */
    static boolean hasValidCheckDigit(CharSequence s) {
        return Validation.lenientError(s) == null;
    }

    /** First failing lenient reason: WRONG_LENGTH, NON_DIGIT, NO_CHECK_DIGIT or CHECK_DIGIT_MISMATCH. Never throws. */
    static Optional<IdError> checkLenient(CharSequence s) {
        return IdError.optional(Validation.lenientError(s));
    }

    /**
     * Cleans user input before validation: removes spaces (including no-break, figure and narrow
     * no-break spaces) and hyphens (ASCII, U+2010, U+2011), nothing else. Validation never does this
     * itself. Returns null for null.
     */
    static String compact(CharSequence s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case ' ', '\u00A0', '\u2007', '\u202F', '-', '\u2010', '\u2011' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Hides all but the last four characters, for logs, messages and reports: {@code ********0124}.
     * Input longer than 16 characters is summarised by its length. Never throws.
     */
    static String mask(CharSequence s) {
        if (s == null) {
            return "<null>";
        }
        int length = s.length();
        if (length > 16) {
            return "<" + length + " characters>";
        }
        int shown = Math.max(0, Math.min(4, length - 8));
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length - shown; i++) {
            out.append('*');
        }
        return out.append(s, length - shown, length).toString();
    }
}
