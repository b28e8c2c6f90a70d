package kz.iin.rules;

/** How much a finding matters to the decision. */
public enum Severity {
    /** Worth knowing; the decision stands. */
    INFO,
    /** Check before acting; the decision stands. */
    WARNING,
    /** The case cannot be decided as given: every conclusion is withheld. */
    ERROR
}
