package kz.iin.rules.engine;

import java.util.ArrayList;
import java.util.List;

import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.DataProcessor;
import org.kie.api.runtime.rule.FactHandle;

import kz.iin.rules.conclusions.Conclusion;

/**
 * What one rule-unit run did: the rules that fired, in order, and each conclusion credited to the rule whose
 * consequence added it. One instance per runner; not shared between threads.
 */
public final class RunLog {
    /** A conclusion and the rule whose consequence added it. */
    public record Credited(Conclusion conclusion, RuleInfo rule) {
    }

    private RuleInfo current;
    private final List<RuleInfo> fired = new ArrayList<>();
    private final List<Credited> credited = new ArrayList<>();

    /** Forgets the previous run. */
    public void reset() {
        current = null;
        fired.clear();
        credited.clear();
    }

    /** {@code rule} fires now: conclusions added from here on are its own. */
    public void firing(RuleInfo rule) {
        current = rule;
        fired.add(rule);
    }

    public List<RuleInfo> fired() {
        return fired;
    }

    public List<Credited> credited() {
        return credited;
    }

    /** Credits {@code conclusion} to the rule firing at this moment. */
    public void credit(Conclusion conclusion) {
        if (current == null) {
            throw new IllegalStateException("a conclusion was added outside a rule: " + conclusion);
        }
        credited.add(new Credited(conclusion, current));
    }

    /** Subscribe this to a conclusion store: every addition is credited to the rule firing at that moment. */
    public <T extends Conclusion> DataProcessor<T> recorder() {
        return new DataProcessor<>() {
            @Override
            public FactHandle insert(DataHandle handle, T conclusion) {
                credit(conclusion);
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
