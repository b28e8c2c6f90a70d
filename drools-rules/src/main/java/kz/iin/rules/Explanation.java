package kz.iin.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A decision in words for a case worker: each conclusion, the rule that drew it and the clause it cites. */
public final class Explanation {
    private static final List<String[]> FIELDS = List.of(
            new String[] {"documentValid", "Document valid"},
            new String[] {"reissueRequired", "Reissue required"},
            new String[] {"reissueAvailable", "Reissue available"},
            new String[] {"fee", "Fee"},
            new String[] {"agency", "Apply to"},
            new String[] {"missingDocuments", "Missing document"},
            new String[] {"findings", "Finding"});

    private Explanation() {
    }

    /** Multi-line text, one block per conclusion, then the rules that fired; lines end with '\n'. */
    public static String toText(Decision d) {
        StringBuilder b = new StringBuilder();
        for (String[] field : FIELDS) {
            boolean any = false;
            for (Reason r : d.reasons()) {
                if (!r.field().equals(field[0])) {
                    continue;
                }
                any = true;
                b.append(field[1]).append(": ").append(words(r)).append('\n');
                if (r.field().equals("findings")) {
                    d.findings().stream()
                            .filter(f -> (f.severity() + " " + f.code()).equals(r.value()))
                            .findFirst()
                            .ifPresent(f -> b.append("  ").append(f.message()).append('\n'));
                }
                b.append("  by rule ").append(r.rule().name()).append(": ").append(r.rule().title()).append('\n');
                b.append("  citing ").append(r.rule().citation()).append('\n');
            }
            if (!any) {
                b.append(field[1]).append(": ").append(none(field[0])).append('\n');
            }
        }
        b.append("Rules fired: ")
                .append(d.firedRules().stream().map(FiredRule::name).collect(Collectors.joining(", ")))
                .append('\n');
        return b.toString();
    }

    private static String words(Reason r) {
        return switch (r.value()) {
            case "true" -> "yes";
            case "false" -> "no";
            default -> r.value();
        };
    }

    private static String none(String field) {
        return switch (field) {
            case "fee", "agency" -> "none (no reissue to apply for)";
            case "missingDocuments" -> "none";
            case "findings" -> "none";
            default -> "not decided (see the findings)";
        };
    }
}
