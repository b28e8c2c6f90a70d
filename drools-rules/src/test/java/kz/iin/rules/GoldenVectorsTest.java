package kz.iin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.iin.GoldenVectors;
import kz.iin.Kind;
import kz.iin.Sex;
import kz.iin.TaxpayerId;
import kz.iin.rules.authoring.IdNumber;

/**
 * The core's golden IIN vectors through the rules: an ERROR finding for the invalid ones whose check digit fails
 * (the lenient level), a WARNING for those that fail only the classic structure (the strict level).
 */
class GoldenVectorsTest {
    @Test
    void wrongCheckDigitsAreErrorsNonClassicNumbersWarningsValidOnesNeither() {
        List<GoldenVectors.Vector> vectors = GoldenVectors.iin();
        assertThat(vectors).hasSizeGreaterThan(20);
        for (GoldenVectors.Vector v : vectors) {
            IdNumber id = IdNumber.of(v.input());
            LocalDate born = id.isIin() ? id.asIin().birthDate() : LocalDate.of(1980, 1, 1);
            Sex sex = id.isIin() ? id.asIin().sex() : Sex.MALE;
            // A date when the person is born and the document issued: only the number is wrong, if anything.
            LocalDate asOf = born.isAfter(LocalDate.of(2014, 3, 1)) ? born : LocalDate.of(2014, 3, 1);
            Case c = new Case(asOf,
                    new Applicant(id, Citizenship.KZ, true, born, sex),
                    new Document(DocumentType.ID_CARD, asOf, true),
                    new Application(true, true, Map.of()));

            Decision d = EligibilityService.shared().decide(c);

            if (v.reason().isEmpty()) {
                assertThat(d.findings()).as(id.toString()).isEmpty();
            } else if (!id.isBin() && id.isCheckDigitValid()) {
                assertThat(d.hasErrors()).as(id.toString()).isFalse();
                assertThat(d.findings()).extracting(f -> f.severity() + " " + f.code()).as(id.toString())
                        .containsExactly("WARNING IIN_NOT_CLASSIC");
            } else {
                assertThat(d.hasErrors()).as(id.toString()).isTrue();
                assertThat(d.findings()).extracting(Finding::code).as(id.toString())
                        .containsAnyOf("IIN_INVALID", "IIN_IS_BIN");
                if (TaxpayerId.kindOf(v.input()).filter(k -> k == Kind.IIN).isPresent()) {
                    assertThat(id.getError()).as(id.toString()).hasToString(v.reason());
                }
            }
        }
    }
}
