package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.rules.authoring.IdNumber;

class ExplanationTest {
    @Test
    void eachConclusionWithItsRuleAndCitation() {
        LocalDate born = LocalDate.of(1975, 3, 4);
        Case c = new Case(LocalDate.of(2017, 3, 1),
                new Applicant(IdNumber.of(Iin.firstAssignable(LocalDate.of(1975, 3, 5), Sex.MALE, 1)),
                        Citizenship.KZ, true, born, Sex.MALE),
                new Document(DocumentType.ID_CARD, LocalDate.of(1996, 5, 20), false),
                new Application(false, false, Map.of(DocumentCode.ID_COPY, 1, DocumentCode.ID_ORIGINAL, 1,
                        DocumentCode.ADDRESS_REFERENCE, 1, DocumentCode.PHOTOS, 1)));

        String text = Explanation.toText(EligibilityService.shared().decide(c));

        assertThat(text.lines().toList()).containsSubsequence(
                "Document valid: no",
                "  by rule VALID-04: An identity document without an IIN is invalid from 1 Jan 2013",
                "  citing Law No 223-III of 12 Jan 2007, art. 13 cl. 3",
                "Reissue required: yes",
                "Reissue available: yes",
                "Fee: STATE_FEE",
                "  by rule FEE-04: Without surrender of the previous documents the state fee is due",
                "  citing Law No 223-III of 12 Jan 2007, art. 13 cl. 5 (free only on surrender); state fee under the Tax Code of 10 Dec 2008 No 99-IV",
                "Apply to: JUSTICE",
                "  by rule AGENCY-02: Where there is no Government-for-Citizens office, citizens apply to the territorial justice agency",
                "Missing document: PHOTOS: 1 of 2",
                "  by rule DOCS-04: Two photos 3.5 x 4.5 cm are required",
                "Finding: INFO IIN_BIRTH_DATE_DIFFERS (applicant.iin)",
                "  citing Government decree No 853 of 26 Aug 2013 amending the rules of forming identification numbers");
        assertThat(text).doesNotContain("Not decided");
        assertThat(text).endsWith("\n").contains("Rules fired: ").contains("CLS-05").contains("IIN-03");
    }

    @Test
    void nothingToDoIsSaidPlainly() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        Case c = new Case(LocalDate.of(2020, 1, 1),
                new Applicant(IdNumber.of(Iin.firstAssignable(born, Sex.FEMALE, 1)), Citizenship.KZ, true, born,
                        Sex.FEMALE),
                new Document(DocumentType.ID_CARD, LocalDate.of(2015, 1, 1), true),
                new Application(true, true, Map.of()));

        String text = Explanation.toText(EligibilityService.shared().decide(c));

        assertThat(text.lines().toList()).contains("Document valid: yes", "Reissue required: no",
                "Fee: none (no reissue to apply for)", "Apply to: none (no reissue to apply for)",
                "Missing document: none", "Finding: none");
    }

    @Test
    void anUndecidedCaseSaysWhy() {
        LocalDate born = LocalDate.of(1970, 1, 1);
        Case c = new Case(LocalDate.of(2006, 1, 1),
                new Applicant(IdNumber.absent(), Citizenship.KZ, true, born, Sex.MALE),
                new Document(DocumentType.ID_CARD, LocalDate.of(1999, 1, 1), false),
                new Application(true, true, Map.of()));

        String text = Explanation.toText(EligibilityService.shared().decide(c));

        assertThat(text.lines().toList()).containsSubsequence(
                "Not decided because the as-of date is before 12 Jan 2007, the date of Law No 223-III; these rules do not decide such cases. Correct the case and decide again.",
                "Document valid: not decided",
                "Reissue required: not decided",
                "Fee: not decided",
                "Missing document: not decided",
                "Finding: ERROR OUT_OF_SCOPE",
                "  by rule CASE-02: Cases before Law No 223-III took effect are outside these rules",
                "Rules fired: CASE-02");
    }

    @Test
    void anErrorWithholdsEveryConclusionAndSaysWhy() {
        LocalDate born = LocalDate.of(1975, 3, 4);
        Case c = new Case(LocalDate.of(2014, 3, 1),
                new Applicant(IdNumber.of(Iin.firstAssignable(born, Sex.MALE, 1)), Citizenship.KZ, null, born,
                        Sex.MALE),
                new Document(DocumentType.ID_CARD, LocalDate.of(2015, 5, 20), false),
                new Application(true, true, Map.of()));

        Decision d = EligibilityService.shared().decide(c);
        String text = Explanation.toText(d);

        assertThat(d.documentValid()).isNull();
        assertThat(d.fee()).isNull();
        assertThat(d.missingDocuments()).isNull();
        assertThat(text.lines().toList()).containsSubsequence(
                "Not decided because the document's issue date is after the as-of date. Correct the case and decide again.",
                "Document valid: not decided",
                "Reissue available: not decided",
                "Apply to: not decided",
                "Finding: ERROR DOCUMENT_ISSUED_AFTER_AS_OF (document.issued)",
                "  The document's issue date is after the as-of date.",
                "  by rule CASE-01: A document issued after the as-of date cannot be judged at that date");
        assertThat(text.lines().toList()).doesNotContain("Document valid: no", "Fee: FREE");
        assertThat(text).doesNotContain("GOVERNMENT_FOR_CITIZENS");
    }
}
