package kz.iin.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One eligibility question. {@code asOf} is the date the rules are applied at: rules never read the clock.
 */
public record Case(LocalDate asOf, Applicant applicant, Document document, Application application) {
    public Case {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(application, "application");
    }
}
