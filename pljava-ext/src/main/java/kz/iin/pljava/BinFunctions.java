package kz.iin.pljava;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.InvalidIdException;

/**
 * The {@code bin_*} SQL functions: one-line delegations to {@code kz.iin.Bin}. Type and division
 * travel as core's enum names (RESIDENT, HEAD_OFFICE, ...), so SQL and Java spell them alike.
 */
public final class BinFunctions {
    private static final String KIND = "BIN";

    private BinFunctions() {
    }

    /** {@code bin_is_valid(text) → boolean}: strict rules; never raises. */
    public static boolean isValid(String s) {
        return Bin.isValid(s);
    }

    /** {@code bin_has_valid_check_digit(text) → boolean}: lenient rules; never raises. */
    public static boolean hasValidCheckDigit(String s) {
        return Bin.hasValidCheckDigit(s);
    }

    /** {@code bin_error(text) → text}: the first failing reason's name, NULL when valid; never raises. */
    public static String error(String s) {
        return Bin.check(s).map(IdError::name).orElse(null);
    }

    /** {@code bin_registered(text) → date}: the first day of the encoded registration month. */
    public static LocalDate registered(String s) throws SQLException {
        return parse(s).registered().atDay(1);
    }

    /** {@code bin_type(text) → text}: RESIDENT, NON_RESIDENT or JOINT_ENTREPRENEUR. */
    public static String type(String s) throws SQLException {
        return parse(s).type().name();
    }

    /** {@code bin_division(text) → text}: HEAD_OFFICE, BRANCH, REPRESENTATIVE_OFFICE or PEASANT_FARM. */
    public static String division(String s) throws SQLException {
        return parse(s).division().name();
    }

    /** {@code bin_decode(text) → bin_info}: PL/Java's composite-return convention. */
    public static boolean decode(String s, ResultSet receiver) throws SQLException {
        Bin bin = parse(s);
        receiver.updateObject(1, bin.registered().atDay(1));
        receiver.updateString(2, bin.type().name());
        receiver.updateString(3, bin.division().name());
        receiver.updateInt(4, bin.serial());
        receiver.updateInt(5, bin.checkDigit());
        return true;
    }

    /** {@code bin_check_digit(text) → int}: for an 11-digit body; NULL when the body has none. */
    public static Integer checkDigit(String body) throws SQLException {
        try {
            int digit = Bin.computeCheckDigit(body);
            return digit < 0 ? null : digit;
        } catch (IllegalArgumentException e) {
            throw SqlErrors.invalidBody(KIND);
        }
    }

    /** {@code bin_generate(date, text, text, int) → text}: the month of {@code registered} is used, its day ignored. */
    public static String generate(LocalDate registered, String type, String division, int serial)
            throws SQLException {
        EntityType entityType = enumOf(EntityType.class, type, "type");
        Division entityDivision = enumOf(Division.class, division, "division");
        try {
            return Bin.of(YearMonth.from(registered), entityType, entityDivision, serial).value();
        } catch (IllegalArgumentException e) {
            throw SqlErrors.invalidParameter(e.getMessage());
        }
    }

    private static Bin parse(String s) throws SQLException {
        try {
            return Bin.parse(s);
        } catch (InvalidIdException e) {
            throw SqlErrors.invalid(KIND, e.error());
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String what) throws SQLException {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        StringBuilder expected = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            expected.append(expected.length() == 0 ? "" : ", ").append(value.name());
        }
        throw SqlErrors.invalidParameter(what + " must be one of " + expected);
    }
}
