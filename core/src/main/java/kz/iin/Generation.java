package kz.iin;

/** Small helpers shared by the IIN and BIN builders. */
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

    static void requireInRange(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be 0-" + max + ", got " + value);
        }
    }
}
