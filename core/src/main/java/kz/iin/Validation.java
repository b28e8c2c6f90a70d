package kz.iin;

import java.time.Year;

/**
 * The one validator behind every public check, parse and constructor, and behind {@link IdDecoder}.
 * An input is read once into {@link Digits}; each rule then returns the first failing reason in
 * {@link IdError} order, or null when it passes. Nothing here allocates, so the hot paths
 * ({@code isValid}, {@code check}) stay garbage-free.
 */
final class Validation {
    static final int LENGTH = Digits.LENGTH;

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Validation() {
    }

    /** Strict IIN rules: century/sex digit, encoded birth date, check digit. */
    static IdError iinError(CharSequence s) {
        long digits = Digits.of(s);
        if (digits < 0) {
            return formatError(digits);
        }
        IdError error = iinComponentError(digits);
        return error != null ? error : checkDigitError(digits);
    }

    /** Strict BIN rules: registration month, entity type, division, check digit. */
    static IdError binError(CharSequence s) {
        long digits = Digits.of(s);
        if (digits < 0) {
            return formatError(digits);
        }
        IdError error = binComponentError(digits);
        return error != null ? error : checkDigitError(digits);
    }

    /** Strict rules of the kind the 5th digit names ({@link Layout#judgedAsIin}). */
    static IdError anyKindError(CharSequence s) {
        long digits = Digits.of(s);
        if (digits < 0) {
            return formatError(digits);
        }
        IdError error = componentError(digits);
        return error != null ? error : checkDigitError(digits);
    }

    /** Lenient rules, the same for both kinds: 12 ASCII digits with a matching check digit. */
    static IdError lenientError(CharSequence s) {
        long digits = Digits.of(s);
        return digits < 0 ? formatError(digits) : checkDigitError(digits);
    }

    static IdError formatError(CharSequence s) {
        return formatError(Digits.of(s));
    }

    /** WRONG_LENGTH or NON_DIGIT for the marks of {@link Digits}, null for digits. */
    static IdError formatError(long digits) {
        if (digits == Digits.WRONG_LENGTH) {
            return IdError.WRONG_LENGTH;
        }
        return digits == Digits.NON_DIGIT ? IdError.NON_DIGIT : null;
    }

    /** The components of the kind the 5th digit names. */
    static IdError componentError(long digits) {
        return Layout.judgedAsIin(digits) ? iinComponentError(digits) : binComponentError(digits);
    }

    /** The IIN's century/sex digit, then its encoded birth date. */
    static IdError iinComponentError(long digits) {
        int centurySex = Layout.centurySexDigit(digits);
        if (centurySex < 1 || centurySex > 6) {
            return IdError.INVALID_CENTURY_SEX_DIGIT;
        }
        int month = Layout.birthMonth(digits);
        int day = Layout.birthDay(digits);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Layout.birthYear(digits), month)) {
            return IdError.INVALID_BIRTH_DATE;
        }
        return null;
    }

    /** The BIN's registration month, entity type and division. */
    static IdError binComponentError(long digits) {
        int month = Layout.registrationMonth(digits);
        if (month < 1 || month > 12) {
            return IdError.INVALID_REGISTRATION_MONTH;
        }
        int type = Layout.entityTypeDigit(digits);
        if (type < 4 || type > 6) {
            return IdError.INVALID_ENTITY_TYPE;
        }
        return Layout.divisionDigit(digits) > 3 ? IdError.INVALID_DIVISION : null;
    }

    /** NO_CHECK_DIGIT, CHECK_DIGIT_MISMATCH or null. */
    static IdError checkDigitError(long digits) {
        int expected = CheckDigit.of(digits);
        if (expected == CheckDigit.NONE) {
            return IdError.NO_CHECK_DIGIT;
        }
        return expected == Layout.writtenCheckDigit(digits) ? null : IdError.CHECK_DIGIT_MISMATCH;
    }

    /** Index of the first character of {@code s[0, length)} outside '0'-'9', or -1 (for messages). */
    static int firstNonDigit(CharSequence s, int length) {
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return i;
            }
        }
        return -1;
    }

    private static int daysInMonth(int year, int month) {
        return month == 2 && Year.isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
    }
}
