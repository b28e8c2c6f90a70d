package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per rule path in {@code cases.json}: the whole decision, and that it explains itself. */
class RulePathTest {
    private static final EligibilityService SERVICE = EligibilityService.shared();

    static List<CaseTable.Row> rows() {
        return CaseTable.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidesAsTheTableSays(CaseTable.Row row) {
        Decision d = SERVICE.decide(row.theCase());

        assertThat(CaseTable.Summary.of(d)).as(row.note()).isEqualTo(row.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyConclusionNamesAFiredRuleAndItsCitation(CaseTable.Row row) {
        Decision d = SERVICE.decide(row.theCase());

        assertThat(d.firedRules()).doesNotHaveDuplicates()
                .allSatisfy(r -> assertThat(r.citation()).isNotBlank());
        assertThat(d.reasons()).allSatisfy(r -> assertThat(d.firedRules()).contains(r.rule()));
        Set<String> decided = d.reasons().stream().map(Reason::field).collect(Collectors.toSet());
        if (d.documentValid() != null) {
            assertThat(decided).contains("documentValid", "reissueRequired", "reissueAvailable");
        }
        assertThat(decided.contains("fee")).isEqualTo(d.fee() != null);
        assertThat(decided.contains("agency")).isEqualTo(d.agency() != null);
        assertThat(d.reasons().stream().filter(r -> r.field().equals("missingDocuments")))
                .hasSameSizeAs(d.missingDocuments());
        assertThat(d.reasons().stream().filter(r -> r.field().equals("findings"))).hasSameSizeAs(d.findings());
        assertThat(d.findings()).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.citation()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void messagesNeverContainTheIin(CaseTable.Row row) {
        Decision d = SERVICE.decide(row.theCase());
        String iin = row.theCase().applicant().iin().text();

        if (iin != null && iin.length() >= 4) {
            assertThat(kz.iin.rules.json.CaseJson.write(d)).doesNotContain(iin);
            assertThat(Explanation.toText(d)).doesNotContain(iin);
        }
    }
}
