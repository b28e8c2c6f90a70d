package kz.iin.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.drools.core.common.ReteEvaluator;
import org.drools.ruleunits.impl.AbstractRuleUnitInstance;
import org.drools.base.definitions.rule.impl.RuleImpl;

import org.drools.ruleunits.api.DataObserver;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.drools.ruleunits.api.conf.RuleConfig;

import kz.iin.rules.authoring.AsOf;
import kz.iin.rules.conclusions.Conclusion;
import kz.iin.rules.engine.Assembly;
import kz.iin.rules.engine.FiredRules;
import kz.iin.rules.engine.InForce;
import kz.iin.rules.engine.RuleCatalog;
import kz.iin.rules.engine.RuleInfo;

/**
 * Decides eligibility cases with the rules in {@code kz/iin/rules/*.drl}.
 *
 * <p>Thread-safe: share one instance, or use {@link #shared()}. The rule base is compiled once, at build time
 * (kie-maven-plugin), and shared; each decision runs in a rule-unit instance of its own, created for it and
 * closed after it, as Drools' rule-unit examples do, so no two decisions ever share working memory.
 */
public final class EligibilityService {
    private static final class Holder {
        static final EligibilityService SHARED = new EligibilityService();
    }

    private final RuleUnitProvider provider = RuleUnitProvider.get();
    private final RuleUnit<EligibilityUnit> unit = provider.getRuleUnit(new EligibilityUnit());
    private final RuleCatalog catalog = new RuleCatalog();
    private volatile List<RuleInfo> rules;

    public static EligibilityService shared() {
        return Holder.SHARED;
    }

    /**
     * The decision for {@code c}, with the rules that made it. Never reads the clock: {@code c.asOf()} is the
     * date the rules are applied at.
     *
     * @throws IllegalStateException if the rules leave a question unanswered or contradict themselves (a rule
     *                               defect; never returns a half decision)
     */
    public Decision decide(Case c) {
        Objects.requireNonNull(c, "case");
        EligibilityUnit data = new EligibilityUnit();
        List<Conclusion> conclusions = new ArrayList<>();
        data.getConclusions().subscribe(DataObserver.of(conclusions::add));
        FiredRules fired = new FiredRules(catalog);
        RuleConfig config = provider.newRuleConfig();
        config.getAgendaEventListeners().add(fired);
        data.getAsOf().add(new AsOf(c.asOf()));
        data.getApplicants().add(c.applicant());
        data.getDocuments().add(c.document());
        data.getApplications().add(c.application());
        try (RuleUnitInstance<EligibilityUnit> instance = unit.createInstance(data, config)) {
            instance.fire(new InForce(catalog, c.asOf()));
        }
        return Assembly.decision(fired.list(), conclusions, catalog);
    }

    /**
     * Every rule of the rule base, whether or not it is in force on some date: name, title, citation and
     * effective period, sorted by name. For showing a case system why (the rules a decision names are among them).
     */
    public List<RuleInfo> rules() {
        List<RuleInfo> known = rules;
        if (known == null) {
            known = readRules();
            rules = known;
        }
        return known;
    }

    @SuppressWarnings("unchecked")
    private List<RuleInfo> readRules() {
        try (RuleUnitInstance<EligibilityUnit> instance = unit.createInstance(new EligibilityUnit())) {
            // Rule units offer no list of their rules; the instance's evaluator holds the (shared) rule base.
            ReteEvaluator evaluator = ((AbstractRuleUnitInstance<ReteEvaluator, EligibilityUnit>) instance).getEvaluator();
            return evaluator.getKnowledgeBase().getKiePackages().stream()
                    .flatMap(p -> p.getRules().stream())
                    .filter(r -> !((RuleImpl) r).isQuery())
                    .map(catalog::info)
                    .sorted(Comparator.comparing(RuleInfo::name))
                    .toList();
        }
    }
}
