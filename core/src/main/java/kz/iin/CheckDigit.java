package kz.iin;

/**
 * The check digit shared by IIN and BIN, computed here only: a weighted sum mod 11 over digits 1-11,
 * with a second weight vector when the first gives 10. When the second gives 10 too, no check digit
 * exists and such a body is never issued; it is not mapped to 0 (a known mistake of some implementations).
 */
final class CheckDigit {
    /** Returned when both passes give 10. */
    static final int NONE = -1;

    private static final int[] FIRST_PASS_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_PASS_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private CheckDigit() {
    }

    /** The check digit of digits 1-11 of a {@link Digits} packing; the 12th is ignored. */
    static int of(long digits) {
        int first = weightedSumMod11(digits, FIRST_PASS_WEIGHTS);
        if (first != 10) {
            return first;
        }
        int second = weightedSumMod11(digits, SECOND_PASS_WEIGHTS);
        return second == 10 ? NONE : second;
    }

    /** Public entry: validates that the argument is exactly 11 ASCII digits, then computes. */
    static int ofBody(CharSequence first11Digits) {
        if (first11Digits == null || first11Digits.length() != 11) {
            throw new IllegalArgumentException("expected exactly 11 digits, got "
                    + (first11Digits == null ? "null" : first11Digits.length() + " characters"));
        }
        long digits = Digits.ofFirst(first11Digits, 11);
        if (digits == Digits.NON_DIGIT) {
            throw new IllegalArgumentException("expected only ASCII digits 0-9; position "
                    + (Validation.firstNonDigit(first11Digits, 11) + 1) + " is not one");
        }
        return of(digits);
    }

    private static int weightedSumMod11(long digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += Digits.at(digits, i) * weights[i];
        }
        return sum % 11;
    }
}
