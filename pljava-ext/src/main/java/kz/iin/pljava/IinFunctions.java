package kz.iin.pljava;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import kz.iin.IdError;
import kz.iin.Iin;
import kz.iin.InvalidIdException;
import kz.iin.Sex;
import kz.iin.TaxpayerId;

/**
 * The {@code iin_*} SQL functions. Each method is a one-line delegation to {@code kz.iin}; the SQL
 * declarations (volatility, strictness, parallel safety) are in {@code pljava-ext/iin--*.sql}. The functions are
 * STRICT, so no method here is ever called with a SQL NULL.
 */
public final class IinFunctions {
    private static final String KIND = "IIN";

    private IinFunctions() {
    }

    /** {@code iin_is_valid(text) → boolean}: strict rules; never raises. */
    public static boolean isValid(String s) {
        return Iin.isValid(s);
    }

    /** {@code iin_has_valid_check_digit(text) → boolean}: lenient rules; never raises. */
    public static boolean hasValidCheckDigit(String s) {
        return Iin.hasValidCheckDigit(s);
    }

    /** {@code iin_error(text) → text}: the first failing reason's name, NULL when valid; never raises. */
    public static String error(String s) {
        return Iin.check(s).map(IdError::name).orElse(null);
    }

    /** {@code iin_birth_date(text) → date}: the birth date the number encodes. */
    public static LocalDate birthDate(String s) throws SQLException {
        return parse(s).birthDate();
    }

    /** {@code iin_sex(text) → text}: 'M' or 'F', as encoded. */
    public static String sex(String s) throws SQLException {
        return parse(s).sex().code();
    }

    /** {@code iin_decode(text) → iin_info}: PL/Java's composite-return convention (fill the receiver, return true). */
    public static boolean decode(String s, ResultSet receiver) throws SQLException {
        Iin iin = parse(s);
        receiver.updateObject(1, iin.birthDate());
        receiver.updateString(2, iin.sex().code());
        receiver.updateInt(3, iin.century());
        receiver.updateInt(4, iin.serial());
        receiver.updateInt(5, iin.checkDigit());
        return true;
    }

    /** {@code iin_check_digit(text) → int}: for an 11-digit body; NULL when the body has none. */
    public static Integer checkDigit(String body) throws SQLException {
        try {
            int digit = Iin.computeCheckDigit(body);
            return digit < 0 ? null : digit;
        } catch (IllegalArgumentException e) {
            throw SqlErrors.invalidBody(KIND);
        }
    }

    /** {@code iin_generate(date, text, int) → text}: the IIN with this encoded date, sex ('M'/'F') and serial. */
    public static String generate(LocalDate birthDate, String sex, int serial) throws SQLException {
        try {
            return Iin.of(birthDate, Sex.ofCode(sex), serial).value();
        } catch (IllegalArgumentException e) {
            throw SqlErrors.invalidParameter(e.getMessage());
        }
    }

    /** {@code iin_mask(text) → text}: all but the last four characters hidden, for logs and reports. */
    public static String mask(String s) {
        return TaxpayerId.mask(s);
    }

    /** {@code iin_compact(text) → text}: user input with spaces and hyphens removed; validates nothing. */
    public static String compact(String s) {
        return TaxpayerId.compact(s);
    }

    private static Iin parse(String s) throws SQLException {
        try {
            return Iin.parse(s);
        } catch (InvalidIdException e) {
            throw SqlErrors.invalid(KIND, e.error());
        }
    }
}
