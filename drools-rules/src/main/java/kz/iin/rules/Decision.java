package kz.iin.rules;

import java.util.List;
import java.util.Map;

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

    /**
     * A decision from its answers by question ({@link Question#type()} values; a list for the questions that are
     * not {@link Question#singleValued()}); a question absent from {@code answers} is null.
     */
    @SuppressWarnings("unchecked")
    public static Decision of(Map<Question, ?> answers, List<Finding> findings, List<FiredRule> firedRules,
                              List<Reason> reasons) {
        return new Decision((Boolean) answers.get(Question.DOCUMENT_VALID),
                (Boolean) answers.get(Question.REISSUE_REQUIRED), (Boolean) answers.get(Question.REISSUE_AVAILABLE),
                (Fee) answers.get(Question.FEE), (Agency) answers.get(Question.AGENCY),
                (List<MissingDocument>) answers.get(Question.MISSING_DOCUMENTS), findings, firedRules, reasons);
    }

    /** The answer to {@code q} as {@link #of} takes it: the field's value, null when not given. */
    public Object answer(Question q) {
        return switch (q) {
            case DOCUMENT_VALID -> documentValid;
            case REISSUE_REQUIRED -> reissueRequired;
            case REISSUE_AVAILABLE -> reissueAvailable;
            case FEE -> fee;
            case AGENCY -> agency;
            case MISSING_DOCUMENTS -> missingDocuments;
            case FINDINGS -> findings;
        };
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
