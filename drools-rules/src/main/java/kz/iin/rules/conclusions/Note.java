package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.Severity;

/** A finding as a rule writes it; the citation is added from the rule's metadata. Never put an IIN in it. */
public record Note(String code, Severity severity, String message) implements Conclusion {
    public Note {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String field() {
        return "findings";
    }

    @Override
    public String value() {
        return severity + " " + code;
    }
}
