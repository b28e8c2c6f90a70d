package kz.iin;

/** What the IIN and BIN builders share: writing digits and completing a body with its check digit. */
final class Generation {
    private Generation() {
    }

    /** Writes {@code value} as {@code width} zero-padded ASCII digits at {@code offset}. */
    static void writeNumber(char[] digits, int offset, int width, int value) {
        for (int i = offset + width - 1; i >= offset; i--) {
            digits[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * Writes the check digit of digits 1-11 as the 12th digit.
     *
     * @return false, leaving the digits as they are, when this body has no check digit
     */
    static boolean completeWithCheckDigit(char[] digits) {
        // A String rather than a CharBuffer view, so that the hot reading loop meets one type more seldom.
        int check = CheckDigit.of(Digits.ofFirst(new String(digits, 0, 11), 11));
        if (check == CheckDigit.NONE) {
            return false;
        }
        digits[11] = (char) ('0' + check);
        return true;
    }

    /**
     * Tries serials from {@code fromSerial} to {@code maxSerial}, written at {@code offset} in {@code width}
     * digits, and returns the first number whose body has a check digit, completed; null when none has.
     */
    static String firstWithCheckDigit(char[] digits, int offset, int width, int fromSerial, int maxSerial) {
        for (int serial = fromSerial; serial <= maxSerial; serial++) {
            writeNumber(digits, offset, width, serial);
            if (completeWithCheckDigit(digits)) {
                return new String(digits);
            }
        }
        return null;
    }

    static void requireInRange(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be 0-" + max + ", got " + value);
        }
    }
}
