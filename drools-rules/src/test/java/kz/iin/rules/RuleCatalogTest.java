package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kz.iin.rules.engine.RuleInfo;

/**
 * The rule set as a whole: every rule carries a title, a citation and an effective period; every rule fires
 * for some case in the table (no dead rules); every value of every decision field is produced by some rule
 * (no unreachable outcomes).
 */
class RuleCatalogTest {
    private static final Path RULES = Path.of("src/main/resources/kz/iin/rules");

    private static List<RuleDescr> rules;
    private static List<Decision> tableDecisions;

    @BeforeAll
    static void load() throws Exception {
        rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                DrlParser parser = new DrlParser();
                PackageDescr pkg;
                try (Reader in = Files.newBufferedReader(drl, StandardCharsets.UTF_8)) {
                    pkg = parser.parse(false, in);
                }
                assertThat(parser.getErrors()).as(drl.toString()).isEmpty();
                rules.addAll(pkg.getRules());
            }
        }
        tableDecisions = CaseTable.rows().stream().map(r -> EligibilityService.shared().decide(r.theCase())).toList();
    }

    @Test
    void thereAreRules() {
        assertThat(rules).hasSizeGreaterThan(30);
        assertThat(rules).extracting(RuleDescr::getName).doesNotHaveDuplicates();
    }

    @Test
    void theServiceListsEveryRuleOfTheDrlFilesWithItsMetadata() {
        List<RuleInfo> listed = EligibilityService.shared().rules();
        assertThat(listed).extracting(RuleInfo::name)
                .containsExactlyElementsOf(rules.stream().map(RuleDescr::getName).sorted().toList());
        for (RuleInfo info : listed) {
            RuleDescr rule = rules.stream().filter(r -> r.getName().equals(info.name())).findFirst().orElseThrow();
            Map<String, Object> meta = new HashMap<>();
            for (AnnotationDescr a : rule.getAnnotations()) {
                meta.put(a.getName(), a.getSingleValueAsString());
            }
            RuleInfo drl = RuleInfo.of(rule.getName(), meta);
            assertThat(info).as(info.name()).extracting(RuleInfo::title, RuleInfo::citation, RuleInfo::from, RuleInfo::until)
                    .containsExactly(drl.title(), drl.citation(), drl.from(), drl.until());
        }
    }

    @Test
    void everyRuleHasATitleACitationAndAnEffectivePeriod() {
        assertThat(rules).allSatisfy(rule -> {
            Map<String, Object> meta = new HashMap<>();
            for (AnnotationDescr a : rule.getAnnotations()) {
                meta.put(a.getName(), a.getSingleValueAsString());
            }
            assertThat(meta.keySet()).as(rule.getName())
                    .contains(RuleInfo.TITLE, RuleInfo.CITATION, RuleInfo.EFFECTIVE_FROM)
                    .isSubsetOf(RuleInfo.TITLE, RuleInfo.CITATION, RuleInfo.EFFECTIVE_FROM, RuleInfo.EFFECTIVE_UNTIL);
            assertThatCode(() -> RuleInfo.of(rule.getName(), meta)).as(rule.getName()).doesNotThrowAnyException();
        });
    }

    @Test
    void citationsNameALawOrTheOfficialProcedure() {
        assertThat(rules).allSatisfy(rule -> assertThat(rule.getAnnotation(RuleInfo.CITATION).getSingleValueAsString())
                .as(rule.getName())
                .containsAnyOf("Law No 223-III", "Official procedure", "decree No 853", "decree No 406", "Project contract"));
    }

    @Test
    void everyRuleFiresForSomeCaseInTheTable() {
        Set<String> fired = new HashSet<>();
        tableDecisions.forEach(d -> d.firedRules().forEach(r -> fired.add(r.name())));

        assertThat(fired).containsExactlyInAnyOrderElementsOf(rules.stream().map(RuleDescr::getName).toList());
    }

    @Test
    void everyValueOfEveryDecisionFieldIsReached() {
        Set<Boolean> valid = new HashSet<>();
        Set<Boolean> required = new HashSet<>();
        Set<Boolean> available = new HashSet<>();
        Set<Fee> fees = new HashSet<>();
        Set<Agency> agencies = new HashSet<>();
        Set<DocumentCode> missing = EnumSet.noneOf(DocumentCode.class);
        Set<Severity> severities = EnumSet.noneOf(Severity.class);
        for (Decision d : tableDecisions) {
            valid.add(d.documentValid());
            required.add(d.reissueRequired());
            available.add(d.reissueAvailable());
            fees.add(d.fee());
            agencies.add(d.agency());
            if (d.missingDocuments() != null) {
                d.missingDocuments().forEach(m -> missing.add(m.code()));
            }
            d.findings().forEach(f -> severities.add(f.severity()));
        }
        assertThat(valid).containsExactlyInAnyOrder(true, false, null);
        assertThat(required).containsExactlyInAnyOrder(true, false, null);
        assertThat(available).containsExactlyInAnyOrder(true, false, null);
        assertThat(fees).containsExactlyInAnyOrder(Fee.FREE, Fee.STATE_FEE, Fee.EXEMPT, null);
        assertThat(agencies).containsExactlyInAnyOrder(Agency.GOVERNMENT_FOR_CITIZENS, Agency.JUSTICE,
                Agency.INTERNAL_AFFAIRS, null);
        // Submitted-only codes are never missing: an address reference has no copy and original of its own.
        assertThat(missing).containsExactlyInAnyOrder(DocumentCode.ID_COPY, DocumentCode.ID_ORIGINAL,
                DocumentCode.ADDRESS_REFERENCE_OR_HOUSE_REGISTER, DocumentCode.HOUSE_REGISTER_COPY,
                DocumentCode.HOUSE_REGISTER_ORIGINAL, DocumentCode.PHOTOS);
        assertThat(severities).containsExactlyInAnyOrder(Severity.values());
    }

    @Test
    void classificationRulesOnlyClassifyAndDecisionRulesNeverClassify() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(drl);
                if (drl.getFileName().toString().equals("classification.drl")) {
                    assertThat(text).contains("classifications.add(").doesNotContain("conclusions.add(");
                } else {
                    assertThat(text).as(drl.toString()).doesNotContain("classifications.add(");
                }
            }
        }
    }

    @Test
    void noRuleReadsTheClock() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString())
                        .doesNotContain("LocalDate.now", "System.currentTimeMillis", "Instant.now", "new Date()");
            }
        }
    }
}
