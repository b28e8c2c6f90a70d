package kz.iin.rules.conclusions;

import java.util.Objects;

import kz.iin.rules.Question;

/**
 * A rule's answer to one {@link Question} (or a finding), as a fact of the rule unit: the rule that drew it rides
 * with it. A rule concludes with {@code conclusions.add(new Conclusion(Question.FEE, Fee.FREE,
 * drools.getRule().getName()))}; other rules may match on it ({@code /conclusions[ question ==
 * Question.REISSUE_REQUIRED, value == true ]}). Rules add conclusions; they never modify or remove one.
 *
 * @param value an instance of {@link Question#type()}
 * @param rule  the name of the rule that drew it, such as {@code FEE-01}
 */
public record Conclusion(Question question, Object value, String rule) {
    public Conclusion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        if (!question.type().isInstance(value)) {
            throw new IllegalArgumentException(rule + ": " + question.jsonName() + " takes a "
                    + question.type().getSimpleName() + ", not a " + value.getClass().getSimpleName());
        }
    }

    /** The value as an explanation words it: {@code true}, {@code STATE_FEE}, {@code PHOTOS: 1 of 2}. */
    public String text() {
        if (value instanceof MissingDocument m) {
            return m.value();
        }
        if (value instanceof Note n) {
            return n.severity() + " " + n.code();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }
}
