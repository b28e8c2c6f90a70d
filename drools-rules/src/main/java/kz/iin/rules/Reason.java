package kz.iin.rules;

import java.util.Objects;

/** One conclusion of a decision and the rule that drew it: {@code field} is a {@link Decision} field name. */
public record Reason(String field, String value, FiredRule rule) {
    public Reason {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }
}
