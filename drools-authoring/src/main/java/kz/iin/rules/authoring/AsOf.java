package kz.iin.rules.authoring;

import java.time.LocalDate;
import java.util.Objects;

/** The date a case is decided at, as a fact: rules compare with it and never read the clock. */
public record AsOf(LocalDate date) {
    public AsOf {
        Objects.requireNonNull(date, "date");
    }

    /**
     * Completed years of a person born on {@code birthDate} at this date, as {@link IdFunctions#ageAt}: -1 when
     * {@code birthDate} is null or later than this date.
     */
    public int ageOf(LocalDate birthDate) {
        return IdFunctions.ageAt(birthDate, date);
    }
}
