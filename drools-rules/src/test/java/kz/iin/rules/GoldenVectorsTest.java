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

/** The core's golden IIN vectors through the rules: an ERROR finding exactly for the invalid ones. */
class GoldenVectorsTest {
    @Test
    void invalidGoldenIinsGetAnErrorFindingValidOnesDoNot() {
        List<GoldenVectors.Vector> vectors = GoldenVectors.iin();
        assertThat(vectors).hasSizeGreaterThan(20);
        for (GoldenVectors.Vector v : vectors) {
            IdNumber id = IdNumber.of(v.input());
            LocalDate born = id.isIin() ? id.asIin().birthDate() : LocalDate.of(1980, 1, 1);
            Sex sex = id.isIin() ? id.asIin().sex() : Sex.MALE;
            Case c = new Case(LocalDate.of(2014, 3, 1),
                    new Applicant(id, Citizenship.KZ, true, born, sex),
                    new Document(DocumentType.ID_CARD, LocalDate.of(2010, 1, 1), true),
                    new Application(true, true, Map.of()));

            Decision d = EligibilityService.shared().decide(c);

            if (v.reason().isEmpty()) {
                assertThat(d.findings()).as(id.toString()).isEmpty();
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
