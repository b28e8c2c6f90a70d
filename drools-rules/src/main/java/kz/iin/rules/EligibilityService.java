package kz.iin.rules;

import java.util.Objects;

import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.drools.ruleunits.api.conf.RuleConfig;

import kz.iin.rules.authoring.AsOf;
import kz.iin.rules.engine.Assembly;
import kz.iin.rules.engine.Firing;
import kz.iin.rules.engine.RuleCatalog;

/**
 * Decides eligibility cases with the rules in {@code kz/iin/rules/*.drl}.
 *
 * <p>Thread-safe: every instance uses the one rule base compiled at build time (kie-maven-plugin); each call
 * runs in its own rule-unit instance with its own data, so calls share no mutable state. Create one service
 * and share it, or use {@link #shared()}.
 */
public final class EligibilityService {
    private static final class Holder {
        static final EligibilityService SHARED = new EligibilityService();
    }

    private final RuleCatalog catalog = new RuleCatalog();

    public EligibilityService() {
        // Loads (and on first use in the JVM, initialises) the generated rule unit.
        RuleUnitProvider.get().getRuleUnit(new EligibilityUnit());
    }

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
        Firing firing = new Firing(catalog);
        firing.reset(c.asOf());
        data.getValidity().subscribe(firing.recorder());
        data.getReissueRequired().subscribe(firing.recorder());
        data.getReissueAvailable().subscribe(firing.recorder());
        data.getFees().subscribe(firing.recorder());
        data.getAgencies().subscribe(firing.recorder());
        data.getMissingDocuments().subscribe(firing.recorder());
        data.getFindings().subscribe(firing.recorder());

        RuleUnitProvider provider = RuleUnitProvider.get();
        RuleConfig config = provider.newRuleConfig();
        config.getAgendaEventListeners().add(firing);
        try (RuleUnitInstance<EligibilityUnit> instance = provider.createRuleUnitInstance(data, config)) {
            data.getAsOf().add(new AsOf(c.asOf()));
            data.getApplicants().add(c.applicant());
            data.getDocuments().add(c.document());
            data.getApplications().add(c.application());
            instance.fire(firing);
        }
        return Assembly.decision(firing.fired(), firing.drawn());
    }
}
