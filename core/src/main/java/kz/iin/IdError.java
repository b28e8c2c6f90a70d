package kz.iin;

import java.util.Optional;

/**
 * Why a string is not a valid IIN or BIN.
 *
 * <p>Declaration order is the documented precedence: validation reports the first reason that
 * applies, checking length, then characters, then the structural components, then the check digit.
 */
public enum IdError {
    /** Not exactly 12 characters (null counts as this). Nothing is trimmed. */
    WRONG_LENGTH("not 12 characters long"),
    /** A character other than the ASCII digits '0'-'9': no Unicode digits, signs or spaces. */
    NON_DIGIT("contains a character other than the ASCII digits 0-9"),
    /** IIN: the 7th digit (century and sex) is 0, 7, 8 or 9; only 1-6 are issued. */
    INVALID_CENTURY_SEX_DIGIT("7th digit (century and sex) is not 1-6"),
    /** IIN: positions 1-6 are not a real calendar date in the century the 7th digit names. */
    INVALID_BIRTH_DATE("encoded birth date (positions 1-6) is not a calendar date"),
    /** BIN: positions 3-4 are not a month 01-12. */
    INVALID_REGISTRATION_MONTH("registration month (positions 3-4) is not 01-12"),
    /** BIN: the 5th digit is not 4 (resident), 5 (non-resident) or 6 (joint entrepreneurship). */
    INVALID_ENTITY_TYPE("entity type (5th digit) is not 4, 5 or 6"),
    /** BIN: the 6th digit is not 0-3. */
    INVALID_DIVISION("division (6th digit) is not 0-3"),
    /** Both weight passes give 10: digits 1-11 have no check digit, so the number is never issued. */
    NO_CHECK_DIGIT("digits 1-11 admit no check digit, so it is never issued"),
    /** The 12th digit differs from the check digit computed over digits 1-11. */
    CHECK_DIGIT_MISMATCH("check digit (12th digit) does not match");

    private final String description;
    // Cached so that check() returns without allocating.
    private final Optional<IdError> asOptional = Optional.of(this);

    IdError(String description) {
        this.description = description;
    }

    /** The reason in plain words, for people; it never contains the number itself. */
    public String description() {
        return description;
    }

    static Optional<IdError> optional(IdError error) {
        return error == null ? Optional.empty() : error.asOptional;
    }
}
