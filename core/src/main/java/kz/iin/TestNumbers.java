package kz.iin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Valid numbers for test data: in order (serials counting up, bodies without a check digit skipped, as the
 * registry skips them), or drawn at random from a generator, so the same seed gives the same numbers, with a
 * chosen share of them given a wrong check digit for tests of rejects.
 */
public final class TestNumbers {
    private static final int MAX_IIN_SERIAL = 9999;
    private static final int MAX_BIN_SERIAL = 99999;

    private TestNumbers() {
    }

    /** Every IIN for this birth date and sex, serials counting up from {@code fromSerial}. */
    public static Stream<Iin> iins(LocalDate birthDate, Sex sex, int fromSerial) {
        Iin.firstAssignable(birthDate, sex, 0); // the arguments, checked now
        return inOrder(serial -> Iin.firstAssignable(birthDate, sex, serial), Iin::serial, fromSerial, MAX_IIN_SERIAL);
    }

    /** Every BIN for this month, type and division, serials counting up from {@code fromSerial}. */
    public static Stream<Bin> bins(YearMonth registered, EntityType type, Division division, int fromSerial) {
        Bin.firstAssignable(registered, type, division, 0); // the arguments, checked now
        return inOrder(serial -> Bin.firstAssignable(registered, type, division, serial), Bin::serial, fromSerial,
                MAX_BIN_SERIAL);
    }

    private static <T> Stream<T> inOrder(IntFunction<T> firstFrom, Function<T, Integer> serialOf, int from, int max) {
        Generation.requireInRange("serial", from, max);
        T first = next(firstFrom, from, max);
        return Stream.iterate(first, Objects::nonNull, id -> next(firstFrom, serialOf.apply(id) + 1, max));
    }

    /** The first number from {@code serial} that has a check digit, or null when none is left. */
    private static <T> T next(IntFunction<T> firstFrom, int serial, int max) {
        try {
            return serial <= max ? firstFrom.apply(serial) : null;
        } catch (IllegalArgumentException noneLeft) {
            return null;
        }
    }

    /**
     * IINs drawn from {@code random}: birth dates between {@code from} and {@code to}, the sex given (or drawn
     * when null), serials drawn; {@code invalidShare} of them (0 to 1) with a wrong check digit.
     *
     * @throws IllegalArgumentException for dates outside 1800-2099, {@code from} after {@code to}, or a share out of range
     */
    public static Stream<String> randomIins(RandomGenerator random, LocalDate from, LocalDate to, Sex sex,
            double invalidShare) {
        requireShare(invalidShare);
        Iin.firstAssignable(from, Sex.MALE, 0); // the range of years, checked now
        Iin.firstAssignable(to, Sex.MALE, 0);
        long days = requireOrdered(from.until(to, ChronoUnit.DAYS));
        return drawn(random, invalidShare, () -> Iin.of(from.plusDays(random.nextLong(days)),
                sex != null ? sex : random.nextBoolean() ? Sex.MALE : Sex.FEMALE, random.nextInt(MAX_IIN_SERIAL + 1)));
    }

    /**
     * BINs drawn from {@code random}: months between {@code from} and {@code to}, the type and division given
     * (or drawn when null), serials drawn; {@code invalidShare} of them (0 to 1) with a wrong check digit.
     *
     * @throws IllegalArgumentException for months outside 1990-2089, {@code from} after {@code to}, or a share out of range
     */
    public static Stream<String> randomBins(RandomGenerator random, YearMonth from, YearMonth to, EntityType type,
            Division division, double invalidShare) {
        requireShare(invalidShare);
        Bin.firstAssignable(from, EntityType.RESIDENT, Division.HEAD_OFFICE, 0); // the range of years, checked now
        Bin.firstAssignable(to, EntityType.RESIDENT, Division.HEAD_OFFICE, 0);
        long months = requireOrdered(from.until(to, ChronoUnit.MONTHS));
        EntityType[] types = EntityType.values();
        Division[] divisions = Division.values();
        return drawn(random, invalidShare, () -> Bin.of(from.plusMonths(random.nextLong(months)),
                type != null ? type : types[random.nextInt(types.length)],
                division != null ? division : divisions[random.nextInt(divisions.length)],
                random.nextInt(MAX_BIN_SERIAL + 1)));
    }

    private static Stream<String> drawn(RandomGenerator random, double invalidShare, Supplier<TaxpayerId> draw) {
        return Stream.generate(() -> {
            TaxpayerId id = null;
            while (id == null) {
                try {
                    id = draw.get();
                } catch (IllegalArgumentException noCheckDigit) {
                    // as the registry: that body is never issued, draw again
                }
            }
            String v = id.value();
            if (invalidShare > 0 && random.nextDouble() < invalidShare) {
                int wrong = (v.charAt(11) - '0' + 1 + random.nextInt(9)) % 10;
                return v.substring(0, 11) + (char) ('0' + wrong);
            }
            return v;
        });
    }

    private static void requireShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("the invalid share must be between 0 and 1");
        }
    }

    /** The number of days or months from the first to the last, both included; the first must not be after the last. */
    private static long requireOrdered(long between) {
        if (between < 0) {
            throw new IllegalArgumentException("the first date must not be after the last");
        }
        return between + 1;
    }
}
