package kz.iin.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import kz.iin.Bin;
import kz.iin.Division;
import kz.iin.EntityType;
import kz.iin.Iin;
import kz.iin.Sex;

/**
 * Realistic benchmark inputs from a fixed seed: mostly valid numbers, as a bank's table or form
 * traffic holds, and some invalid ones of every kind. The same arrays feed every competitor, and
 * each benchmark cycles through one so the JIT cannot constant-fold a single input.
 */
final class BenchInputs {
    /** A power of two, so that cycling is a mask; large enough to defeat branch-history learning. */
    static final int SIZE = 1024;
    static final long SEED = 20_130_826L;
    /** One input in this many is invalid. */
    private static final int INVALID_ONE_IN = 8;

    private BenchInputs() {
    }

    /** Strictly valid IINs (birth dates 1900-2025, both sexes, random serials). */
    static String[] validIins() {
        SplittableRandom random = new SplittableRandom(SEED);
        String[] out = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = randomIin(random);
        }
        return out;
    }

    /** IINs, one in eight invalid (check digit, date, century digit, letter, length). */
    static String[] mixedIins() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        String[] out = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            String valid = randomIin(random);
            out[i] = random.nextInt(INVALID_ONE_IN) == 0 ? spoil(valid, random, true) : valid;
        }
        return out;
    }

    /** Strictly valid BINs (registered 1995-2025, all types and divisions). */
    static String[] validBins() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        String[] out = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = randomBin(random);
        }
        return out;
    }

    /** BINs, one in eight invalid. */
    static String[] mixedBins() {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        String[] out = new String[SIZE];
        for (int i = 0; i < SIZE; i++) {
            String valid = randomBin(random);
            out[i] = random.nextInt(INVALID_ONE_IN) == 0 ? spoil(valid, random, false) : valid;
        }
        return out;
    }

    /** The first 11 digits of {@code numbers}: bodies for the check-digit function (some have none). */
    static String[] bodies(String[] numbers) {
        String[] out = new String[numbers.length];
        SplittableRandom random = new SplittableRandom(SEED + 4);
        for (int i = 0; i < numbers.length; i++) {
            char[] body = numbers[i].substring(0, 11).toCharArray();
            // Randomise the serial so that about 9 % need the second pass and ~0.8 % have no check digit.
            for (int p = 7; p < 11; p++) {
                body[p] = (char) ('0' + random.nextInt(10));
            }
            out[i] = new String(body);
        }
        return out;
    }

    private static String randomIin(SplittableRandom random) {
        LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(126 * 365));
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        return Iin.firstAssignable(birth, sex, random.nextInt(9000)).value();
    }

    private static String randomBin(SplittableRandom random) {
        YearMonth registered = YearMonth.of(1995 + random.nextInt(31), 1 + random.nextInt(12));
        EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
        Division division = Division.values()[random.nextInt(Division.values().length)];
        return Bin.firstAssignable(registered, type, division, random.nextInt(90000)).value();
    }

    /** A realistic mistake: mostly a wrong check digit or a typo, sometimes bad structure or junk. */
    private static String spoil(String valid, SplittableRandom random, boolean iin) {
        char[] c = valid.toCharArray();
        switch (random.nextInt(6)) {
            case 0, 1 -> c[11] = (char) ('0' + (c[11] - '0' + 1 + random.nextInt(9)) % 10);
            case 2 -> {
                int p = random.nextInt(11);
                char t = c[p];
                c[p] = c[p + 1];
                c[p + 1] = t;
            }
            case 3 -> {
                if (iin) {
                    c[2] = '1';
                    c[3] = '3'; // month 13
                } else {
                    c[4] = '9'; // entity type 9
                }
            }
            case 4 -> c[random.nextInt(12)] = 'O'; // letter O for zero
            default -> {
                return valid.substring(0, 11); // a digit dropped
            }
        }
        return new String(c);
    }
}
