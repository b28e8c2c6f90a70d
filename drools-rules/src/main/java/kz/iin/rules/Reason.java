package kz.iin.rules;

import java.util.Objects;

/** One conclusion of a decision and the rule that drew it. */
public record Reason(Question question, String value, FiredRule rule) {
    public Reason {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
    }
}
