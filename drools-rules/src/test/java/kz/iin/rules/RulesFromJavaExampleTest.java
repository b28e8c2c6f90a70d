package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iin.Sex;
import kz.iin.rules.authoring.IdNumber;
import kz.iin.rules.conclusions.MissingDocument;
import kz.iin.rules.json.CaseFormatException;
import kz.iin.rules.json.CaseJson;

/** The example of docs/java.md ("Rules from Java"), line by line, with the values the page shows. */
class RulesFromJavaExampleTest {
    @Test
    void theExampleDecidesAsThePageSays() {
        Case c = new Case(LocalDate.of(2017, 3, 1),
                new Applicant(IdNumber.of("750304300018"), Citizenship.KZ, null, LocalDate.of(1975, 3, 4), Sex.MALE),
                new Document(DocumentType.ID_CARD, LocalDate.of(1996, 5, 20), false),
                new Application(false, true, Map.of(DocumentCode.ID_COPY, 1, DocumentCode.ID_ORIGINAL, 1,
                        DocumentCode.ADDRESS_REFERENCE, 1, DocumentCode.PHOTOS, 1)));

        Decision d = EligibilityService.shared().decide(c);

        assertThat(d.decided()).isTrue();
        assertThat(d.documentValid()).isFalse();
        assertThat(d.reissueAvailable()).isTrue();
        assertThat(d.fee()).isEqualTo(Fee.STATE_FEE);
        assertThat(d.agency()).isEqualTo(Agency.GOVERNMENT_FOR_CITIZENS);
        assertThat(d.missingDocuments()).containsExactly(new MissingDocument(DocumentCode.PHOTOS, 1, 2));
        assertThat(d.findings()).isEmpty();
        assertThat(d.reasons()).filteredOn(r -> r.question() == Question.FEE).singleElement()
                .satisfies(r -> assertThat(r.rule().name()).isEqualTo("FEE-04"))
                .satisfies(r -> assertThat(r.rule().citation()).endsWith("state fee under the Tax Code of 10 Dec 2008 No 99-IV"));
        assertThat(Explanation.toText(d)).startsWith("Document valid: no\n");
        assertThat(CaseJson.write(d)).contains("\"fee\" : \"STATE_FEE\"").doesNotContain("750304300018");
    }

    @Test
    void aCaseThatCannotBeReadNamesTheFieldNotTheValue() {
        assertThatThrownBy(() -> CaseJson.read("{\"asOf\": \"2017-02-30\"}"))
                .isInstanceOf(CaseFormatException.class)
                .hasMessage("asOf: not a calendar date (expected an ISO date YYYY-MM-DD)")
                .satisfies(e -> assertThat(((CaseFormatException) e).field()).isEqualTo("asOf"));
        assertThatThrownBy(() -> new Applicant(IdNumber.absent(), Citizenship.FOREIGN, null,
                LocalDate.of(1975, 3, 4), Sex.FEMALE))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("applicant.permanentResident (required unless a citizen)");
    }
}
