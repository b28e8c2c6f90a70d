package kz.iin.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import kz.iin.rules.Decision;
import kz.iin.rules.Finding;
import kz.iin.rules.FiredRule;
import kz.iin.rules.Question;
import kz.iin.rules.Reason;
import kz.iin.rules.Severity;
import kz.iin.rules.conclusions.Conclusion;
import kz.iin.rules.conclusions.Note;

/**
 * Turns the conclusions of one run into a {@link Decision}, question by question: nothing here names a
 * question but the rule that conclusions of {@link Question#FINDINGS} are findings.
 *
 * <p>Refuses a half decision: two rules answering the same question differently, or a question left unanswered
 * that no finding names as left undecided ({@link Note#undecided()}), is a defect in the rules and raises
 * {@link IllegalStateException}. Other ERROR findings excuse nothing: the rules must still answer every question,
 * and only then are the conclusions withheld, because an ERROR means the case cannot be decided as given.
 */
public final class Assembly {
    private Assembly() {
    }

    /**
     * Conclusions in a fixed order whatever order the rules fired in (which varies between runs): by question,
     * findings by severity (ERROR first) and code, other answers by their text.
     */
    private static final Comparator<Conclusion> ORDER = Comparator
            .comparing(Conclusion::question)
            .thenComparing(c -> c.value() instanceof Note n ? Severity.ERROR.ordinal() - n.severity().ordinal() : 0)
            .thenComparing(c -> c.value() instanceof Note n ? n.code() : c.text())
            .thenComparing(Conclusion::rule);

    public static Decision decision(List<RuleInfo> fired, List<Conclusion> unordered, RuleCatalog catalog) {
        List<Conclusion> conclusions = new ArrayList<>(unordered);
        conclusions.sort(ORDER);
        Map<Question, Conclusion> single = new EnumMap<>(Question.class);
        Map<Question, List<Object>> many = new EnumMap<>(Question.class);
        List<Finding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>(conclusions.size());
        EnumSet<Question> excused = EnumSet.noneOf(Question.class);
        boolean error = false;
        for (Conclusion c : conclusions) {
            RuleInfo rule = catalog.named(c.rule());
            reasons.add(new Reason(c.question(), c.text(), rule.fired()));
            if (c.value() instanceof Note n) {
                findings.add(new Finding(n.code(), n.severity(), n.field(), n.message(), rule.citation()));
                excused.addAll(n.undecided());
                error |= n.severity() == Severity.ERROR;
            } else if (c.question().singleValued()) {
                Conclusion earlier = single.putIfAbsent(c.question(), c);
                if (earlier != null && !earlier.value().equals(c.value())) {
                    throw new IllegalStateException("rules disagree on " + c.question().jsonName() + ": "
                            + earlier.rule() + " says " + earlier.text() + ", " + c.rule() + " says " + c.text());
                }
            } else {
                many.computeIfAbsent(c.question(), q -> new ArrayList<>()).add(c.value());
            }
        }
        // Asked always, or (the others) exactly when a reissue is available.
        Conclusion available = single.get(Question.REISSUE_AVAILABLE);
        boolean reissue = available != null && Boolean.TRUE.equals(available.value());
        for (Question q : Question.values()) {
            if (q.singleValued() && (q.alwaysAnswered() || reissue) && !single.containsKey(q) && !excused.contains(q)) {
                throw new IllegalStateException("rule gap: " + (q.alwaysAnswered() ? "" : "a reissue is available but ")
                        + "no rule decided " + q.jsonName() + " for this case");
            }
        }
        List<FiredRule> firedRules = new ArrayList<>(fired.size());
        for (RuleInfo r : fired) {
            firedRules.add(r.fired());
        }
        firedRules.sort(Comparator.comparing(FiredRule::name));
        Map<Question, Object> answers = new EnumMap<>(Question.class);
        if (error) {
            reasons.removeIf(r -> r.question().isConclusion());
        } else {
            single.forEach((q, c) -> answers.put(q, c.value()));
            for (Question q : Question.values()) {
                if (q.isConclusion() && !q.singleValued()) {
                    List<Object> values = many.getOrDefault(q, new ArrayList<>());
                    values.sort(Assembly::naturalOrder);
                    answers.put(q, values);
                }
            }
        }
        return Decision.of(answers, findings, firedRules, reasons);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int naturalOrder(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
