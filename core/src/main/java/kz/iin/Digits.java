package kz.iin;

/**
 * An input read once: its 12 ASCII digits packed four bits each into a long, the first digit
 * highest, or a negative mark when it is not 12 ASCII digits. Every rule then reads digits from
 * that long (see {@link Layout}), whether the input was a String or bytes, without allocating.
 */
final class Digits {
    static final int LENGTH = 12;
    /** Not exactly 12 characters (or null). */
    static final long WRONG_LENGTH = -1;
    /** 12 characters, not all ASCII digits. */
    static final long NON_DIGIT = -2;

    private Digits() {
    }

    static long of(CharSequence s) {
        if (s == null || s.length() != LENGTH) {
            return WRONG_LENGTH;
        }
        return ofFirst(s, LENGTH);
    }

    /** {@code length} bytes from {@code offset}, one byte per character (ASCII text). */
    static long of(byte[] bytes, int offset, int length) {
        if (length != LENGTH) {
            return WRONG_LENGTH;
        }
        long packed = 0;
        for (int i = 0; i < LENGTH; i++) {
            int digit = bytes[offset + i] - '0';
            if (digit < 0 || digit > 9) {
                return NON_DIGIT;
            }
            packed = packed << 4 | digit;
        }
        return packed;
    }

    /** The first {@code count} characters as the first {@code count} digits (the rest 0), or {@link #NON_DIGIT}. */
    static long ofFirst(CharSequence s, int count) {
        long packed = 0;
        for (int i = 0; i < count; i++) {
            int digit = s.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return NON_DIGIT;
            }
            packed = packed << 4 | digit;
        }
        return packed << 4 * (LENGTH - count);
    }

    /** The digit at {@code index} (0-11) of a packed number. */
    static int at(long digits, int index) {
        return (int) (digits >>> 4 * (LENGTH - 1 - index)) & 0xF;
    }
}
