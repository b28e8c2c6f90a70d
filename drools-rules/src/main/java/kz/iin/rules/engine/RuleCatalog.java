package kz.iin.rules.engine;

import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.definition.rule.Rule;

/**
 * Parsed metadata per rule name, shared by all decisions: the rule base is immutable, so is its metadata. A
 * conclusion names its rule; {@link #named} finds the metadata of a rule that has been seen firing.
 */
public final class RuleCatalog {
    private final ConcurrentHashMap<String, RuleInfo> byName = new ConcurrentHashMap<>();

    public RuleInfo info(Rule rule) {
        RuleInfo known = byName.get(rule.getName());
        return known != null ? known : byName.computeIfAbsent(rule.getName(), n -> RuleInfo.of(rule));
    }

    /** The rule of that name, once it has passed {@link #info}; a conclusion always comes from such a rule. */
    public RuleInfo named(String name) {
        RuleInfo known = byName.get(name);
        if (known == null) {
            throw new IllegalStateException("a conclusion names rule " + name + ", which never fired");
        }
        return known;
    }
}
