package kz.iin.rules;

import java.util.Objects;

/** Something the case worker should know; {@code citation} is the legal clause of the rule that found it. */
public record Finding(String code, Severity severity, String message, String citation) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(citation, "citation");
    }
}
