package kz.iin.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.DataProcessor;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

import kz.iin.rules.conclusions.Conclusion;

/**
 * The record of one rule-unit run: which rules fired, in order, and which conclusion each added. It is the
 * agenda filter that keeps rules outside their effective period from firing at the as-of date.
 * One instance per run; not shared between threads.
 */
public final class Firing implements AgendaFilter {
    /** A conclusion and the rule whose consequence added it. */
    public record Drawn(Conclusion conclusion, RuleInfo rule) {
    }

    private final RuleCatalog catalog;
    private LocalDate asOf;
    private RuleInfo current;
    private final List<RuleInfo> fired = new ArrayList<>();
    private final List<Drawn> drawn = new ArrayList<>();

    public Firing(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** Starts a new run at {@code asOf}, forgetting the previous one. */
    public void reset(LocalDate asOf) {
        this.asOf = asOf;
        this.current = null;
        fired.clear();
        drawn.clear();
    }

    /**
     * Drools asks the filter about each match immediately before firing it, and fires it only if accepted:
     * so accepting a match is where the rule in force is recorded as firing, and the conclusions its
     * consequence adds next are attributed to it. (An agenda listener would do the same at the price of
     * three event objects per match.)
     */
    @Override
    public boolean accept(Match match) {
        RuleInfo rule = catalog.info(match.getRule());
        if (!rule.inForce(asOf)) {
            return false;
        }
        current = rule;
        fired.add(rule);
        return true;
    }

    public List<RuleInfo> fired() {
        return fired;
    }

    public List<Drawn> drawn() {
        return drawn;
    }

    /** Records {@code conclusion} as drawn by the rule firing at this moment. */
    public void record(Conclusion conclusion) {
        if (current == null) {
            throw new IllegalStateException("a conclusion was added outside a rule: " + conclusion);
        }
        drawn.add(new Drawn(conclusion, current));
    }

    /** Subscribe this to a conclusion store: every addition is attributed to the rule firing at that moment. */
    public <T extends Conclusion> DataProcessor<T> recorder() {
        return new DataProcessor<>() {
            @Override
            public FactHandle insert(DataHandle handle, T conclusion) {
                record(conclusion);
                return null;
            }

            @Override
            public void update(DataHandle handle, T conclusion) {
                throw new IllegalStateException("conclusions are never modified: " + conclusion);
            }

            @Override
            public void delete(DataHandle handle) {
                // Only the runner removes conclusions, between decisions; it checks that no rule does.
            }
        };
    }
}
