package kz.iin.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;
import kz.iin.rules.authoring.IdNumber;

/**
 * Deterministic pseudo-random cases spanning every input dimension, for load and equivalence tests; published
 * in this module's test jar for the benchmarks.
 */
public final class RandomCases {
    private RandomCases() {
    }

    public static Case[] generate(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Case[] cases = new Case[count];
        for (int i = 0; i < count; i++) {
            cases[i] = next(r);
        }
        return cases;
    }

    static Case next(SplittableRandom r) {
        LocalDate asOf = LocalDate.of(2005, 1, 1).plusDays(r.nextInt(365 * 18));
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(365 * 75));
        Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        IdNumber iin = switch (r.nextInt(8)) {
            case 0 -> IdNumber.absent();
            case 1 -> IdNumber.of("12345");
            case 2 -> IdNumber.of(Bin.firstAssignable(YearMonth.of(2010, 5), EntityType.RESIDENT,
                    Division.HEAD_OFFICE, 1 + r.nextInt(1000)));
            case 3 -> IdNumber.of(Iin.firstAssignable(born.plusDays(1), sex, 1 + r.nextInt(9000)));
            default -> IdNumber.of(Iin.firstAssignable(born, sex, 1 + r.nextInt(9000)));
        };
        Citizenship citizenship = Citizenship.values()[r.nextInt(Citizenship.values().length)];
        DocumentType type = DocumentType.values()[r.nextInt(DocumentType.values().length)];
        LocalDate issued = LocalDate.of(1995, 1, 1).plusDays(r.nextInt(365 * 25));
        Map<DocumentCode, Integer> submitted = new EnumMap<>(DocumentCode.class);
        for (DocumentCode code : DocumentCode.values()) {
            if (r.nextInt(5) > 0) {
                submitted.put(code, r.nextInt(3));
            }
        }
        return new Case(asOf,
                new Applicant(iin, citizenship, r.nextBoolean(), born, sex),
                new Document(type, issued, r.nextInt(3) == 0),
                new Application(r.nextBoolean(), r.nextBoolean(), submitted, r.nextInt(4) == 0));
    }
}
