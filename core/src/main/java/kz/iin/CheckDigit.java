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

    /** The check digit of the first 11 characters of {@code digits}, which the caller has checked are ASCII digits. */
    static int of(CharSequence digits) {
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
        int bad = Validation.firstNonDigit(first11Digits, 11);
        if (bad >= 0) {
            throw new IllegalArgumentException("expected only ASCII digits 0-9; position " + (bad + 1) + " is not one");
        }
        return of(first11Digits);
    }

    private static int weightedSumMod11(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
