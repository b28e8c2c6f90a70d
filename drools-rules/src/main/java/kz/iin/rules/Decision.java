package kz.iin.rules;

import java.util.List;

import kz.iin.rules.conclusions.MissingDocument;

/**
 * The answer for a {@link Case}.
 *
 * <p>Contract: when any finding is an ERROR the case is not decided, and every conclusion ({@code documentValid},
 * {@code reissueRequired}, {@code reissueAvailable}, {@code fee}, {@code agency}, {@code missingDocuments}) is
 * null; the findings say what to fix. Otherwise the three booleans are set, {@code fee} and {@code agency} are
 * set exactly when a reissue is available, and {@code missingDocuments} is a list (empty when nothing is missing
 * or nothing is to be applied for).
 *
 * <p>Lists are in a fixed order, whatever order the rules fired in: {@code findings} by severity (ERROR first)
 * and code, {@code missingDocuments} by code, {@code firedRules} by name, {@code reasons} by question.
 *
 * @param firedRules every rule that fired, classification and decision rules alike
 * @param reasons    each conclusion given, with the rule that drew it (no reasons for withheld conclusions)
 */
public record Decision(Boolean documentValid, Boolean reissueRequired, Boolean reissueAvailable,
                       Fee fee, Agency agency, List<MissingDocument> missingDocuments, List<Finding> findings,
                       List<FiredRule> firedRules, List<Reason> reasons) {
    public Decision {
        missingDocuments = missingDocuments == null ? null : List.copyOf(missingDocuments);
        findings = List.copyOf(findings);
        firedRules = List.copyOf(firedRules);
        reasons = List.copyOf(reasons);
    }

    /** Whether any finding is an ERROR, that is: the case was not decided. */
    public boolean hasErrors() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** Whether the conclusions are given (no ERROR finding). */
    public boolean decided() {
        return !hasErrors();
    }
}
