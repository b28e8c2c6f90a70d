package kz.iin.rules.engine;

import java.time.LocalDate;
import java.util.Objects;

import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * The agenda filter that lets a rule fire only inside its effective period ({@code @effectiveFrom},
 * {@code @effectiveUntil}) at the case's as-of date. It only reads rule metadata: it records nothing.
 */
public final class InForce implements AgendaFilter {
    private final RuleCatalog catalog;
    private final LocalDate asOf;

    public InForce(RuleCatalog catalog, LocalDate asOf) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    @Override
    public boolean accept(Match match) {
        return catalog.info(match.getRule()).inForce(asOf);
    }
}
