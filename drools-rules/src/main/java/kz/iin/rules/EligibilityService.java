package kz.iin.rules;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitProvider;

import kz.iin.rules.engine.RuleCatalog;
import kz.iin.rules.engine.Runner;

/**
 * Decides eligibility cases with the rules in {@code kz/iin/rules/*.drl}.
 *
 * <p>Thread-safe. All instances share the one rule base compiled at build time (kie-maven-plugin). A call
 * takes a rule-unit instance from this service's pool (or creates one), decides, empties it and gives it
 * back, so no two threads ever touch the same working memory and the pool holds at most as many instances
 * as there were concurrent calls. Create one service and share it, or use {@link #shared()}.
 */
public final class EligibilityService {
    private static final class Holder {
        static final EligibilityService SHARED = new EligibilityService();
    }

    private final RuleUnit<EligibilityUnit> unit;
    private final RuleCatalog catalog = new RuleCatalog();
    private final ConcurrentLinkedDeque<Runner> idle = new ConcurrentLinkedDeque<>();
    private final boolean reuse;

    public EligibilityService() {
        this(true);
    }

    /**
     * A service that creates a fresh rule-unit instance for every decision, the straightforward use of Drools:
     * slower, same decisions; the reference the pooled service is measured against.
     */
    public static EligibilityService withoutPooling() {
        return new EligibilityService(false);
    }

    private EligibilityService(boolean reuse) {
        this.unit = RuleUnitProvider.get().getRuleUnit(new EligibilityUnit());
        this.reuse = reuse;
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
        if (!reuse) {
            try (Runner fresh = new Runner(unit, catalog)) {
                return fresh.decide(c);
            }
        }
        Runner runner = idle.pollFirst();
        if (runner == null) {
            runner = new Runner(unit, catalog);
        }
        Decision d;
        try {
            d = runner.decide(c);
        } catch (RuntimeException | Error e) {
            runner.close();
            throw e;
        }
        idle.offerFirst(runner);
        return d;
    }
}
