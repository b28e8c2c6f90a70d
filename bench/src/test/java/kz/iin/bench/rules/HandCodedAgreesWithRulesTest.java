package kz.iin.bench.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import kz.iin.rules.Case;
import kz.iin.rules.Decision;
import kz.iin.rules.EligibilityService;
import kz.iin.rules.RandomCases;

/** The plain-Java baseline decides exactly as the rules do, or the comparison would mean nothing. */
class HandCodedAgreesWithRulesTest {
    @Test
    @Tag("slow") // every one of the benchmark's 4,096 cases through both deciders
    void sameDecisionsOnTheBenchCases() {
        Case[] cases = RandomCases.generate(4096, 20261124L);
        EligibilityService rules = new EligibilityService();
        HandCodedEligibility plain = new HandCodedEligibility(RuleMetadata.harvest(rules, cases));

        for (Case c : cases) {
            Decision r = rules.decide(c);
            Decision p = plain.decide(c);
            assertThat(p).usingRecursiveComparison().ignoringFields("firedRules", "reasons", "findings")
                    .isEqualTo(r);
            assertThat(new HashSet<>(p.firedRules())).isEqualTo(new HashSet<>(r.firedRules()));
            assertThat(new HashSet<>(p.reasons())).isEqualTo(new HashSet<>(r.reasons()));
            assertThat(new HashSet<>(p.findings())).isEqualTo(new HashSet<>(r.findings()));
            assertThat(p.firedRules()).hasSameSizeAs(r.firedRules());
            assertThat(p.reasons()).hasSameSizeAs(r.reasons());
        }
    }
}
