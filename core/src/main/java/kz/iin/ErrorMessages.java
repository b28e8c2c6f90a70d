package kz.iin;

/**
 * Builds the message of an {@link InvalidIdException}: what was expected and where. A message depends on the
 * reason and the input's shape (its length, the position of a stray character) and never on its digits: no
 * digit of the input and no expected digit (a check digit would complete a mistyped number for whoever
 * reads the log). Built only on failure, so validation itself stays allocation-free.
 */
final class ErrorMessages {
    private ErrorMessages() {
    }

    static InvalidIdException exception(IdError error, CharSequence s, String label) {
        return new InvalidIdException(error, label + ": " + message(error, s));
    }

    static String message(IdError error, CharSequence s) {
        switch (error) {
            case WRONG_LENGTH:
                return s == null ? "expected 12 digits, got null" : "expected 12 digits, got " + s.length() + " characters";
            case NON_DIGIT:
                return "expected only ASCII digits 0-9; position " + (Validation.firstNonDigit(s, s.length()) + 1) + " is not one";
            case INVALID_CENTURY_SEX_DIGIT:
                return "expected 1-6 as the 7th digit (century and sex)";
            case INVALID_BIRTH_DATE:
                return "expected a calendar date YYMMDD in positions 1-6, in the century the 7th digit names";
            case INVALID_REGISTRATION_MONTH:
                return "expected a registration month 01-12 in positions 3-4";
            case INVALID_ENTITY_TYPE:
                return "expected 4, 5 or 6 as the 5th digit (entity type)";
            case INVALID_DIVISION:
                return "expected 0-3 as the 6th digit (division)";
            case NO_CHECK_DIGIT:
                return "digits 1-11 admit no check digit (both weight passes give 10), so this number is never issued";
            case CHECK_DIGIT_MISMATCH:
                return "expected the check digit of digits 1-11 as the 12th digit";
            default:
                throw new AssertionError(error);
        }
    }
}
