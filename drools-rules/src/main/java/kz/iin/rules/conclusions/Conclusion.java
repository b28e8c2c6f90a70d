package kz.iin.rules.conclusions;

/**
 * A decision rule's answer to one question of the {@link kz.iin.rules.Decision}. Rules add conclusions; they
 * never modify one (a rule that rewrites the fact it explains into can loop).
 */
public sealed interface Conclusion
        permits DocumentValidity, ReissueRequired, ReissueAvailable, FeeDue, ApplyTo, MissingDocument, Note {
    /** The {@link kz.iin.rules.Decision} field this answers. */
    String field();

    /** The answer as text, for explanations. */
    String value();
}
