package kz.iin;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A strictly valid business identification number (БИН). The constructor validates, so a
 * {@code Bin} in hand is always valid.
 *
 * @param value the 12 ASCII digits
 */
public record Bin(String value) implements TaxpayerId {
    private static final int MAX_SERIAL = 99999;

    /** @throws InvalidIdException unless {@code value} is a strictly valid BIN */
    public Bin {
        IdError error = Validation.binError(value);
        if (error != null) {
            throw ErrorMessages.exception(error, value, "BIN");
        }
    }

    /** Strictly valid: month 01-12, type 4-6, division 0-3 and the check digit. Never throws. */
    public static boolean isValid(CharSequence s) {
        return Validation.binError(s) == null;
    }

    /** Lenient: 12 ASCII digits whose check digit matches, whatever they encode. Never throws. */
    public static boolean hasValidCheckDigit(CharSequence s) {
        return Validation.lenientError(s) == null;
    }

    /** The first failing strict reason, empty when valid. Never throws. */
    public static Optional<IdError> check(CharSequence s) {
        return IdError.optional(Validation.binError(s));
    }

    /** @throws InvalidIdException carrying the first failing reason */
    public static Bin parse(CharSequence s) {
        if (s == null || s.length() != Validation.LENGTH) {
            throw ErrorMessages.exception(IdError.WRONG_LENGTH, s, "BIN");
        }
        return new Bin(s.toString());
    }

    /**
     * The check digit for an 11-digit body: 0-9, or -1 when none exists. Same algorithm as the IIN's.
     *
     * @throws IllegalArgumentException unless {@code first11Digits} is exactly 11 ASCII digits
     */
    public static int computeCheckDigit(CharSequence first11Digits) {
        return CheckDigit.ofBody(first11Digits);
    }

    /**
     * Builds the BIN with these components, for test data and generators.
     *
     * @param registered 1990-01 to 2089-12 (two-digit year with pivot 90)
     * @param serial 0-99999 (positions 7-11)
     * @throws IllegalArgumentException when out of range or this body has no check digit (see {@link #firstAssignable})
     */
    public static Bin of(YearMonth registered, EntityType type, Division division, int serial) {
        char[] digits = body(registered, type, division, serial);
        if (!Generation.completeWithCheckDigit(digits)) {
            throw new IllegalArgumentException("serial " + serial + " has no check digit for these components"
                    + " (such numbers are never issued); take the next serial that has one");
        }
        return new Bin(new String(digits));
    }

    /**
     * The BIN with the smallest serial at or above {@code fromSerial} that has a check digit.
     *
     * @throws IllegalArgumentException when no serial up to 99999 has one, or the arguments are out of range
     */
    public static Bin firstAssignable(YearMonth registered, EntityType type, Division division, int fromSerial) {
        String value = Generation.firstWithCheckDigit(body(registered, type, division, fromSerial), 6, 5, fromSerial,
                MAX_SERIAL);
        if (value != null) {
            return new Bin(value);
        }
        throw new IllegalArgumentException("no serial from " + fromSerial + " to 99999 has a check digit");
    }

    private static char[] body(YearMonth registered, EntityType type, Division division, int serial) {
        Objects.requireNonNull(registered, "registered");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(division, "division");
        int year = registered.getYear();
        if (year < 1900 + Layout.BIN_PIVOT_YEAR || year > 2000 + Layout.BIN_PIVOT_YEAR - 1) {
            throw new IllegalArgumentException("a BIN encodes registration years 1990-2089, got " + year);
        }
        Generation.requireInRange("serial", serial, MAX_SERIAL);
        char[] digits = new char[12];
        Generation.writeNumber(digits, 0, 2, year % 100);
        Generation.writeNumber(digits, 2, 2, registered.getMonthValue());
        digits[4] = (char) ('0' + type.digit());
        digits[5] = (char) ('0' + division.digit());
        Generation.writeNumber(digits, 6, 5, serial);
        digits[11] = '0';
        return digits;
    }

    /** The value's digits, read again: accessors are not a hot path, and a record keeps one field. */
    private long digits() {
        return Digits.of(value);
    }

    @Override
    public Kind kind() {
        return Kind.BIN;
    }

    /** Month of (re-)registration the number encodes; two-digit years 90-99 are the 1990s, 00-89 the 2000s. */
    public YearMonth registered() {
        long digits = digits();
        return YearMonth.of(Layout.registrationYear(digits), Layout.registrationMonth(digits));
    }

    /** The entity type the 5th digit encodes. */
    public EntityType type() {
        return EntityType.ofDigit(Layout.entityTypeDigit(digits()));
    }

    /** The division the 6th digit encodes. */
    public Division division() {
        return Division.ofDigit(Layout.divisionDigit(digits()));
    }

    /** Serial, positions 7-11 (0-99999). */
    public int serial() {
        return Layout.binSerial(digits());
    }

    /** The 12th digit, as written; {@link #computeCheckDigit} computes one from digits 1-11. */
    public int checkDigit() {
        return Layout.writtenCheckDigit(digits());
    }

    /** Masked like {@link Iin#toString()}; use {@link #value()} for the digits. */
    @Override
    public String toString() {
        return "Bin[" + masked() + "]";
    }
}
