package com.example.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.DataProcessor;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.rule.FactHandle;

import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.rules.authoring.AsOf;
import kz.iin.rules.authoring.IdNumber;

/**
 * The authoring artifact proven by a rule project that is not ours: {@code kyc.drl} uses only the published fact
 * types and DRL functions, and this module is built like any author's project (see its pom).
 */
class KycRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

    private static List<Flag> run(Customer... customers) {
        KycUnit unit = new KycUnit();
        List<Flag> flags = new ArrayList<>();
        unit.getFlags().subscribe(new DataProcessor<>() {
            @Override
            public FactHandle insert(DataHandle handle, Flag flag) {
                flags.add(flag);
                return null;
            }

            @Override
            public void update(DataHandle handle, Flag flag) {
            }

            @Override
            public void delete(DataHandle handle) {
            }
        });
        try (RuleUnitInstance<KycUnit> instance = RuleUnitProvider.get().createRuleUnitInstance(unit)) {
            unit.getAsOf().add(new AsOf(AS_OF));
            for (Customer c : customers) {
                unit.getCustomers().add(c);
            }
            instance.fire();
        }
        return flags;
    }

    @Test
    void theExecutableModelWasGeneratedAtBuildTime() throws Exception {
        // kie-maven-plugin writes the unit's executable model as classes and registers it as a service; without
        // them Drools would compile kyc.drl at run time, seconds per process start.
        Class<?> generated = Class.forName("com.example.kyc.KycUnitRuleUnit");
        assertThat(RuleUnit.class).isAssignableFrom(generated);
        try (InputStream in = KycRulesTest.class.getResourceAsStream(
                "/META-INF/services/org.drools.ruleunits.api.RuleUnit")) {
            assertThat(in).as("the generated service registration").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("com.example.kyc.KycUnitRuleUnit");
        }
        assertThat(KycRulesTest.class.getResource("/META-INF/kie/com.example/kyc-rules/drools-model"))
                .as("the executable model's index").isNotNull();
    }

    @Test
    void rejectsALegalEntityBinWhereAnIinIsRequired() {
        Bin bin = Bin.firstAssignable(YearMonth.of(2015, 4), EntityType.RESIDENT, Division.HEAD_OFFICE, 1);

        assertThat(run(new Customer("c1", IdNumber.of(bin), true, LocalDate.of(1980, 1, 1))))
                .containsExactly(new Flag("c1", "REJECT_BIN_FOR_INDIVIDUAL"));
    }

    @Test
    void flagsAnApplicantUnder16ByTheDocumentsNotByTheIin() {
        LocalDate born = LocalDate.of(2009, 6, 2);
        // The IIN encodes an adult's birth date; the documents say 14 years old: the documents decide.
        Iin iin = Iin.firstAssignable(LocalDate.of(1990, 1, 1), Sex.MALE, 1);

        assertThat(run(new Customer("c2", IdNumber.of(iin), true, born)))
                .containsExactlyInAnyOrder(new Flag("c2", "FLAG_UNDER_16"),
                        new Flag("c2", "NOTE_ENCODED_BIRTH_DATE_DIFFERS"));
    }

    @Test
    void bornOn29FebruaryAPersonCompletesAYearOn1MarchInCommonYears() {
        // AS_OF is 1 Jun 2024; the rule reads the as-of date of the run, so ask through the fact directly too.
        LocalDate born = LocalDate.of(2008, 2, 29);
        assertThat(new AsOf(LocalDate.of(2024, 2, 28)).ageOf(born)).isEqualTo(15);
        assertThat(new AsOf(LocalDate.of(2024, 2, 29)).ageOf(born)).isEqualTo(16);
        // In a common year the birthday is 1 March: 28 February is still a day short.
        LocalDate leapling = LocalDate.of(2004, 2, 29);
        assertThat(new AsOf(LocalDate.of(2022, 2, 28)).ageOf(leapling)).isEqualTo(17);
        assertThat(new AsOf(LocalDate.of(2022, 3, 1)).ageOf(leapling)).isEqualTo(18);

        Iin iin = Iin.firstAssignable(born, Sex.MALE, 1);
        assertThat(run(new Customer("c6", IdNumber.of(iin), true, born))).isEmpty();
    }

    @Test
    void sixteenOnTheAsOfDateIsNotUnder16() {
        LocalDate born = AS_OF.minusYears(16);
        Iin iin = Iin.firstAssignable(born, Sex.MALE, 1);

        assertThat(run(new Customer("c3", IdNumber.of(iin), true, born))).isEmpty();
    }

    @Test
    void reportsTheReasonOfAnInvalidNumberAndACheckDigitOnlyNumber() {
        Iin valid = Iin.firstAssignable(LocalDate.of(1985, 7, 15), Sex.FEMALE, 1);
        String wrongCheckDigit = valid.value().substring(0, 11) + (char) ('0' + (valid.checkDigit() + 1) % 10);
        // 7th digit 0 is reserved: structurally invalid, but the check digit can still be right.
        String body = valid.value().substring(0, 6) + "0" + valid.value().substring(7, 11);
        int cd = Iin.computeCheckDigit(body);
        List<Customer> customers = new ArrayList<>();
        customers.add(new Customer("c4", IdNumber.of(wrongCheckDigit), true, LocalDate.of(1985, 7, 15)));
        if (cd >= 0) {
            customers.add(new Customer("c5", IdNumber.of(body + cd), true, LocalDate.of(1985, 7, 15)));
        }

        List<Flag> flags = run(customers.toArray(Customer[]::new));

        assertThat(flags).contains(new Flag("c4", "REJECT_INVALID_ID_CHECK_DIGIT_MISMATCH"));
        if (cd >= 0) {
            assertThat(flags).contains(new Flag("c5", "REJECT_INVALID_ID_INVALID_CENTURY_SEX_DIGIT"),
                    new Flag("c5", "REVIEW_CHECK_DIGIT_ONLY"));
        }
    }

    @Test
    void readsBinTypeAndDivisionAndEncodedSex() {
        Bin branch = Bin.firstAssignable(YearMonth.of(2012, 11), EntityType.NON_RESIDENT, Division.BRANCH, 1);
        LocalDate born = LocalDate.of(1992, 2, 29);
        Iin woman = Iin.firstAssignable(born, Sex.FEMALE, 1);

        assertThat(run(new Customer("b1", IdNumber.of(branch), false, null),
                new Customer("w1", IdNumber.of(woman), true, born)))
                .containsExactlyInAnyOrder(new Flag("b1", "REVIEW_NON_RESIDENT_BRANCH"),
                        new Flag("w1", "NOTE_ENCODED_FEMALE"));
    }
}
