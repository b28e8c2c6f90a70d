package kz.iin.rules;

import java.util.List;

/**
 * The answer for a {@link Case}. Booleans are null only when an ERROR finding says why the rules could not
 * decide (for example an as-of date before the law); {@code fee} and {@code agency} are null when there is no
 * reissue to pay for or apply to.
 *
 * @param firedRules every rule that fired, classification and decision rules alike, in firing order
 * @param reasons    each conclusion with the rule that drew it
 */
public record Decision(Boolean documentValid, Boolean reissueRequired, Boolean reissueAvailable,
                       Fee fee, Agency agency, List<DocumentCode> missingDocuments, List<Finding> findings,
                       List<FiredRule> firedRules, List<Reason> reasons) {
    public Decision {
        missingDocuments = List.copyOf(missingDocuments);
        findings = List.copyOf(findings);
        firedRules = List.copyOf(firedRules);
        reasons = List.copyOf(reasons);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
