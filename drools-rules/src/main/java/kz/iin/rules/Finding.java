package kz.iin.rules;

import java.util.Objects;

/**
 * Something the case worker should know; {@code citation} is the legal clause of the rule that found it.
 *
 * @param field the case field the finding is about, as a JSON path such as {@code document.issued}; null when
 *              it concerns the case as a whole
 */
public record Finding(String code, Severity severity, String field, String message, String citation) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
    }
}
