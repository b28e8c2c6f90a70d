package kz.iin.rules.engine;

import java.time.LocalDate;

import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * The agenda filter that lets a rule fire only inside its effective period ({@code @effectiveFrom},
 * {@code @effectiveUntil}) at the case's as-of date, and logs each rule it lets fire.
 *
 * <p>Drools asks the filter about each match immediately before firing it, and fires it only if accepted: so
 * accepting a match is where the rule is logged as firing, and the conclusions its consequence adds next are
 * credited to it. (An agenda listener would do the same at the price of three event objects per match.)
 */
public final class InForce implements AgendaFilter {
    private final RuleCatalog catalog;
    private final RunLog log;
    private LocalDate asOf;

    public InForce(RuleCatalog catalog, RunLog log) {
        this.catalog = catalog;
        this.log = log;
    }

    /** Filters the next run at {@code asOf}. */
    public void at(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Override
    public boolean accept(Match match) {
        RuleInfo rule = catalog.info(match.getRule());
        if (!rule.inForce(asOf)) {
            return false;
        }
        log.firing(rule);
        return true;
    }
}
