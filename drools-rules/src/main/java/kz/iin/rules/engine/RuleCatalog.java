package kz.iin.rules.engine;

import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.definition.rule.Rule;

/** Parsed metadata per rule name, shared by all decisions: the rule base is immutable, so is its metadata. */
public final class RuleCatalog {
    private final ConcurrentHashMap<String, RuleInfo> byName = new ConcurrentHashMap<>();

    public RuleInfo info(Rule rule) {
        RuleInfo known = byName.get(rule.getName());
        return known != null ? known : byName.computeIfAbsent(rule.getName(), n -> RuleInfo.of(rule));
    }
}
