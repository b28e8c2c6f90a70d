package kz.iin;

/**
 * Where each field sits in the 12 digits and what it encodes (docs/domain.md's layout tables), one
 * function per fact: the validator, the records' accessors, the builders and {@link IdDecoder} all
 * read the {@link Digits} through these, so a number decodes the same way everywhere.
 */
final class Layout {
    /** Two-digit BIN years from this one up are the 1900s, the rest the 2000s (BINs began in the 1990s). */
    static final int BIN_PIVOT_YEAR = 90;

    private Layout() {
    }

    private static int digit(long digits, int index) {
        return Digits.at(digits, index);
    }

    private static int twoDigits(long digits, int index) {
        return digit(digits, index) * 10 + digit(digits, index + 1);
    }

    /** The 5th digit is an IIN's tens of a day (0-3); anything else is judged under the BIN's rules. */
    static boolean judgedAsIin(long digits) {
        return digit(digits, 4) <= 3;
    }

    /** The kind the 5th digit names: IIN for 0-3, BIN for 4-6, null for 7-9. */
    static Kind kind(long digits) {
        int fifth = digit(digits, 4);
        return fifth <= 3 ? Kind.IIN : fifth <= 6 ? Kind.BIN : null;
    }

    // --- IIN: YYMMDD, then the century/sex digit, the serial, the check digit ---

    /** The IIN's 7th digit, century and sex in one: 1-2 the 1800s, 3-4 the 1900s, 5-6 the 2000s; odd is male. */
    static int centurySexDigit(long digits) {
        return digit(digits, 6);
    }

    /** First year of the century a century/sex digit (1-6) names: 1800, 1900 or 2000. */
    static int centuryOf(int centurySexDigit) {
        return 1800 + 100 * ((centurySexDigit - 1) / 2);
    }

    /** The sex a century/sex digit (1-6) names: odd male, even female. */
    static Sex sexOf(int centurySexDigit) {
        return centurySexDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The century/sex digit for a birth year 1800-2099 and a sex: the inverse of {@link #centuryOf} and {@link #sexOf}. */
    static int centurySexDigit(int birthYear, Sex sex) {
        return (birthYear / 100 - 18) * 2 + (sex == Sex.MALE ? 1 : 2);
    }

    static int birthYear(long digits) {
        return centuryOf(centurySexDigit(digits)) + twoDigits(digits, 0);
    }

    static int birthMonth(long digits) {
        return twoDigits(digits, 2);
    }

    static int birthDay(long digits) {
        return twoDigits(digits, 4);
    }

    /** Positions 8-11. */
    static int iinSerial(long digits) {
        return digit(digits, 7) * 1000 + digit(digits, 8) * 100 + twoDigits(digits, 9);
    }

    // --- BIN: YYMM of registration, type, division, serial, check digit ---

    static int registrationYear(long digits) {
        int yy = twoDigits(digits, 0);
        return yy >= BIN_PIVOT_YEAR ? 1900 + yy : 2000 + yy;
    }

    static int registrationMonth(long digits) {
        return twoDigits(digits, 2);
    }

    static int entityTypeDigit(long digits) {
        return digit(digits, 4);
    }

    static int divisionDigit(long digits) {
        return digit(digits, 5);
    }

    /** Positions 7-11. */
    static int binSerial(long digits) {
        return digit(digits, 6) * 10000 + twoDigits(digits, 7) * 100 + twoDigits(digits, 9);
    }

    /** The 12th digit, as written. */
    static int writtenCheckDigit(long digits) {
        return digit(digits, 11);
    }
}
