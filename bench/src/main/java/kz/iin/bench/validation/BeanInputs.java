package kz.iin.bench.validation;

import java.time.LocalDate;
import java.util.SplittableRandom;
import kz.iin.Sex;

/**
 * The beans both benchmarks validate: one form with an {@code @Iin} field, one with Hibernate Validator's
 * {@code @PESEL} (Poland's personal number), filled from people born on the same random dates.
 */
public final class BeanInputs {
    /** A power of two, so the benchmarks step through the inputs with a mask. */
    public static final int SIZE = 1024;

    private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private BeanInputs() {
    }

    /** A form field as an application declares it. */
    public record IinForm(@kz.iin.validation.Iin String iin) {
    }

    /** The same with Hibernate Validator's own constraint for a peer country's identifier. */
    public record PeselForm(@org.hibernate.validator.constraints.pl.PESEL String pesel) {
    }

    public static IinForm[] iinForms(boolean valid) {
        SplittableRandom random = new SplittableRandom(7);
        IinForm[] out = new IinForm[SIZE];
        for (int i = 0; i < SIZE; i++) {
            String iin = kz.iin.Iin.firstAssignable(birthDate(random), sex(random), random.nextInt(9000)).value();
            out[i] = new IinForm(valid ? iin : wrongLastDigit(iin));
        }
        return out;
    }

    public static PeselForm[] peselForms(boolean valid) {
        SplittableRandom random = new SplittableRandom(7);
        PeselForm[] out = new PeselForm[SIZE];
        for (int i = 0; i < SIZE; i++) {
            String pesel = pesel(birthDate(random), sex(random), random.nextInt(1000));
            out[i] = new PeselForm(valid ? pesel : wrongLastDigit(pesel));
        }
        return out;
    }

    /** YYMMDD (month + 20 in the 2000s), a 3-digit serial, the sex digit (odd: male), the check digit. */
    static String pesel(LocalDate birth, Sex sex, int serial) {
        int month = birth.getMonthValue() + (birth.getYear() >= 2000 ? 20 : 0);
        String body = String.format("%02d%02d%02d%03d%d", birth.getYear() % 100, month, birth.getDayOfMonth(),
                serial, sex == Sex.MALE ? 1 : 0);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (body.charAt(i) - '0') * PESEL_WEIGHTS[i];
        }
        return body + (10 - sum % 10) % 10;
    }

    private static LocalDate birthDate(SplittableRandom random) {
        return LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1930, 1, 1).toEpochDay(),
                LocalDate.of(2020, 12, 31).toEpochDay()));
    }

    private static Sex sex(SplittableRandom random) {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    private static String wrongLastDigit(String s) {
        char last = s.charAt(s.length() - 1);
        return s.substring(0, s.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
