package kz.iin;

import java.time.Year;

/**
 * The one validator behind every public check, parse and constructor. Each method returns the
 * first failing reason in {@link IdError} order, or null when the input passes; nothing here
 * allocates, so the hot paths ({@code isValid}, {@code check}) stay garbage-free.
 */
final class Validation {
    static final int LENGTH = 12;

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Validation() {
    }

    /** Strict IIN rules: century/sex digit, encoded birth date, check digit. */
    static IdError iinError(CharSequence s) {
        IdError error = formatError(s);
        if (error != null) {
            return error;
        }
        IdError component = iinComponentError(digit(s, 6), twoDigits(s, 0), twoDigits(s, 2), twoDigits(s, 4));
        return component != null ? component : checkDigitError(s);
    }

    /**
     * The IIN's components, from its digits: century/sex digit (7th), then the encoded birth date
     * ({@code yy}, {@code month}, {@code day} from positions 1-6). Shared with {@link IdDecoder}.
     */
    static IdError iinComponentError(int centurySex, int yy, int month, int day) {
        if (centurySex < 1 || centurySex > 6) {
            return IdError.INVALID_CENTURY_SEX_DIGIT;
        }
        int year = centuryOfDigit(centurySex) + yy;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return IdError.INVALID_BIRTH_DATE;
        }
        return null;
    }

    /** Strict BIN rules: registration month, entity type, division, check digit. */
    static IdError binError(CharSequence s) {
        IdError error = formatError(s);
        if (error != null) {
            return error;
        }
        IdError component = binComponentError(twoDigits(s, 2), digit(s, 4), digit(s, 5));
        return component != null ? component : checkDigitError(s);
    }

    /** The BIN's components, from its digits: registration month, entity type, division. Shared with {@link IdDecoder}. */
    static IdError binComponentError(int month, int type, int division) {
        if (month < 1 || month > 12) {
            return IdError.INVALID_REGISTRATION_MONTH;
        }
        if (type < 4 || type > 6) {
            return IdError.INVALID_ENTITY_TYPE;
        }
        return division > 3 ? IdError.INVALID_DIVISION : null;
    }

    /** Strict rules of the kind the 5th digit names: 0-3 IIN, anything else BIN. */
    static IdError anyKindError(CharSequence s) {
        IdError error = formatError(s);
        if (error != null) {
            return error;
        }
        return digit(s, 4) <= 3 ? iinError(s) : binError(s);
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

    private static IdError checkDigitError(CharSequence s) {
        int expected = CheckDigit.of(s);
        if (expected == CheckDigit.NONE) {
            return IdError.NO_CHECK_DIGIT;
        }
        return expected == digit(s, 11) ? null : IdError.CHECK_DIGIT_MISMATCH;
    }

    /** First year of the hundred-year block an IIN 7th digit (1-6) names: 1800, 1900 or 2000. */
    static int centuryOfDigit(int centurySex) {
        return 1800 + 100 * ((centurySex - 1) / 2);
    }

    static int daysInMonth(int year, int month) {
        return month == 2 && Year.isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
    }

    static int digit(CharSequence s, int index) {
        return s.charAt(index) - '0';
    }

    static int twoDigits(CharSequence s, int index) {
        return digit(s, index) * 10 + digit(s, index + 1);
    }
}
