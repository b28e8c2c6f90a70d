package kz.iin.bench.rules;

import java.util.HashMap;
import java.util.Map;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.FiredRule;

/** Titles and citations of the rules, harvested from the rules' own decisions over the bench cases. */
final class RuleMetadata {
    private RuleMetadata() {
    }

    static Map<String, FiredRule> harvest(EligibilityService service, Case[] cases) {
        Map<String, FiredRule> byName = new HashMap<>();
        for (Case c : cases) {
            Decision d = service.decide(c);
            d.firedRules().forEach(r -> byName.put(r.name(), r));
        }
        return byName;
    }
}
