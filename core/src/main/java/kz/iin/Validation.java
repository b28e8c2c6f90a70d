package kz.iin;

import java.time.Year;

/**
 * The one validator behind every public check, parse and constructor, and behind {@link IdDecoder}.
 * Each method returns the first failing reason in {@link IdError} order, or null when the input
 * passes; nothing here allocates, so the hot paths ({@code isValid}, {@code check}) stay garbage-free.
 */
final class Validation {
    static final int LENGTH = 12;

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Validation() {
    }

    /** Strict IIN rules: century/sex digit, encoded birth date, check digit. */
    static IdError iinError(CharSequence s) {
        IdError error = formatError(s);
        if (error == null) {
            error = iinComponentError(s);
        }
        return error != null ? error : checkDigitError(s);
    }

    /** Strict BIN rules: registration month, entity type, division, check digit. */
    static IdError binError(CharSequence s) {
        IdError error = formatError(s);
        if (error == null) {
            error = binComponentError(s);
        }
        return error != null ? error : checkDigitError(s);
    }

    /** Strict rules of the kind the 5th digit names ({@link Layout#judgedAsIin}). */
    static IdError anyKindError(CharSequence s) {
        IdError error = formatError(s);
        if (error == null) {
            error = componentError(s);
        }
        return error != null ? error : checkDigitError(s);
    }

    /** Lenient rules, the same for both kinds: 12 ASCII digits with a matching check digit. */
    static IdError lenientError(CharSequence s) {
        IdError error = formatError(s);
        return error != null ? error : checkDigitError(s);
    }

    static IdError formatError(CharSequence s) {
        if (s == null || s.length() != LENGTH) {
            return IdError.WRONG_LENGTH;
        }
        return firstNonDigit(s, LENGTH) < 0 ? null : IdError.NON_DIGIT;
    }

    /** The components of the kind the 5th digit names; {@code s} has passed {@link #formatError}. */
    static IdError componentError(CharSequence s) {
        return Layout.judgedAsIin(s) ? iinComponentError(s) : binComponentError(s);
    }

    /** The IIN's century/sex digit, then its encoded birth date; {@code s} has passed {@link #formatError}. */
    static IdError iinComponentError(CharSequence s) {
        int centurySex = Layout.centurySexDigit(s);
        if (centurySex < 1 || centurySex > 6) {
            return IdError.INVALID_CENTURY_SEX_DIGIT;
        }
        int month = Layout.birthMonth(s);
        int day = Layout.birthDay(s);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Layout.birthYear(s), month)) {
            return IdError.INVALID_BIRTH_DATE;
        }
        return null;
    }

    /** The BIN's registration month, entity type and division; {@code s} has passed {@link #formatError}. */
    static IdError binComponentError(CharSequence s) {
        int month = Layout.registrationMonth(s);
        if (month < 1 || month > 12) {
            return IdError.INVALID_REGISTRATION_MONTH;
        }
        int type = Layout.entityTypeDigit(s);
        if (type < 4 || type > 6) {
            return IdError.INVALID_ENTITY_TYPE;
        }
        return Layout.divisionDigit(s) > 3 ? IdError.INVALID_DIVISION : null;
    }

    /** NO_CHECK_DIGIT, CHECK_DIGIT_MISMATCH or null; {@code s} has passed {@link #formatError}. */
    static IdError checkDigitError(CharSequence s) {
        int expected = CheckDigit.of(s);
        if (expected == CheckDigit.NONE) {
            return IdError.NO_CHECK_DIGIT;
        }
        return expected == Layout.writtenCheckDigit(s) ? null : IdError.CHECK_DIGIT_MISMATCH;
    }

    /** Index of the first character of {@code s[0, length)} outside '0'-'9', or -1. */
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
