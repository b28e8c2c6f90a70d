package kz.iin.rules.authoring;

import java.time.LocalDate;
import java.time.Period;

import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.IdError;
import kz.iin.Sex;

/**
 * Functions for rule authors. Import them into a DRL with {@code import function
 * kz.iin.rules.authoring.IdFunctions.ageAt;} (one line per function) and call them in constraints or
 * consequences. None reads the clock and none throws on a wrong or absent number: they answer false or null
 * ({@link IdNumber#absent()} is an object, never null; test it with {@code iin.present}).
 */
public final class IdFunctions {
    private IdFunctions() {
    }

    /** Strictly valid IIN (structure, birth date and check digit). */
    public static boolean validIin(IdNumber id) {
        return id != null && id.isIin();
    }

    /** Strictly valid BIN (month, type, division and check digit). */
    public static boolean validBin(IdNumber id) {
        return id != null && id.isBin();
    }

    /** Lenient: twelve ASCII digits and a matching check digit, whatever the rest encodes. */
    public static boolean checkDigitValid(IdNumber id) {
        return id != null && id.isCheckDigitValid();
    }

    /** The first reason the number is not strictly valid, or null when it is valid or absent. */
    public static IdError reason(IdNumber id) {
        return id == null ? null : id.getError();
    }

    /** The birth date the IIN encodes (a claim, not the person's fact), or null unless a valid IIN. */
    public static LocalDate encodedBirthDate(IdNumber id) {
        return validIin(id) ? id.asIin().birthDate() : null;
    }

    /** The sex the IIN encodes (a claim, not the person's fact), or null unless a valid IIN. */
    public static Sex encodedSex(IdNumber id) {
        return validIin(id) ? id.asIin().sex() : null;
    }

    /**
     * Completed years between {@code birthDate} and {@code asOf}; -1 when either is null or asOf is earlier.
     * Someone born on 29 February completes a year on 29 February in leap years and on 1 March in common years
     * (born 29 Feb 2004: 17 on 28 Feb 2022, 18 on 1 Mar 2022).
     *
     * <p>In a rule, bind the as-of fact whole and ask it: {@code $asOf : /asOf} then
     * {@code /customers[ $asOf.ageOf(birthDate) >= 18 ]}. Writing {@code ageAt(birthDate, $on)} with {@code $on}
     * bound in another pattern works too, but Drools then falls back to class reactivity and warns at build time.
     */
    public static int ageAt(LocalDate birthDate, LocalDate asOf) {
        if (birthDate == null || asOf == null || asOf.isBefore(birthDate)) {
            return -1;
        }
        return Period.between(birthDate, asOf).getYears();
    }

    /** The entity type a valid BIN encodes, or null. */
    public static EntityType binType(IdNumber id) {
        return validBin(id) ? id.asBin().type() : null;
    }

    /** The division a valid BIN encodes, or null. */
    public static Division binDivision(IdNumber id) {
        return validBin(id) ? id.asBin().division() : null;
    }
}
