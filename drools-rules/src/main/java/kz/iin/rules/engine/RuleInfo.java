package kz.iin.rules.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

import org.kie.api.definition.rule.Rule;

import kz.iin.rules.FiredRule;

/**
 * A rule's metadata: title, citation and effective period [{@code from}, {@code until}). Read from the DRL
 * annotations {@code @title}, {@code @citation}, {@code @effectiveFrom} and the optional {@code @effectiveUntil}.
 */
public final class RuleInfo {
    public static final String TITLE = "title";
    public static final String CITATION = "citation";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String EFFECTIVE_UNTIL = "effectiveUntil";

    private final FiredRule fired;
    private final LocalDate from;
    private final LocalDate until;

    public RuleInfo(String name, String title, String citation, LocalDate from, LocalDate until) {
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("rule " + name + ": @effectiveUntil must be after @effectiveFrom");
        }
        // Made once per rule, not once per firing: every decision shares it.
        this.fired = new FiredRule(name, title, citation);
        this.from = from;
        this.until = until;
    }

    public String name() {
        return fired.name();
    }

    public String title() {
        return fired.title();
    }

    public String citation() {
        return fired.citation();
    }

    /** First day in force. */
    public LocalDate from() {
        return from;
    }

    /** First day no longer in force, or null. */
    public LocalDate until() {
        return until;
    }

    /** Reads a compiled rule's metadata; a rule without title, citation or start date is a build error. */
    public static RuleInfo of(Rule rule) {
        return of(rule.getName(), rule.getMetaData());
    }

    public static RuleInfo of(String name, Map<String, Object> meta) {
        String title = text(name, meta, TITLE, true);
        String citation = text(name, meta, CITATION, true);
        LocalDate from = date(name, EFFECTIVE_FROM, text(name, meta, EFFECTIVE_FROM, true));
        String untilText = text(name, meta, EFFECTIVE_UNTIL, false);
        LocalDate until = untilText == null ? null : date(name, EFFECTIVE_UNTIL, untilText);
        return new RuleInfo(name, title, citation, from, until);
    }

    /** Whether the rule is law at {@code asOf}. */
    public boolean inForce(LocalDate asOf) {
        return !asOf.isBefore(from) && (until == null || asOf.isBefore(until));
    }

    public FiredRule fired() {
        return fired;
    }

    private static String text(String rule, Map<String, Object> meta, String key, boolean required) {
        Object value = meta.get(key);
        if (value == null) {
            if (required) {
                throw new IllegalStateException("rule " + rule + " has no @" + key);
            }
            return null;
        }
        String s = value.toString().strip();
        // Run-time-compiled rule units keep the DRL quotes; build-time ones do not.
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new IllegalStateException("rule " + rule + " has an empty @" + key);
        }
        return s;
    }

    private static LocalDate date(String rule, String key, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("rule " + rule + ": @" + key + " is not an ISO date YYYY-MM-DD", e);
        }
    }
}
