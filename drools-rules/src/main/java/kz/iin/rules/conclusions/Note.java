package kz.iin.rules.conclusions;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import kz.iin.rules.Question;
import kz.iin.rules.Severity;

/**
 * A finding as a rule writes it (the value of a {@link Conclusion} to {@link Question#FINDINGS}); the citation
 * is added from the rule's metadata. Never put an IIN in it.
 *
 * @param field      the case field it is about ({@code document.issued}), or null for the case as a whole
 * @param undecided  the questions this finding explains leaving unanswered: only these may lack a conclusion
 *                   without the decision being refused as a rule gap
 */
public record Note(String code, Severity severity, String field, String message, Set<Question> undecided) {
    private static final Set<Question> NONE = Collections.unmodifiableSet(EnumSet.noneOf(Question.class));
    private static final Set<Question> ALL_CONCLUSIONS = Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.of(Question.FINDINGS)));

    public Note {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(undecided, "undecided");
        if (!undecided.isEmpty() && severity != Severity.ERROR) {
            throw new IllegalArgumentException(code + ": only an ERROR finding may leave questions undecided");
        }
    }

    /** A finding about the case as a whole. */
    public Note(String code, Severity severity, String message) {
        this(code, severity, null, message, NONE);
    }

    /** A finding about one field of the case. */
    public Note(String code, Severity severity, String field, String message) {
        this(code, severity, field, message, NONE);
    }

    /** An ERROR saying the case lies outside these rules: no question is answered for it. */
    public static Note outOfScope(String code, String message) {
        return new Note(code, Severity.ERROR, null, message, ALL_CONCLUSIONS);
    }
}
