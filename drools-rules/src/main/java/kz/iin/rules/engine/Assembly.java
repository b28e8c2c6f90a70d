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
import kz.iin.rules.conclusions.ApplyTo;
import kz.iin.rules.conclusions.Conclusion;
import kz.iin.rules.conclusions.DocumentValidity;
import kz.iin.rules.conclusions.FeeDue;
import kz.iin.rules.conclusions.MissingDocument;
import kz.iin.rules.conclusions.Note;
import kz.iin.rules.conclusions.ReissueAvailable;
import kz.iin.rules.conclusions.ReissueRequired;

/**
 * Turns the conclusions of one run into a {@link Decision}.
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
     * findings by severity (ERROR first) and code, other answers by value.
     */
    private static final Comparator<RunLog.Credited> ORDER = Comparator
            .comparing((RunLog.Credited c) -> c.conclusion().question())
            .thenComparing(c -> c.conclusion() instanceof Note n ? Severity.ERROR.ordinal() - n.severity().ordinal() : 0)
            .thenComparing(c -> c.conclusion() instanceof Note n ? n.code() : c.conclusion().value())
            .thenComparing(c -> c.rule().name());

    public static Decision decision(List<RuleInfo> fired, List<RunLog.Credited> unordered) {
        List<RunLog.Credited> credited = new ArrayList<>(unordered);
        credited.sort(ORDER);
        Map<Question, RunLog.Credited> single = new EnumMap<>(Question.class);
        List<MissingDocument> missing = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>(credited.size());
        EnumSet<Question> excused = EnumSet.noneOf(Question.class);
        boolean error = false;
        for (RunLog.Credited d : credited) {
            Conclusion c = d.conclusion();
            reasons.add(new Reason(c.question(), c.value(), d.rule().fired()));
            if (c instanceof MissingDocument m) {
                missing.add(m);
            } else if (c instanceof Note n) {
                findings.add(new Finding(n.code(), n.severity(), n.field(), n.message(), d.rule().citation()));
                excused.addAll(n.undecided());
                error |= n.severity() == Severity.ERROR;
            } else {
                RunLog.Credited earlier = single.putIfAbsent(c.question(), d);
                if (earlier != null && !earlier.conclusion().equals(c)) {
                    throw new IllegalStateException("rules disagree on " + c.question().jsonName() + ": "
                            + earlier.rule().name() + " says " + earlier.conclusion().value() + ", "
                            + d.rule().name() + " says " + c.value());
                }
            }
        }
        for (Question q : Question.values()) {
            if (q.alwaysAnswered() && !single.containsKey(q) && !excused.contains(q)) {
                throw new IllegalStateException("rule gap: no rule decided " + q.jsonName() + " for this case");
            }
        }
        ReissueAvailable available = (ReissueAvailable) conclusion(single, Question.REISSUE_AVAILABLE);
        if (available != null && available.available()) {
            for (Question q : List.of(Question.FEE, Question.AGENCY)) {
                if (!single.containsKey(q) && !excused.contains(q)) {
                    throw new IllegalStateException("rule gap: a reissue is available but no rule decided "
                            + q.jsonName());
                }
            }
        }
        List<FiredRule> firedRules = new ArrayList<>(fired.size());
        for (RuleInfo r : fired) {
            firedRules.add(r.fired());
        }
        firedRules.sort(Comparator.comparing(FiredRule::name));
        if (error) {
            reasons.removeIf(r -> r.question().isConclusion());
            return new Decision(null, null, null, null, null, null, findings, firedRules, reasons);
        }
        missing.sort(Comparator.comparing(MissingDocument::code));
        DocumentValidity valid = (DocumentValidity) conclusion(single, Question.DOCUMENT_VALID);
        ReissueRequired required = (ReissueRequired) conclusion(single, Question.REISSUE_REQUIRED);
        FeeDue fee = (FeeDue) conclusion(single, Question.FEE);
        ApplyTo agency = (ApplyTo) conclusion(single, Question.AGENCY);
        return new Decision(valid.valid(), required.required(), available.available(),
                fee == null ? null : fee.fee(), agency == null ? null : agency.agency(), missing, findings,
                firedRules, reasons);
    }

    private static Conclusion conclusion(Map<Question, RunLog.Credited> single, Question q) {
        RunLog.Credited c = single.get(q);
        return c == null ? null : c.conclusion();
    }
}
