package kz.iin.rules.engine;

import java.util.ArrayList;
import java.util.List;

import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.DataProcessor;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.kie.api.runtime.rule.FactHandle;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityUnit;
import kz.iin.rules.authoring.AsOf;
import kz.iin.rules.conclusions.Conclusion;

/**
 * One rule-unit instance that decides cases one after another: after each decision every fact it held, input
 * or derived, is removed, so the next case starts from an empty working memory. Creating an instance costs
 * more than the decision itself; reusing one is what makes decisions cheap. Not thread-safe: one thread at a
 * time (the service pools runners).
 */
public final class Runner implements AutoCloseable {
    private record Held(DataStore<?> store, DataHandle handle) {
    }

    private final EligibilityUnit data = new EligibilityUnit();
    private final RunLog log = new RunLog();
    private final InForce filter;
    private final RuleUnitInstance<EligibilityUnit> instance;
    private final List<Held> held = new ArrayList<>();
    private boolean clearing;

    public Runner(RuleUnit<EligibilityUnit> unit, RuleCatalog catalog) {
        this.filter = new InForce(catalog, log);
        track(data.getAsOf());
        track(data.getApplicants());
        track(data.getDocuments());
        track(data.getApplications());
        track(data.getClassifications());
        record(data.getReissueRequired());
        record(data.getReissueAvailable());
        data.getValidity().connect(log::credit);
        data.getFees().connect(log::credit);
        data.getAgencies().connect(log::credit);
        data.getMissingDocuments().connect(log::credit);
        data.getFindings().connect(log::credit);
        this.instance = unit.createInstance(data);
    }

    /** Decides {@code c}; on an exception the runner is left dirty and must be closed, not reused. */
    public Decision decide(Case c) {
        log.reset();
        filter.at(c.asOf());
        data.getAsOf().add(new AsOf(c.asOf()));
        data.getApplicants().add(c.applicant());
        data.getDocuments().add(c.document());
        data.getApplications().add(c.application());
        instance.fire(filter);
        Decision decision = Assembly.decision(log.fired(), log.credited());
        clear();
        return decision;
    }

    private void clear() {
        clearing = true;
        try {
            // Derived facts first, newest first, then the inputs: no rule matches on absence, so removals
            // only cancel matches and never fire anything.
            for (int i = held.size() - 1; i >= 0; i--) {
                Held h = held.get(i);
                h.store().remove(h.handle());
            }
            held.clear();
        } finally {
            clearing = false;
        }
    }

    private <T> void track(DataStore<T> store) {
        store.subscribe(new DataProcessor<>() {
            @Override
            public FactHandle insert(DataHandle handle, T fact) {
                held.add(new Held(store, handle));
                return null;
            }

            @Override
            public void update(DataHandle handle, T fact) {
                throw new IllegalStateException("facts are never modified");
            }

            @Override
            public void delete(DataHandle handle) {
                if (!clearing) {
                    throw new IllegalStateException("rules never retract facts");
                }
            }
        });
    }

    private <T extends Conclusion> void record(DataStore<T> store) {
        track(store);
        store.subscribe(log.recorder());
    }

    @Override
    public void close() {
        instance.close();
    }
}
