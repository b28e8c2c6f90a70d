package kz.iin.rules.conclusions;

import kz.iin.rules.Question;

/**
 * A decision rule's answer to one {@link Question} of the {@link kz.iin.rules.Decision}. Rules add conclusions;
 * they never modify one (a rule that rewrites the fact it explains into can loop).
 */
public sealed interface Conclusion
        permits DocumentValidity, ReissueRequired, ReissueAvailable, FeeDue, ApplyTo, MissingDocument, Note {
    /** The question this answers. */
    Question question();

    /** The answer as text, for explanations. */
    String value();
}
