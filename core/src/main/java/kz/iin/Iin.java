package kz.iin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A strictly valid individual identification number (ИИН). The constructor validates, so an
 * {@code Iin} in hand is always valid.
 *
 * <p>The birth date and sex it decodes are what the number <em>encodes</em>. Since the 2013 rule
 * change they need not match the person: take a person's data from their documents.
 *
 * @param value the 12 ASCII digits
 */
public record Iin(String value) implements TaxpayerId {
    private static final int MAX_SERIAL = 9999;

    /** @throws InvalidIdException unless {@code value} is a strictly valid IIN */
    public Iin {
        IdError error = Validation.iinError(value);
        if (error != null) {
            throw ErrorMessages.exception(error, value, "IIN");
        }
    }

    /** Strictly valid: structure (century/sex digit, calendar date) and check digit. Never throws. */
    public static boolean isValid(CharSequence s) {
        return Validation.iinError(s) == null;
    }

    /** Lenient: 12 ASCII digits whose check digit matches, whatever they encode. Never throws. */
    public static boolean hasValidCheckDigit(CharSequence s) {
        return Validation.lenientError(s) == null;
    }

    /** The first failing strict reason, empty when valid. Never throws. */
    public static Optional<IdError> check(CharSequence s) {
        return IdError.optional(Validation.iinError(s));
    }

    /** @throws InvalidIdException carrying the first failing reason */
    public static Iin parse(CharSequence s) {
        if (s == null || s.length() != Validation.LENGTH) {
            throw ErrorMessages.exception(IdError.WRONG_LENGTH, s, "IIN");
        }
        return new Iin(s.toString());
    }

    /**
     * The check digit for an 11-digit body: 0-9, or -1 when none exists (such bodies are never issued).
     *
     * @throws IllegalArgumentException unless {@code first11Digits} is exactly 11 ASCII digits
     */
    public static int computeCheckDigit(CharSequence first11Digits) {
        return CheckDigit.ofBody(first11Digits);
    }

    /**
     * Builds the IIN with this encoded birth date, sex and serial, for test data and generators.
     *
     * @param serial registration serial, 0-9999 (positions 8-11)
     * @throws IllegalArgumentException when the date is outside 1800-2099, the serial is out of
     *     range, or this body has no check digit (see {@link #firstAssignable})
     */
    public static Iin of(LocalDate birthDate, Sex sex, int serial) {
        char[] digits = body(birthDate, sex, serial);
        if (!Generation.completeWithCheckDigit(digits)) {
            throw new IllegalArgumentException("serial " + serial + " has no check digit for this birth date and sex"
                    + " (such numbers are never issued); take the next serial that has one");
        }
        return new Iin(new String(digits));
    }

    /**
     * The IIN with the smallest serial at or above {@code fromSerial} that has a check digit.
     *
     * @throws IllegalArgumentException when no serial up to 9999 has one, or the arguments are out of range
     */
    public static Iin firstAssignable(LocalDate birthDate, Sex sex, int fromSerial) {
        String value = Generation.firstWithCheckDigit(body(birthDate, sex, fromSerial), 7, 4, fromSerial, MAX_SERIAL);
        if (value != null) {
            return new Iin(value);
        }
        throw new IllegalArgumentException("no serial from " + fromSerial + " to 9999 has a check digit");
    }

    private static char[] body(LocalDate birthDate, Sex sex, int serial) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        int year = birthDate.getYear();
        if (year < 1800 || year > 2099) {
            throw new IllegalArgumentException("an IIN encodes birth years 1800-2099, got " + year);
        }
        Generation.requireInRange("serial", serial, MAX_SERIAL);
        char[] digits = new char[12];
        Generation.writeNumber(digits, 0, 2, year % 100);
        Generation.writeNumber(digits, 2, 2, birthDate.getMonthValue());
        Generation.writeNumber(digits, 4, 2, birthDate.getDayOfMonth());
        digits[6] = (char) ('0' + Layout.centurySexDigit(year, sex));
        Generation.writeNumber(digits, 7, 4, serial);
        digits[11] = '0';
        return digits;
    }

    /** The value's digits, read again: accessors are not a hot path, and a record keeps one field. */
    private long digits() {
        return Digits.of(value);
    }

    @Override
    public Kind kind() {
        return Kind.IIN;
    }

    /** The birth date the number encodes (positions 1-6 in the century of the 7th digit); not necessarily the person's. */
    public LocalDate birthDate() {
        long digits = digits();
        return LocalDate.of(Layout.birthYear(digits), Layout.birthMonth(digits), Layout.birthDay(digits));
    }

    /** The sex the 7th digit encodes (odd: male); not necessarily the person's. */
    public Sex sex() {
        return Layout.sexOf(Layout.centurySexDigit(digits()));
    }

    /** First year of the encoded birth century: 1800, 1900 or 2000. */
    public int century() {
        return Layout.centuryOf(Layout.centurySexDigit(digits()));
    }

    /** Registration serial, positions 8-11 (0-9999). */
    public int serial() {
        return Layout.iinSerial(digits());
    }

    /** The 12th digit, as written; {@link #computeCheckDigit} computes one from digits 1-11. */
    public int checkDigit() {
        return Layout.writtenCheckDigit(digits());
    }

    /** Masked, so that logging an {@code Iin} never prints the whole number; use {@link #value()} for the digits. */
    @Override
    public String toString() {
        return "Iin[" + masked() + "]";
    }
}
