package kz.iin.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision in words for a case worker: each conclusion, the rule that drew it and the clause it cites, then
 * the findings. An undecided case (an ERROR finding) says so first, and why.
 */
public final class Explanation {
    private Explanation() {
    }

    /** Multi-line text, one block per question, then the rules that fired; lines end with '\n'. */
    public static String toText(Decision d) {
        StringBuilder b = new StringBuilder();
        List<Finding> errors = d.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            b.append("Not decided because ")
                    .append(errors.stream().map(f -> f.message().endsWith(".")
                            ? f.message().substring(0, f.message().length() - 1) : f.message())
                            .map(Explanation::lowerFirst).collect(Collectors.joining("; ")))
                    .append(". Correct the case and decide again.\n");
        }
        // Reasons for findings are in the order of the findings (Assembly adds both in one pass).
        List<Reason> findingReasons = new ArrayList<>();
        for (Reason r : d.reasons()) {
            if (r.question() == Question.FINDINGS) {
                findingReasons.add(r);
            }
        }
        for (Question q : Question.values()) {
            boolean any = false;
            if (q == Question.FINDINGS) {
                for (int i = 0; i < d.findings().size(); i++) {
                    any = true;
                    Finding f = d.findings().get(i);
                    Reason r = findingReasons.get(i);
                    b.append(q.label()).append(": ").append(r.value())
                            .append(f.field() == null ? "" : " (" + f.field() + ")").append('\n');
                    b.append("  ").append(f.message()).append('\n');
                    rule(b, r.rule());
                }
            } else {
                for (Reason r : d.reasons()) {
                    if (r.question() == q) {
                        any = true;
                        b.append(q.label()).append(": ").append(words(r.value())).append('\n');
                        rule(b, r.rule());
                    }
                }
            }
            if (!any) {
                b.append(q.label()).append(": ").append(none(q, errors.isEmpty())).append('\n');
            }
        }
        b.append("Rules fired: ")
                .append(d.firedRules().stream().map(FiredRule::name).collect(Collectors.joining(", ")))
                .append('\n');
        return b.toString();
    }

    private static void rule(StringBuilder b, FiredRule r) {
        b.append("  by rule ").append(r.name()).append(": ").append(r.title()).append('\n');
        b.append("  citing ").append(r.citation()).append('\n');
    }

    private static String words(String value) {
        return switch (value) {
            case "true" -> "yes";
            case "false" -> "no";
            default -> value;
        };
    }

    private static String none(Question q, boolean decided) {
        if (!decided && q.isConclusion()) {
            return "not decided";
        }
        return switch (q) {
            case FEE, AGENCY -> "none (no reissue to apply for)";
            case MISSING_DOCUMENTS, FINDINGS -> "none";
            default -> "not decided";
        };
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
