package kz.iin.rules.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.iin.rules.Agency;
import kz.iin.rules.Decision;
import kz.iin.rules.DocumentCode;
import kz.iin.rules.Fee;
import kz.iin.rules.Finding;
import kz.iin.rules.FiredRule;
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
 * Turns the conclusions of one run into a {@link Decision}. Refuses a half decision: two rules answering the
 * same question differently, or a question left unanswered without an ERROR finding saying why, is a defect
 * in the rules and raises {@link IllegalStateException}.
 */
public final class Assembly {
    private Assembly() {
    }

    public static Decision decision(List<RuleInfo> fired, List<Firing.Drawn> drawn) {
        Map<String, Firing.Drawn> single = new LinkedHashMap<>();
        EnumSet<DocumentCode> missing = EnumSet.noneOf(DocumentCode.class);
        List<Finding> findings = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>(drawn.size());
        for (Firing.Drawn d : drawn) {
            Conclusion c = d.conclusion();
            reasons.add(new Reason(c.field(), c.value(), d.rule().fired()));
            if (c instanceof MissingDocument m) {
                missing.add(m.code());
            } else if (c instanceof Note n) {
                findings.add(new Finding(n.code(), n.severity(), n.message(), d.rule().citation()));
            } else {
                Firing.Drawn earlier = single.putIfAbsent(c.field(), d);
                if (earlier != null && !earlier.conclusion().equals(c)) {
                    throw new IllegalStateException("rules disagree on " + c.field() + ": "
                            + earlier.rule().name() + " says " + earlier.conclusion().value() + ", "
                            + d.rule().name() + " says " + c.value());
                }
            }
        }
        Boolean documentValid = single.containsKey("documentValid")
                ? ((DocumentValidity) single.get("documentValid").conclusion()).valid() : null;
        Boolean reissueRequired = single.containsKey("reissueRequired")
                ? ((ReissueRequired) single.get("reissueRequired").conclusion()).required() : null;
        Boolean reissueAvailable = single.containsKey("reissueAvailable")
                ? ((ReissueAvailable) single.get("reissueAvailable").conclusion()).available() : null;
        Fee fee = single.containsKey("fee") ? ((FeeDue) single.get("fee").conclusion()).fee() : null;
        Agency agency = single.containsKey("agency") ? ((ApplyTo) single.get("agency").conclusion()).agency() : null;

        boolean explainedGap = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        if (!explainedGap && (documentValid == null || reissueRequired == null || reissueAvailable == null)) {
            throw new IllegalStateException("rule gap: no rule decided "
                    + (documentValid == null ? "documentValid" : reissueRequired == null ? "reissueRequired"
                    : "reissueAvailable") + " for this case");
        }
        if (Boolean.TRUE.equals(reissueAvailable) && (fee == null || agency == null)) {
            throw new IllegalStateException("rule gap: a reissue is available but no rule decided "
                    + (fee == null ? "the fee" : "the agency"));
        }
        List<FiredRule> firedRules = new ArrayList<>(fired.size());
        for (RuleInfo r : fired) {
            firedRules.add(r.fired());
        }
        return new Decision(documentValid, reissueRequired, reissueAvailable, fee, agency,
                List.copyOf(missing), findings, firedRules, reasons);
    }
}
