package kz.iin.rules.authoring;

import java.time.LocalDate;
import java.util.Objects;

/** The date a case is decided at, as a fact: rules compare with it and never read the clock. */
public record AsOf(LocalDate date) {
    public AsOf {
        Objects.requireNonNull(date, "date");
    }
}
