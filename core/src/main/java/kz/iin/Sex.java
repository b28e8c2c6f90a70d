package kz.iin;

/** Sex as encoded in an IIN's 7th digit (odd: male, even: female). Not a fact about the person. */
public enum Sex {
    MALE("M"),
    FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** One-letter code used by the SQL and command-line layers: "M" or "F". */
    public String code() {
        return code;
    }

    /**
     * The sex with this one-letter code, exactly "M" or "F".
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Sex ofCode(String code) {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return sex;
            }
        }
        throw new IllegalArgumentException("sex must be 'M' or 'F'");
    }
}
