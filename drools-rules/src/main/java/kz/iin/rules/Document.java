package kz.iin.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity document held by the applicant. The issue date is {@code dateIssued} here and "issued" in JSON:
 * Drools takes any accessor starting with "is" for a boolean getter, so {@code issued()} or {@code issueDate()}
 * would not be visible to rules.
 */
public record Document(DocumentType type, LocalDate dateIssued, boolean iinPrinted) {
    public Document {
        Objects.requireNonNull(type, "document.type");
        Objects.requireNonNull(dateIssued, "document.issued");
    }
}
