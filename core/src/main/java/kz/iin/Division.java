package kz.iin;

/** BIN 6th digit: which part of the registrant the number belongs to. */
public enum Division {
    HEAD_OFFICE(0),
    BRANCH(1),
    REPRESENTATIVE_OFFICE(2),
    /** Peasant or farm enterprise in joint entrepreneurship. */
    PEASANT_FARM(3);

    // values() copies the array on every call; the decoders call ofDigit once per number.
    private static final Division[] BY_DIGIT = values();

    private final int digit;

    Division(int digit) {
        this.digit = digit;
    }

    /** The digit that encodes this division in position 6. */
    public int digit() {
        return digit;
    }

    static Division ofDigit(int digit) {
        return BY_DIGIT[digit];
    }
}
