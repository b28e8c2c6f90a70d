package kz.iin.rules;

import java.util.Objects;

/** A rule that fired for a decision: its name (an id such as FEE-01), what it says, and the clause it cites. */
public record FiredRule(String name, String title, String citation) {
    public FiredRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
    }
}
