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
        Set<Question> decided = d.reasons().stream().map(Reason::question).collect(Collectors.toSet());
        if (d.documentValid() != null) {
            assertThat(decided).contains(Question.DOCUMENT_VALID, Question.REISSUE_REQUIRED,
                    Question.REISSUE_AVAILABLE);
        }
        assertThat(decided.contains(Question.FEE)).isEqualTo(d.fee() != null);
        assertThat(decided.contains(Question.AGENCY)).isEqualTo(d.agency() != null);
        assertThat(d.reasons().stream().filter(r -> r.question() == Question.MISSING_DOCUMENTS))
                .hasSize(d.missingDocuments() == null ? 0 : d.missingDocuments().size());
        assertThat(d.reasons().stream().filter(r -> r.question() == Question.FINDINGS)).hasSameSizeAs(d.findings());
        assertThat(d.findings()).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.citation()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void anErrorMeansNoConclusionsAndNoErrorMeansAllOfThem(CaseTable.Row row) {
        Decision d = SERVICE.decide(row.theCase());

        if (d.hasErrors()) {
            assertThat(d.documentValid()).isNull();
            assertThat(d.reissueRequired()).isNull();
            assertThat(d.reissueAvailable()).isNull();
            assertThat(d.fee()).isNull();
            assertThat(d.agency()).isNull();
            assertThat(d.missingDocuments()).isNull();
            assertThat(d.reasons()).allSatisfy(r -> assertThat(r.question()).isEqualTo(Question.FINDINGS));
            assertThat(Explanation.toText(d)).startsWith("Not decided because ");
        } else {
            assertThat(d.documentValid()).isNotNull();
            assertThat(d.reissueRequired()).isNotNull();
            assertThat(d.reissueAvailable()).isNotNull();
            assertThat(d.missingDocuments()).isNotNull();
            assertThat(d.fee() != null).isEqualTo(d.reissueAvailable());
            assertThat(d.agency() != null).isEqualTo(d.reissueAvailable());
            assertThat(Explanation.toText(d)).doesNotContain("Not decided");
        }
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
