package kz.iin.rules.engine;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Every rule that fired in one rule-unit instance, in firing order, as Drools reports it to an agenda listener.
 * One per decision; not shared between threads.
 */
public final class FiredRules extends DefaultAgendaEventListener {
    private final RuleCatalog catalog;
    private final List<RuleInfo> fired = new ArrayList<>();

    public FiredRules(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(catalog.info(event.getMatch().getRule()));
    }

    public List<RuleInfo> list() {
        return fired;
    }
}
