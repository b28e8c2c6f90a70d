package kz.iin.rules;

import java.time.LocalDate;
import java.util.Objects;

import kz.iin.Sex;
import kz.iin.rules.authoring.IdNumber;

/**
 * The person, as their documents describe them. {@code birthDate} and {@code sex} are the documents' facts;
 * what the IIN encodes is only a claim (decree No 853 of 2013).
 *
 * @param iin the applicant's number, parsed once; {@link IdNumber#absent()} when they have none
 * @param permanentResident whether a foreigner or stateless person resides permanently in Kazakhstan; required for
 *                          them, may be null for a citizen (the rules do not ask)
 */
public record Applicant(IdNumber iin, Citizenship citizenship, Boolean permanentResident,
                        LocalDate birthDate, Sex sex) {
    public Applicant {
        Objects.requireNonNull(iin, "applicant.iin (use IdNumber.absent())");
        Objects.requireNonNull(citizenship, "applicant.citizenship");
        Objects.requireNonNull(birthDate, "applicant.birthDate");
        Objects.requireNonNull(sex, "applicant.sex");
        if (permanentResident == null && citizenship != Citizenship.KZ) {
            throw new NullPointerException("applicant.permanentResident (required unless a citizen)");
        }
    }

    public boolean isCitizen() {
        return citizenship == Citizenship.KZ;
    }
}
