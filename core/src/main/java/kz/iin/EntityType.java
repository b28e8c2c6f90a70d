package kz.iin;

/** BIN 5th digit: what kind of registrant the number belongs to. */
public enum EntityType {
    RESIDENT(4),
    NON_RESIDENT(5),
    JOINT_ENTREPRENEUR(6);

    // values() copies the array on every call; the decoders call ofDigit once per number.
    private static final EntityType[] BY_DIGIT = values();

    private final int digit;

    EntityType(int digit) {
        this.digit = digit;
    }

    /** The digit that encodes this type in position 5. */
    public int digit() {
        return digit;
    }

    static EntityType ofDigit(int digit) {
        return BY_DIGIT[digit - 4];
    }
}
